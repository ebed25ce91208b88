/**
 * Province-scale figures for `npm run bench`: the generated schools under one Phòng
 * (so `--changed` rebuilds a school and its unit, as liên thông does), the bytes a
 * school's repository gains per school-year, and the projection of a full rebuild of
 * a province on a CI matrix from the measured per-site times.
 */
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import YAML from 'yaml';

/** The example Phòng the generated schools report to. */
export const BENCH_UNIT = 'phong-vhxh-ben-thanh';
const UNIT_SOURCE = resolve(import.meta.dirname, '../../sites', BENCH_UNIT);
/** What a school posts in a year (issue 12: "50+ news a year"). */
export const POSTS_PER_YEAR = 50;
/** A province and the CI matrix the projection is for. */
export const PROVINCE = { schools: 600, runners: 20 };

/** Copies the example Phòng into `sitesDir` (standing alone: its Sở is not there) and makes it the parent of `ids`. */
export function putUnderUnit(sitesDir: string, ids: string[]): void {
  cpSync(UNIT_SOURCE, join(sitesDir, BENCH_UNIT), { recursive: true });
  const unitYaml = join(sitesDir, BENCH_UNIT, 'site.yaml');
  const unit = YAML.parseDocument(readFileSync(unitYaml, 'utf8'));
  unit.deleteIn(['parent', 'id']);
  writeFileSync(unitYaml, unit.toString());
  // Its entries address the example schools by id; here they address everyone.
  for (const entry of readdirSync(join(sitesDir, BENCH_UNIT, 'content'), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(/^audience:.*(?:\n[ \t]+.*)*/m, 'audience: all');
    if (changed !== text) writeFileSync(file, changed);
  }
  for (const id of ids) {
    const file = join(sitesDir, id, 'site.yaml');
    const school = YAML.parseDocument(readFileSync(file, 'utf8'));
    school.set('parent', {
      name: String(unit.get('name')),
      url: `https://${String(unit.get('domain'))}`,
      id: BENCH_UNIT,
    });
    writeFileSync(file, school.toString());
  }
}

function bytesUnder(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}

export interface RepoGrowth {
  /** What the generated posts, photos and attachments of one school weigh (the median school). */
  schoolBytes: number;
  /** The same for a school from the template (what it starts with). */
  templateBytes: number;
  /** (generated − template) ÷ posts × POSTS_PER_YEAR. */
  bytesPerSchoolYear: number;
}

/** Bytes a school's repository gains per school-year, from the generated schools against a fresh template school. */
export function repoGrowth(sitesDir: string, ids: string[], posts: number, templateDir: string): RepoGrowth {
  const sizes = ids.map((id) => bytesUnder(join(sitesDir, id))).sort((a, b) => a - b);
  const schoolBytes = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const templateBytes = bytesUnder(templateDir);
  return {
    schoolBytes,
    templateBytes,
    bytesPerSchoolYear: Math.round(((schoolBytes - templateBytes) / Math.max(1, posts)) * POSTS_PER_YEAR),
  };
}

export interface Projection {
  schools: number;
  runners: number;
  schoolsPerRunner: number;
  /** Sites built one after another on a runner, at the measured median per-site time. */
  coldMinutes: number;
  warmMinutes: number;
}

/**
 * A full rebuild of PROVINCE.schools on PROVINCE.runners runners (2 cores, like this
 * machine), each building its share one site at a time at the median per-site time
 * measured here. Leaves out the runner's own start-up (checkout, npm ci ~15–20 s).
 */
export function projectProvince(coldSiteSeconds: number, warmSiteSeconds: number): Projection {
  const schoolsPerRunner = Math.ceil(PROVINCE.schools / PROVINCE.runners);
  const minutes = (s: number) => Math.round(((schoolsPerRunner * s) / 60) * 10) / 10;
  return {
    ...PROVINCE,
    schoolsPerRunner,
    coldMinutes: minutes(coldSiteSeconds),
    warmMinutes: minutes(warmSiteSeconds),
  };
}
