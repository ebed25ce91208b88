/**
 * Turns Zod issues into messages an editor can act on: the file, the field (its
 * Vietnamese label and its key), what is wrong and how to fix it, in Vietnamese
 * with the English beside it. Never a stack trace.
 */
import { z } from 'astro/zod';
import type { FieldMeta } from './fields.ts';

export interface Problem {
  file: string;
  /** Dotted path of the field, e.g. `cover.alt` or `files.0.file`. */
  field: string;
  vi: string;
  en: string;
}

/** Raised by loaders and the build; `problems` are what the user reads. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

type AnyZod = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

function metaOf(schema: AnyZod | undefined): Partial<FieldMeta> {
  return (schema?.meta() as Partial<FieldMeta> | undefined) ?? {};
}

/** Steps through wrappers to the schema that describes the value itself. */
function unwrap(schema: AnyZod): AnyZod {
  const def = schema._zod.def;
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') {
    return unwrap(def.innerType as AnyZod);
  }
  if (def.type === 'pipe') {
    const out = def.out as AnyZod;
    return out._zod.def.type === 'transform' ? unwrap(def.in as AnyZod) : unwrap(out);
  }
  return schema;
}

/** The schema at a path, keeping the outermost wrapper (which carries `.meta()`). */
export function schemaAt(root: z.ZodType, path: PropertyKey[]): AnyZod | undefined {
  let current: AnyZod | undefined = root as AnyZod;
  for (const key of path) {
    if (!current) return undefined;
    const inner = unwrap(current);
    const def = inner._zod.def;
    if (def.type === 'object') current = (def.shape as Record<string, AnyZod>)[String(key)];
    else if (def.type === 'array') current = def.element as AnyZod;
    else return undefined;
  }
  return current;
}

/** Meta of the field, falling back to the closest named ancestor's label. */
function fieldMeta(root: z.ZodType, path: PropertyKey[]): Partial<FieldMeta> {
  const own = metaOf(schemaAt(root, path));
  if (own.title) return own;
  return { ...metaOf(schemaAt(root, path.slice(0, -1))), ...own };
}

function show(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === undefined) return '(trống)';
  return JSON.stringify(value);
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key as string];
  }
  return v;
}

interface Wording {
  vi: string;
  en: string;
}

function describe(issue: z.core.$ZodIssue, meta: Partial<FieldMeta>, value: unknown, key: string): Wording {
  const example = meta.example ? `, ví dụ: ${key}: ${meta.example}` : '';
  const exampleEn = meta.example ? `, e.g. ${key}: ${meta.example}` : '';
  if (issue.code === 'invalid_type' && value === undefined) {
    return {
      vi: `thiếu thông tin bắt buộc. Cách sửa: thêm trường "${key}"${example}.`,
      en: `required field is missing. Fix: add "${key}"${exampleEn}.`,
    };
  }
  if (issue.code === 'custom' && issue.message === 'invalid_date') {
    return {
      vi: `${show(value)} không phải ngày hợp lệ. Cách sửa: ghi một ngày có thật theo dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2025-09-05.`,
      en: `${show(value)} is not a valid date. Fix: write a real date as YYYY-MM-DD, e.g. 2025-09-05.`,
    };
  }
  if (issue.code === 'custom') {
    const [vi, en] = issue.message.split(' | ');
    return { vi: vi ?? issue.message, en: en ?? issue.message };
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values
      .map((v) => (meta.options?.[String(v)] ? `${String(v)} (${meta.options[String(v)]})` : String(v)))
      .join(', ');
    return {
      vi: `giá trị ${show(value)} không nằm trong danh sách cho phép. Cách sửa: dùng một trong các giá trị: ${allowed}.`,
      en: `${show(value)} is not an allowed value. Fix: use one of: ${issue.values.map(String).join(', ')}.`,
    };
  }
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return {
      vi: `cần ít nhất ${issue.minimum} mục. Cách sửa: thêm mục còn thiếu.`,
      en: `needs at least ${issue.minimum} item(s). Fix: add the missing item.`,
    };
  }
  if (issue.code === 'too_small') {
    return {
      vi: 'không được để trống. Cách sửa: nhập nội dung cho trường này.',
      en: 'must not be empty. Fix: fill in this field.',
    };
  }
  if (issue.code === 'too_big') {
    return {
      vi: `quá dài (tối đa ${issue.maximum} ký tự). Cách sửa: rút gọn nội dung.`,
      en: `is too long (at most ${issue.maximum} characters). Fix: shorten it.`,
    };
  }
  if (issue.code === 'invalid_format' || issue.code === 'invalid_type') {
    return {
      vi: `${show(value)} không đúng định dạng. Cách sửa: ghi theo mẫu${meta.example ? ` "${meta.example}"` : ''}${meta.description ? ` (${meta.description})` : ''}.`,
      en: `${show(value)} has the wrong format. Fix: follow the pattern${meta.example ? ` "${meta.example}"` : ''}.`,
    };
  }
  return { vi: `${issue.message}.`, en: `${issue.message}.` };
}

/** Converts a failed parse into problems that name file, field and fix. */
export function problemsFromZod(file: string, schema: z.ZodType, error: z.ZodError, input: unknown): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path;
    const field = path.map(String).join('.') || '(toàn bộ tệp)';
    const meta = fieldMeta(schema, path);
    const key = String(path.at(-1) ?? '');
    const words = describe(issue, meta, valueAt(input, path), key);
    const label = meta.title ? `«${meta.title}» ` : '';
    const labelEn = meta.en ? `"${meta.en}" ` : '';
    return { file, field, vi: `${label}(${field}): ${words.vi}`, en: `${labelEn}(${field}): ${words.en}` };
  });
}

export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(`✗ ${file}`);
    for (const p of list) lines.push(`  • ${p.vi}`, `    [en] ${p.en}`);
  }
  return lines.join('\n');
}
