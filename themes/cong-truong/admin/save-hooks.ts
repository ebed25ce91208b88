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
 *   message naming the field.
 *
 * Pure functions on plain data, so tests run them without a browser.
 */

export class SaveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SaveError';
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
  return keys.length > 0 && keys.every((k) => k === 'src' || k === 'alt' || k === 'caption') && ('src' in value || 'alt' in value);
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

/**
 * Returns the entry data to save. `labels` maps top-level field names to their
 * Vietnamese labels for messages. Throws SaveError listing every problem.
 */
export function prepareForSave(data: Plain, labels: Record<string, string> = {}): Plain {
  const problems: string[] = [];
  const cleaned = clean(data, '', problems) as Plain;
  if (problems.length) {
    const named = problems.map((p) => p.replace(/^([^.:[]+)/, (name: string) => `«${labels[name] ?? name}»`));
    throw new SaveError(named.join(' '));
  }
  return cleaned;
}
