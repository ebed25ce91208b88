/**
 * One Zod field → one Decap field. Labels, hints, select labels and the list
 * summaries come from the field's `.meta()`; required flags from optionality;
 * patterns from the Zod regex checks, so the CMS refuses what the build refuses.
 */
import type { z } from 'astro/zod';
import { checkNumber, fieldInfo, shapeOf, type AnyZod, type CheckDef, type FieldInfo } from './zod-info.ts';
import type { CmsField } from './types.ts';
import { ATTACHMENT_EXTENSIONS } from '../fields.ts';

export interface FieldContext {
  /** Repository-relative folder of the site, e.g. `sites/thcs-nguyen-du`. */
  sitePath: string;
  /** Image folders for this file; undefined: the collection's media folders apply. */
  imageFolders?: { media_folder: string; public_folder: string };
  /** Dotted path of the field, for error messages. */
  path: string;
}

/** Decap's datetime widget as a plain date: native date picker, stored as YYYY-MM-DD. */
export const DATE_WIDGET = {
  widget: 'datetime',
  date_format: 'DD/MM/YYYY',
  time_format: false,
  format: 'YYYY-MM-DD',
} as const;

/**
 * Date fields that mean "when this is published": they default to today. Others
 * (ngày ban hành, hạn cuối…) must be typed in, because a wrong default is worse
 * than an empty field.
 */
export const PUBLICATION_DATE_FIELDS: readonly string[] = ['date', 'published'];

/** Attachments are served from `public/tep/` (see ATTACHMENT_PATTERN in fields.ts). */
export function attachmentFolders(sitePath: string) {
  return { media_folder: `/${sitePath}/public/tep`, public_folder: '/tep' };
}

/**
 * Decap checks a file field's pattern against the file's base name, not the
 * stored `/tep/…` path, so the attachment rule is restated for the name: the
 * lower-case ASCII name Decap makes on upload, with an allowed extension. The
 * file picker itself accepts any type; this refuses the save.
 */
export const ATTACHMENT_NAME_PATTERN = `^[a-z0-9][a-z0-9._-]*\\.(${ATTACHMENT_EXTENSIONS.join('|')})$`;

function fail(ctx: FieldContext, why: string): never {
  throw new Error(`CMS config: trường "${ctx.path}" ${why}. / field "${ctx.path}": ${why}.`);
}

function patternOf(info: FieldInfo): RegExp | undefined {
  const def = info.core._zod.def as { pattern?: unknown };
  const fromCore = def.pattern instanceof RegExp ? def.pattern : undefined;
  const fromCheck = info.checks.find((c: CheckDef) => c.pattern instanceof RegExp)?.pattern;
  const regex = fromCore ?? fromCheck;
  // Decap builds `RegExp(source)` without flags; `u` changes nothing for these patterns.
  return regex && /^u?$/.test(regex.flags) ? regex : undefined;
}

function hintOf(info: FieldInfo, widget: string): string | undefined {
  const parts: string[] = [];
  if (info.meta.description) parts.push(info.meta.description);
  if (widget === 'string' || widget === 'text') {
    const max = checkNumber(info.checks, 'max_length');
    if (max !== undefined) parts.push(`Tối đa ${max} ký tự`);
    if (info.meta.example && !/ví dụ/i.test(info.meta.description ?? '')) parts.push(`Ví dụ: ${info.meta.example}`);
  }
  return joinHints(parts);
}

/** Joins hint sentences with full stops; a trailing "Ví dụ: …" is left as typed. */
export function joinHints(parts: (string | undefined)[]): string | undefined {
  const sentences = parts
    .filter((p): p is string => Boolean(p?.trim()))
    .map((p) => p.trim())
    .map((p, i, all) => (i < all.length - 1 || !p.startsWith('Ví dụ:') ? p.replace(/([^.!?…])$/, '$1.') : p));
  return sentences.length ? sentences.join(' ') : undefined;
}

function patternMessage(info: FieldInfo): string {
  if (info.meta.description) return info.meta.description;
  return info.meta.example ? `ghi đúng dạng, ví dụ: ${info.meta.example}` : 'chưa đúng dạng';
}

function numberField(base: CmsField, info: FieldInfo): CmsField {
  const int = info.checks.some((c) => c.check === 'number_format' && /int/.test(c.format ?? ''));
  const field: CmsField = { ...base, widget: 'number', value_type: int ? 'int' : 'float' };
  const lower = info.checks.find((c) => c.check === 'greater_than');
  const upper = info.checks.find((c) => c.check === 'less_than');
  if (lower?.value !== undefined) field.min = Number(lower.value) + (lower.inclusive || !int ? 0 : 1);
  if (upper?.value !== undefined) field.max = Number(upper.value) - (upper.inclusive || !int ? 0 : 1);
  return field;
}

function selectField(base: CmsField, info: FieldInfo, ctx: FieldContext): CmsField {
  const values = Object.keys(info.core._zod.def.entries as Record<string, string>);
  const labels = info.meta.options ?? {};
  const missing = values.filter((v) => !labels[v]);
  if (missing.length) fail(ctx, `thiếu nhãn tiếng Việt (meta.options) cho ${missing.join(', ')}`);
  return { ...base, widget: 'select', options: values.map((value) => ({ label: labels[value] as string, value })) };
}

/** The list row title: fields marked `summary`, else the first text field. */
function listSummary(fields: CmsField[], element: AnyZod): string | undefined {
  const flagged = shapeOf(element)
    .filter(([, s]) => fieldInfo(s).meta.summary)
    .map(([name]) => name);
  const names = flagged.length
    ? flagged
    : fields
        .filter((f) => f.widget === 'string' || f.widget === 'select')
        .slice(0, 1)
        .map((f) => f.name);
  return names.length ? names.map((n) => `{{fields.${n}}}`).join(' – ') : undefined;
}

/**
 * Decap validates the children of an empty optional object as if it were filled, so
 * `relaxedFor` (the optional parent's label) makes them optional in the CMS; the
 * admin's preSave check and the build enforce them once the object is used (alt
 * text once an image is chosen).
 */
function objectFields(schema: AnyZod, ctx: FieldContext, relaxedFor?: string): CmsField[] {
  return shapeOf(schema).map(([name, child]) => {
    const field = toCmsField(name, child, { ...ctx, path: `${ctx.path}.${name}` });
    if (!relaxedFor || field.required === false) return field;
    if (field.widget === 'image') return { ...field, required: false };
    const hint = joinHints([field.hint, `Bắt buộc khi dùng mục «${relaxedFor}»`]);
    return { ...field, required: false, ...(hint ? { hint } : {}) };
  });
}

function listField(base: CmsField, info: FieldInfo, ctx: FieldContext): CmsField {
  const element = info.core._zod.def.element as AnyZod;
  const elementInfo = fieldInfo(element);
  const field: CmsField = { ...base, widget: 'list' };
  const min = checkNumber(info.checks, 'min_length');
  const max = checkNumber(info.checks, 'max_length');
  if (min) {
    field.min = min;
    field.required = true;
  }
  if (max !== undefined) field.max = max;
  if (elementInfo.meta.title) field.label_singular = elementInfo.meta.title;
  if (elementInfo.core._zod.def.type === 'object') {
    field.fields = objectFields(elementInfo.core, { ...ctx, path: `${ctx.path}[]` });
    const summary = listSummary(field.fields, elementInfo.core);
    if (summary) field.summary = summary;
    field.collapsed = true;
  } else {
    field.field = toCmsField(ctx.path.split('.').pop() ?? 'item', element, { ...ctx, path: `${ctx.path}[]` });
  }
  return field;
}

function stringLike(base: CmsField, info: FieldInfo, ctx: FieldContext): CmsField {
  const widget = info.meta.widget ?? 'string';
  const field: CmsField = { ...base, widget };
  if (widget === 'image') {
    Object.assign(field, ctx.imageFolders ?? {}, { choose_url: false });
  } else if (widget === 'file') {
    Object.assign(field, attachmentFolders(ctx.sitePath), { choose_url: false });
  } else if (widget === 'markdown') {
    Object.assign(field, MARKDOWN_OPTIONS);
  }
  const pattern = patternOf(info);
  if (widget === 'file' && pattern) field.pattern = [ATTACHMENT_NAME_PATTERN, patternMessage(info)];
  else if (pattern && widget !== 'image') field.pattern = [pattern.source, patternMessage(info)];
  const hint = hintOf(info, widget);
  if (hint) field.hint = hint;
  return field;
}

/** Markdown editing for schools: headings from level 2 (the page title is the h1). */
export const MARKDOWN_OPTIONS = {
  modes: ['rich_text', 'raw'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  // «Video» (admin/video-component.ts): a link card or the school's own clip, never a third-party player.
  editor_components: ['image', 'video'],
  sanitize_preview: true,
} as const satisfies Partial<CmsField>;

/** Converts one field of a schema; throws on a Zod type the CMS cannot edit. */
export function toCmsField(name: string, schema: z.ZodType, ctx: FieldContext): CmsField {
  const info = fieldInfo(schema);
  const label = info.meta.title;
  if (!label) fail(ctx, 'thiếu nhãn (meta.title)');
  const base: CmsField = { name, label, widget: 'string' };
  // A default fills a scalar, so it stays required (no "không bắt buộc" on a switch);
  // an empty list default would fail Decap's presence check, so lists become optional.
  if (info.optional || (info.hasDefault && (info.defaultValue === undefined || Array.isArray(info.defaultValue))))
    base.required = false;
  if (info.hasDefault && info.defaultValue !== undefined && !Array.isArray(info.defaultValue))
    base.default = info.defaultValue;
  const type = info.core._zod.def.type;
  let field: CmsField;
  if (info.meta.widget === 'date') {
    field = { ...base, ...DATE_WIDGET };
    if (PUBLICATION_DATE_FIELDS.includes(name) && !info.optional) field.default = '{{now}}';
    const hint = info.meta.description;
    if (hint) field.hint = hint;
  } else if (type === 'string') {
    field = stringLike(base, info, ctx);
  } else if (type === 'enum') {
    field = selectField(base, info, ctx);
    if (info.meta.description) field.hint = info.meta.description;
  } else if (type === 'boolean') {
    field = { ...base, widget: 'boolean' };
    if (info.meta.description) field.hint = info.meta.description;
  } else if (type === 'number') {
    field = numberField(base, info);
    if (info.meta.description) field.hint = info.meta.description;
  } else if (type === 'object') {
    const relaxedFor = base.required === false ? label : undefined;
    field = { ...base, widget: 'object', collapsed: false, fields: objectFields(info.core, ctx, relaxedFor) };
    if (info.meta.description) field.hint = info.meta.description;
  } else if (type === 'array') {
    field = listField(base, info, ctx);
    if (info.meta.description) field.hint = info.meta.description;
  } else {
    fail(ctx, `có kiểu Zod "${type}" mà CMS chưa biết sửa`);
  }
  return field;
}
