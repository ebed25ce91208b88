/**
 * Field builders of the published interface (`/api/v1/`). A payload field that holds
 * a collection or site.yaml value reuses that field's schema, or at least its labels
 * (`like`), so the JSON Schema says what the CMS form says. Only what JSON changes is
 * new: dates become `YYYY-MM-DD` strings, paths become absolute `https://` URLs, and
 * every code gets its Vietnamese label beside it.
 */
import { z } from 'astro/zod';
import { attachment, type FieldMeta } from '../fields.ts';

/** Bumped only with a new path (`/api/v2/`): v1 files always say 1. */
export const API_VERSION = 1;

/** The labels of a collection or site field, to describe its counterpart in a payload. */
export function like(field: z.ZodType, overrides: Partial<FieldMeta> = {}): FieldMeta {
  const meta = field.meta() as Partial<FieldMeta> | undefined;
  // `.default()` wraps the labelled field without copying its labels.
  const inner = (field._zod.def as { innerType?: z.ZodType }).innerType;
  if (!meta?.title && inner) return like(inner, overrides);
  if (!meta?.title || !meta.en) throw new Error('like(): the field has no title/en labels to reuse');
  return {
    title: meta.title,
    en: meta.en,
    ...(meta.description ? { description: meta.description } : {}),
    ...overrides,
  };
}

/** A calendar day as the content wrote it: `YYYY-MM-DD`. */
export function isoDay(meta: FieldMeta) {
  return z.iso.date().meta({ ...meta });
}

/** An address on the web from `https://`, never a path, `javascript:` or `data:`. */
export function absoluteUrl(meta: FieldMeta) {
  return z
    .string()
    .regex(/^https:\/\/[^\s/?#]+\/\S*$/)
    .refine((v) => URL.canParse(v))
    .meta({ ...meta, format: 'uri' });
}

/** The Vietnamese name of a code, as the portal shows it (`thong-bao` → "Thông báo"). */
export function labelOf(field: z.ZodType) {
  const { title, en } = like(field);
  return z
    .string()
    .min(1)
    .meta({ title: `${title} (tên gọi)`, en: `${en} (label)` });
}

/** An attachment as another portal links to it: its title and the file's absolute URL. */
export function fileLink() {
  const { shape } = attachment();
  return z
    .object({ title: shape.title, url: absoluteUrl(like(shape.file, { description: 'Địa chỉ đầy đủ của tệp.' })) })
    .meta({ ...like(attachment()) });
}

export function fileLinks(field: z.ZodType, min = 0) {
  return z
    .array(fileLink())
    .min(min)
    .meta({ ...like(field) });
}

/** What every file of `/api/v1/` starts with: version, build time and the site's id. */
export function apiFile<S extends z.ZodRawShape>(meta: FieldMeta, shape: S) {
  return z
    .object({
      version: z.literal(API_VERSION).meta({ title: 'Phiên bản chuẩn kết nối', en: 'Interface version' }),
      generated: z.iso
        .datetime()
        .meta({ title: 'Thời điểm tạo tệp', en: 'Generated at', description: 'Lúc cổng được dựng (UTC, ISO 8601).' }),
      site: z.string().min(1).meta({
        title: 'Mã đơn vị',
        en: 'Site id',
        description: 'Tên thư mục của đơn vị trong sites/, dùng trong parent.id.',
      }),
      ...shape,
    })
    .meta({ ...meta });
}
