/**
 * What the district IT office types (flags) or lists (CSV rows) to create a school,
 * and the checks made before anything is written. Every refusal names the row (or
 * flag), the field and the fix, in Vietnamese with English beside it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import slugify from '@sindresorhus/slugify';
import { LEVELS, LEVEL_KEYS, UNIT_TYPES, type Level } from '../../../content-schemas/levels.ts';
import { DOMAIN_PATTERN, siteSchema } from '../../../content-schemas/site.ts';
import { PHONE_PATTERN } from '../../../content-schemas/fields.ts';
import type { Problem } from '../../../content-schemas/errors.ts';
import { parentUnit, type ParentUnit } from './parent-unit.ts';

/** The CSV columns, in order; also the flag names of `npm run new-school`. */
export const SCHOOL_FIELDS = [
  'id',
  'name',
  'level',
  'domain',
  'parent',
  'email',
  'phone',
  'address',
  'principal',
] as const;
export type SchoolField = (typeof SCHOOL_FIELDS)[number];

export const REQUIRED_FIELDS: readonly SchoolField[] = ['id', 'name', 'level'];

/** Labels used in messages (and in the CSV documentation). */
export const FIELD_LABELS: Record<SchoolField, { vi: string; en: string }> = {
  id: { vi: 'mã trường', en: 'school id' },
  name: { vi: 'tên trường', en: 'school name' },
  level: { vi: 'cấp học', en: 'school level' },
  domain: { vi: 'tên miền', en: 'domain' },
  parent: { vi: 'cơ quan quản lý trực tiếp', en: 'parent unit' },
  email: { vi: 'thư điện tử', en: 'email' },
  phone: { vi: 'điện thoại', en: 'phone' },
  address: { vi: 'địa chỉ', en: 'address' },
  principal: { vi: 'họ tên hiệu trưởng, giám đốc', en: 'head of school' },
};

/** `--unit`: the command creates a Phòng or Sở site instead of a school (flag only, not a CSV column). */
export const UNIT_KINDS = ['phong', 'so'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
const UNIT_LABEL = { vi: 'loại đơn vị', en: 'unit type' };

/** One school to create, as typed: only `id`, `name` and `level` (or `unit`) are required. */
export type SchoolInput = { [K in SchoolField]?: string } & {
  /** `phong` or `so` to create a unit's site (no level); absent for a school. */
  unit?: string;
  /** Where the values came from, for messages: a CSV file and its line, or the command line. */
  source: { file: string; row?: number };
};

/** A school that passed every check; `level` is a known key, empty optionals are gone. */
export interface SchoolSpec {
  id: string;
  name: string;
  /** A school's level; absent for a Phòng or Sở. */
  level?: Level;
  /** Set for a Phòng or Sở site. */
  unit?: UnitKind;
  domain?: string;
  parent?: string;
  /** Set when `parent` was the id of a Phòng or Sở site. */
  parentUnit?: ParentUnit;
  email?: string;
  phone?: string;
  address?: string;
  principal?: string;
  source: SchoolInput['source'];
}

/** ASCII kebab-case, 2–63 characters (it becomes a folder, a URL part and a DNS label). */
export const ID_PATTERN = /^(?=.{2,63}$)[a-z0-9]+(-[a-z0-9]+)*$/;

export const COMMAND_LINE = '(dòng lệnh / command line)';

function where(source: SchoolInput['source'], field: SchoolField | 'unit'): { vi: string; en: string; key: string } {
  const label = field === 'unit' ? UNIT_LABEL : FIELD_LABELS[field];
  if (source.row === undefined) {
    return { vi: `Tham số --${field} (${label.vi})`, en: `Flag --${field} (${label.en})`, key: `--${field}` };
  }
  return {
    vi: `Dòng ${source.row}, cột «${field}» (${label.vi})`,
    en: `Row ${source.row}, column "${field}" (${label.en})`,
    key: `${source.row}:${field}`,
  };
}

function problem(source: SchoolInput['source'], field: SchoolField | 'unit', vi: string, en: string): Problem {
  const at = where(source, field);
  return { file: source.file, field: at.key, vi: `${at.vi}: ${vi}`, en: `${at.en}: ${en}` };
}

/** Accepts the key (`thcs`) or its Vietnamese label (`Trung học cơ sở`), any case or accents. */
export function parseLevel(value: string): Level | undefined {
  const slug = slugify(value);
  return LEVEL_KEYS.find((key) => key === slug || slugify(LEVELS[key]) === slug);
}

function checkId(input: SchoolInput, id: string): Problem[] {
  if (ID_PATTERN.test(id)) return [];
  const suggestion = slugify(id).slice(0, 63).replace(/-+$/, '') || 'thcs-nguyen-du';
  return [
    problem(
      input.source,
      'id',
      `"${id}" không hợp lệ: mã trường chỉ gồm chữ thường không dấu (a-z), chữ số và dấu gạch ngang giữa các từ, dài 2–63 ký tự. Cách sửa: dùng "${suggestion}".`,
      `"${id}" is not ASCII kebab-case (a-z, 0-9, single hyphens between words, 2–63 characters). Fix: use "${suggestion}".`,
    ),
  ];
}

function checkFormats(input: SchoolInput): Problem[] {
  const problems: Problem[] = [];
  const domain = input.domain?.trim().toLowerCase();
  if (domain && !DOMAIN_PATTERN.test(domain)) {
    problems.push(
      problem(
        input.source,
        'domain',
        `"${input.domain}" không phải tên miền. Cách sửa: chỉ ghi tên máy, không có http:// hay dấu /, ví dụ thcsnguyendu.hcm.edu.vn.`,
        `"${input.domain}" is not a domain name. Fix: write the bare host name, without http:// or slashes, e.g. thcsnguyendu.hcm.edu.vn.`,
      ),
    );
  }
  if (input.email && !siteSchema.shape.email.safeParse(input.email).success) {
    problems.push(
      problem(
        input.source,
        'email',
        `"${input.email}" không phải địa chỉ thư điện tử. Cách sửa: ghi đủ dạng ten@ten-mien, ví dụ c2nguyendu@hcm.edu.vn.`,
        `"${input.email}" is not an email address. Fix: write it as name@domain, e.g. c2nguyendu@hcm.edu.vn.`,
      ),
    );
  }
  if (input.phone && !PHONE_PATTERN.test(input.phone.trim())) {
    problems.push(
      problem(
        input.source,
        'phone',
        `"${input.phone}" không phải số điện thoại. Cách sửa: ghi số bắt đầu bằng 0 hoặc +84, ví dụ 028 3829 1234.`,
        `"${input.phone}" is not a phone number. Fix: start with 0 or +84, e.g. 028 3829 1234.`,
      ),
    );
  }
  if (input.name && input.name.trim().length > 150) {
    problems.push(
      problem(
        input.source,
        'name',
        'dài quá 150 ký tự. Cách sửa: rút gọn tên.',
        'is longer than 150 characters. Fix: shorten it.',
      ),
    );
  }
  return problems;
}

function checkRequired(input: SchoolInput): Problem[] {
  const required = input.unit !== undefined ? REQUIRED_FIELDS.filter((f) => f !== 'level') : REQUIRED_FIELDS;
  return required
    .filter((f) => !input[f]?.trim())
    .map((f) =>
      problem(
        input.source,
        f,
        `còn trống. Cách sửa: điền ${FIELD_LABELS[f].vi}${f === 'level' ? ` (${LEVEL_KEYS.join(', ')})` : ''}.`,
        `is empty. Fix: fill in the ${FIELD_LABELS[f].en}${f === 'level' ? ` (${LEVEL_KEYS.join(', ')})` : ''}.`,
      ),
    );
}

/** `--unit` names a Phòng or Sở, which has no level. */
function checkUnit(input: SchoolInput): Problem[] {
  if (input.unit === undefined) return [];
  const value = input.unit.trim();
  if (!(UNIT_KINDS as readonly string[]).includes(value)) {
    const allowedVi = UNIT_KINDS.map((k) => `${k} (${UNIT_TYPES[k]})`).join(', ');
    return [
      problem(
        input.source,
        'unit',
        `"${value}" không phải loại đơn vị. Cách sửa: dùng một trong: ${allowedVi}.`,
        `unknown unit type "${value}". Fix: use one of: ${UNIT_KINDS.join(', ')}.`,
      ),
    ];
  }
  if (!input.level?.trim()) return [];
  return [
    problem(
      input.source,
      'level',
      `"${input.level.trim()}": Phòng, Sở không có cấp học. Cách sửa: bỏ --level khi tạo cổng của đơn vị (--unit ${value}).`,
      `"${input.level.trim()}": a Phòng or Sở has no school level. Fix: drop --level when creating a unit's site (--unit ${value}).`,
    ),
  ];
}

function checkLevel(input: SchoolInput): Problem[] {
  if (input.unit !== undefined) return checkUnit(input);
  const value = input.level?.trim();
  if (!value || parseLevel(value)) return [];
  const allowedVi = LEVEL_KEYS.map((k) => `${k} (${LEVELS[k]})`).join(', ');
  return [
    problem(
      input.source,
      'level',
      `"${value}" không phải cấp học. Cách sửa: dùng một trong: ${allowedVi}.`,
      `unknown level "${value}". Fix: use one of: ${LEVEL_KEYS.join(', ')}.`,
    ),
  ];
}

/** Refuses an id seen on an earlier row, or one that already has a folder. */
function uniqueness(sitesDir: string, shownSitesDir: string): (input: SchoolInput) => Problem[] {
  const seen = new Map<string, SchoolInput>();
  return (input) => {
    const id = input.id?.trim();
    if (!id || !ID_PATTERN.test(id)) return [];
    const first = seen.get(id);
    if (first) {
      const at = first.source.row === undefined ? '?' : String(first.source.row);
      return [
        problem(
          input.source,
          'id',
          `mã "${id}" trùng với dòng ${at}. Cách sửa: mỗi trường một mã riêng.`,
          `"${id}" repeats row ${at}. Fix: give each school its own id.`,
        ),
      ];
    }
    seen.set(id, input);
    if (!existsSync(join(sitesDir, id))) return [];
    return [
      problem(
        input.source,
        'id',
        `mã "${id}" đã có: thư mục ${shownSitesDir}/${id} đã tồn tại và không bao giờ bị ghi đè. Cách sửa: chọn mã khác, hoặc bỏ dòng này nếu trường đã được tạo.`,
        `"${id}" already exists (${shownSitesDir}/${id}); an existing site is never overwritten. Fix: choose another id, or drop this row if the school was already created.`,
      ),
    ];
  };
}

/**
 * Checks every input (all rows, all fields) and returns every problem found, in row
 * order, so a CSV of fifty schools is fixed in one pass rather than fifty.
 */
export function checkSchoolInputs(inputs: SchoolInput[], sitesDir: string, shownSitesDir = 'sites'): Problem[] {
  const unique = uniqueness(sitesDir, shownSitesDir);
  return inputs.flatMap((input) => [
    ...checkRequired(input),
    ...(input.id?.trim() ? checkId(input, input.id.trim()) : []),
    ...unique(input),
    ...checkLevel(input),
    ...checkFormats(input),
    ...checkParent(input, sitesDir, shownSitesDir),
  ]);
}

/** Whether `value` is written like a site id, so it cannot be a unit's name in words. */
export function looksLikeId(value: string | undefined): value is string {
  return !!value && ID_PATTERN.test(value.trim());
}

/** A parent written as an id must be the id of a Phòng or Sở site in the folder. */
function checkParent(input: SchoolInput, sitesDir: string, shownSitesDir: string): Problem[] {
  if (!looksLikeId(input.parent) || parentUnit(input.parent.trim(), sitesDir)) return [];
  const id = input.parent.trim();
  return [
    problem(
      input.source,
      'parent',
      `"${id}" là một mã, nhưng ${shownSitesDir}/${id} không phải cổng của một Phòng hay Sở. Cách sửa: ghi mã một Phòng/Sở có trong ${shownSitesDir}, hoặc ghi tên cơ quan, ví dụ "UBND phường Sài Gòn".`,
      `"${id}" is an id, but ${shownSitesDir}/${id} is not the site of a Phòng or Sở. Fix: give the id of a Phòng/Sở site in ${shownSitesDir}, or the unit's name, e.g. "UBND phường Sài Gòn".`,
    ),
  ];
}

/** Normalises an input that passed `checkSchoolInputs`. */
export function toSpec(input: SchoolInput): SchoolSpec {
  const clean = (v: string | undefined) => (v?.trim() ? v.normalize('NFC').trim().replace(/\s+/g, ' ') : undefined);
  return {
    id: input.id!.trim(),
    name: clean(input.name)!,
    level: input.unit === undefined ? parseLevel(input.level!)! : undefined,
    unit: input.unit === undefined ? undefined : (input.unit.trim() as UnitKind),
    domain: clean(input.domain)?.toLowerCase(),
    parent: clean(input.parent),
    email: clean(input.email)?.toLowerCase(),
    phone: clean(input.phone),
    address: clean(input.address),
    principal: clean(input.principal),
    source: input.source,
  };
}
