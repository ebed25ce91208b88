/** File names of imported entries and files: ASCII slugs as the CMS makes them, and stable ids from old URLs. */
import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { RESERVED_SLUGS } from '../../../content-schemas/index.ts';

const MAX_SLUG = 80;

/** "Đoàn trường tổ chức hội trại" → "doan-truong-to-chuc-hoi-trai", cut at a word, never a reserved word. */
export function slugOf(text: string, fallback = 'bai-viet'): string {
  // No decamelize: "lớp 9A" is "lop-9a", as the CMS writes it, not "lop-9-a".
  let slug = slugify(text.normalize('NFC'), { decamelize: false });
  if (slug.length > MAX_SLUG) slug = slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '');
  slug = slug.replace(/^-+|-+$/g, '');
  if (!slug) slug = fallback;
  return (RESERVED_SLUGS as readonly string[]).includes(slug) ? `${slug}-1` : slug;
}

/** The same old address gives the same id on every run: this is what makes re-imports update in place. */
export function stableId(oldUrl: string): string {
  return createHash('sha256').update(oldUrl).digest('hex').slice(0, 16);
}

/** A safe file name for public/tep or media: slug of the base name plus its lower-case extension. */
export function safeFileName(name: string, ext: string): string {
  const base = name.toLowerCase().endsWith(`.${ext.toLowerCase()}`) ? name.slice(0, -(ext.length + 1)) : name;
  return `${slugOf(base, 'tep')}.${ext.toLowerCase()}`;
}
