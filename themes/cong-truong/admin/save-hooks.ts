/**
 * What the admin does to an entry before Decap writes it (the `preSave` event,
 * which runs before the slug is made from the title):
 *
 * - every string to Unicode NFC: some Vietnamese keyboards type decomposed
 *   accents, which break enums, search and `clean_accents` slugs;
 * - empty optional values are dropped, not written as `""`, so that the build's
 *   schema sees "absent" (an empty date or URL would be an error);
 * - an image needs its alt text: Decap cannot say "required once an image is
 *   chosen", so an image without a description stops the save here, with a
 *   message naming the field; so does a photo inserted in the Markdown body as
 *   `![](…)`;
 * - what the site would drop from a body (lib/markdown-plugins/dropped.ts, the
 *   site's own allow-list): script, iframes, `javascript:` links and HTML blocks
 *   whose text would vanish are refused; formatting-only HTML is a warning;
 * - the rules of content-schemas/cms/save-rules.ts: lists that need rows (a văn
 *   bản needs its file) and values that may appear once (one công khai entry
 *   per item and năm học).
 *
 * Messages use the fields' Vietnamese labels. Pure functions on plain data, so
 * tests run them without a browser.
 */
import type { CollectionSaveRules } from '../../../content-schemas/cms/save-rules.ts';
import { describeDropped, droppedFromMarkdown } from '../lib/markdown-plugins/dropped.ts';

/** Decap prints it as `Chưa lưu được bài: ${error}`: the message alone, no "SaveError:" in front. */
export class SaveError extends Error {
  override toString(): string {
    return this.message;
  }
}

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return Object.prototype.toString.call(value) === '[object Object]';
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return isPlainObject(value) && Object.keys(value).length === 0;
}

/** `{src, alt, caption?}`: the shape of `figure()` in content-schemas/fields.ts. */
function isFigure(value: Plain): boolean {
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every((k) => k === 'src' || k === 'alt' || k === 'caption') &&
    ('src' in value || 'alt' in value)
  );
}

function checkFigure(value: Plain, path: string, problems: string[]): void {
  const hasSrc = !isEmpty(value.src);
  const hasAlt = !isEmpty(value.alt);
  if (hasSrc && !hasAlt) problems.push(`${path}: hãy nhập «Mô tả ảnh» (văn bản thay thế) cho ảnh đã chọn.`);
  if (!hasSrc && hasAlt) problems.push(`${path}: đã có mô tả nhưng chưa chọn ảnh; chọn ảnh hoặc xoá mô tả.`);
}

function clean(value: unknown, path: string, problems: string[]): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) {
    // A list row left blank ("Thêm tệp" then nothing) is dropped rather than saved as {}.
    return value.map((item, i) => clean(item, `${path}[${i + 1}]`, problems)).filter((item) => !isEmpty(item));
  }
  if (!isPlainObject(value)) return value;
  const out: Plain = {};
  for (const [key, child] of Object.entries(value)) {
    const cleaned = clean(child, path ? `${path}.${key}` : key, problems);
    if (!isEmpty(cleaned)) out[key] = cleaned;
  }
  if (isFigure(value) && Object.keys(out).length > 0) checkFigure(out, path, problems);
  return out;
}

/** `![](anh.jpg)` or `![ ](…)` in Markdown: an image whose alternative text is empty. */
const BODY_IMAGE_WITHOUT_ALT = /!\[\s*\]\(\s*<?([^)\s>]+)/g;

function bodyImageProblems(body: unknown, label: string): string[] {
  if (typeof body !== 'string') return [];
  return [...body.matchAll(BODY_IMAGE_WITHOUT_ALT)].map((m) => {
    const name = (m[1] ?? '').split('/').pop();
    return `«${label}»: ảnh «${name}» chèn trong bài chưa có mô tả; bấm vào ảnh và nhập «Mô tả ảnh (bắt buộc)».`;
  });
}

function listProblems(data: Plain, rules: Partial<CollectionSaveRules>): string[] {
  return (rules.lists ?? [])
    .filter((list) => (Array.isArray(data[list.name]) ? (data[list.name] as unknown[]).length : 0) < list.min)
    .map((list) => `«${list.label}»: cần ít nhất ${list.min} mục; bấm «Thêm» rồi chọn tệp.`);
}

/** The unique rule's key of an entry's data: its values joined with '|'. */
export function uniqueKey(fields: string[], data: Plain): string {
  return fields.map((f) => String(data[f] ?? '')).join('|');
}

function uniqueProblems(data: Plain, rules: Partial<CollectionSaveRules>, context: SaveContext): string[] {
  const rule = rules.unique;
  if (!rule) return [];
  const key = uniqueKey(rule.fields, data);
  const slug = context.slug;
  // What the CMS holds now (drafts included) first, then what the site had at its last build.
  const current = (context.entries ?? []).find((e) => e.slug !== slug && uniqueKey(rule.fields, e.data) === key);
  const other = current
    ? { slug: current.slug, title: typeof current.data.title === 'string' ? current.data.title : current.slug }
    : rule.existing[key];
  if (!other || other.slug === slug) return [];
  const labels = rule.fields.map((f) => `«${rules.labels?.[f] ?? f}»`).join(' và ');
  return [`Đã có bài «${other.title}» cùng ${labels}; hãy mở bài đó để sửa, không tạo bài thứ hai.`];
}

/** Markdown fields the site renders through lib/markdown.ts. */
const MARKDOWN_FIELDS = ['body', 'bodyEn'] as const;

/**
 * What the site would drop from the bodies (dropped.ts, from the site's allow-list):
 * refusals become problems; formatting-only losses are handed to `warn`.
 */
function droppedProblems(data: Plain, labels: Record<string, string>, warn: (lines: string[]) => void): string[] {
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const field of MARKDOWN_FIELDS) {
    if (typeof data[field] !== 'string') continue;
    const found = droppedFromMarkdown(data[field]);
    const label = labels[field] ?? 'Nội dung';
    const refused = found.filter((f) => f.action === 'refuse');
    if (refused.length) problems.push(`«${label}»: ${describeDropped(refused).join('; ')}.`);
    warnings.push(...describeDropped(found.filter((f) => f.action === 'warn')).map((line) => `«${label}»: ${line}`));
  }
  if (warnings.length) warn(warnings);
  return problems;
}

export interface SaveContext {
  /** The entry's slug when it exists already (editing it is not a duplicate of itself). */
  slug?: string;
  /** Told what the site will not show although the save goes on (formatting only). */
  warn?: (lines: string[]) => void;
  /** The collection's entries as the CMS holds them now (cms-entries.ts), for the unique rule. */
  entries?: { slug: string; data: Plain }[];
}

/**
 * Returns the entry data to save. `rules` (per collection, from the page's
 * save-rules) gives the Vietnamese labels and the extra checks. Throws SaveError
 * listing every problem.
 */
export function prepareForSave(
  data: Plain,
  rules: Partial<CollectionSaveRules> = {},
  context: SaveContext = {},
): Plain {
  const labels = rules.labels ?? {};
  const problems: string[] = [];
  const cleaned = clean(data, '', problems) as Plain;
  const derived = rules.derived;
  if (derived && typeof cleaned[derived.from] === 'string') {
    const value = derived.map[cleaned[derived.from] as string];
    if (value) cleaned[derived.field] = value;
  }
  const named = problems.map((p) => p.replace(/^([^.:[]+)/, (name: string) => `«${labels[name] ?? name}»`));
  named.push(...bodyImageProblems(cleaned.body, labels.body ?? 'Nội dung'));
  named.push(...droppedProblems(cleaned, labels, context.warn ?? (() => undefined)));
  named.push(...listProblems(cleaned, rules), ...uniqueProblems(cleaned, rules, context));
  if (named.length) throw new SaveError(named.join(' '));
  return cleaned;
}
