/**
 * Creates school sites from checked inputs, all or nothing: every input is checked
 * first; then each site is written into a private folder under the sites folder,
 * validated with the same validator as the build, and only then renamed into
 * place. An existing site is never touched.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ContentError } from '../../../content-schemas/errors.ts';
import { validateSite } from '../../../content-schemas/validate.ts';
import type { Level } from '../../../content-schemas/levels.ts';
import {
  checkSchoolInputs,
  COMMAND_LINE,
  looksLikeId,
  toSpec,
  type SchoolInput,
  type SchoolSpec,
  type UnitKind,
} from './input.ts';
import { parentUnit } from './parent-unit.ts';
import { renderSite, TEMPLATES_DIR } from './render.ts';
import { currentSchoolYear, isSchoolYear } from './school-year.ts';

export interface CreateOptions {
  /** The folder holding one sub-folder per site (`sites/`). */
  sitesDir: string;
  templatesDir?: string;
  /** "2025-2026"; defaults to the school year of `today`. */
  schoolYear?: string;
  /** Date written into new entries and used for the school year; defaults to now. */
  today?: Date;
  /** Only check the inputs and render into the private folder; create nothing. */
  dryRun?: boolean;
}

export interface CreatedSite {
  id: string;
  name: string;
  /** A school's level; absent for a Phòng or Sở. */
  level?: Level;
  unit?: UnitKind;
  dir: string;
}

function schoolYearProblem(value: string): ContentError {
  return new ContentError([
    {
      file: COMMAND_LINE,
      field: '--school-year',
      vi: `Tham số --school-year (năm học): "${value}" không hợp lệ. Cách sửa: ghi hai năm liên tiếp, ví dụ 2025-2026.`,
      en: `Flag --school-year: "${value}" is not a school year. Fix: write two consecutive years, e.g. 2025-2026.`,
    },
  ]);
}

/** A parent given as the id of a Phòng or Sở site becomes a link to that unit. */
function linkParentUnit(spec: SchoolSpec, sitesDir: string): SchoolSpec {
  const unit = looksLikeId(spec.parent) ? parentUnit(spec.parent, sitesDir) : undefined;
  return unit ? { ...spec, parent: unit.name, parentUnit: unit } : spec;
}

/** Throws ContentError listing every problem; returns the sites created otherwise. */
export function createSchools(inputs: SchoolInput[], opts: CreateOptions): CreatedSite[] {
  const sitesDir = resolve(opts.sitesDir);
  const today = opts.today ?? new Date();
  const schoolYear = opts.schoolYear ?? currentSchoolYear(today);
  if (!isSchoolYear(schoolYear)) throw schoolYearProblem(schoolYear);
  const problems = checkSchoolInputs(inputs, sitesDir, relative(process.cwd(), sitesDir) || '.');
  if (problems.length) throw new ContentError(problems);
  const specs = inputs.map((input) => linkParentUnit(toSpec(input), sitesDir));

  // Starts with "." so that the build and listSites never take it for a site.
  const workDir = join(sitesDir, `.tao-truong-${process.pid}-${Date.now()}`);
  const created: string[] = [];
  mkdirSync(workDir, { recursive: true });
  try {
    for (const spec of specs) {
      const dir = join(workDir, spec.id);
      renderSite(spec, dir, { schoolYear, today, templatesDir: opts.templatesDir ?? TEMPLATES_DIR });
      validateSite(dir);
    }
    if (opts.dryRun)
      return specs.map((s) => ({ id: s.id, name: s.name, level: s.level, unit: s.unit, dir: join(sitesDir, s.id) }));
    for (const spec of specs) {
      const target = join(sitesDir, spec.id);
      // Checked again here: another person may have created it since.
      if (existsSync(target)) throw new ContentError(checkSchoolInputs([inputs[specs.indexOf(spec)]!], sitesDir));
      renameSync(join(workDir, spec.id), target);
      created.push(target);
    }
  } catch (error) {
    for (const dir of created) rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return specs.map((s) => ({ id: s.id, name: s.name, level: s.level, unit: s.unit, dir: join(sitesDir, s.id) }));
}
