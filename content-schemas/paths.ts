/**
 * One path policy for every value that names a file: old-portal paths, attachments,
 * cover and figure images, images in Markdown bodies. A value is judged in every
 * spelling a reader may act on (as written, then after each round of
 * percent-decoding, so `%252e%252e` is judged as `..`), and the file it names must
 * stay inside its folder once resolved with symlinks followed (realpath), so no
 * school publishes, or overwrites, another school's files or the machine's.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

export type PathIssue =
  | 'encoding'
  | 'control'
  | 'backslash'
  | 'encoded-slash'
  | 'absolute'
  | 'dot-segment'
  | 'outside'
  | 'link-outside'
  | 'dangling-link';

/** Rounds of decoding before a value is called hostile: real paths need one. */
const MAX_DECODINGS = 4;
const ENCODED_SLASH = /%(2f|5c)/i;
// NUL and the other C0 controls and DEL: no file name or URL of a school needs them.
const CONTROL = /[\u0000-\u001f\u007f]/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The value as written, then after each round of percent-decoding, until it stops changing. */
export function spellings(value: string): { forms: string[] } | { issue: PathIssue } {
  const forms = [value];
  for (let current = value; /%[0-9a-f]{2}/i.test(current);) {
    // A slash that only appears after decoding hides a folder step from the checks below.
    if (ENCODED_SLASH.test(current)) return { issue: 'encoded-slash' };
    if (forms.length > MAX_DECODINGS) return { issue: 'encoding' };
    try {
      current = decodeURIComponent(current);
    } catch {
      return { issue: 'encoding' };
    }
    forms.push(current);
  }
  return { forms };
}

function formIssue(form: string, dots: boolean): PathIssue | undefined {
  if (CONTROL.test(form)) return 'control';
  if (form.includes('\\')) return 'backslash';
  if (!dots && form.split('/').some((segment) => segment === '.' || segment === '..')) return 'dot-segment';
  return undefined;
}

/**
 * A path of the site's address space (`/tep/x.pdf`, an old-portal path): no `.` or
 * `..` segment, no backslash, no control character, no encoded slash, in any spelling.
 * Returns the decoded path, which is what a static server looks up on disk.
 */
export function checkUrlPath(value: string): { path: string } | { issue: PathIssue } {
  const spelled = spellings(value);
  if ('issue' in spelled) return spelled;
  for (const form of spelled.forms) {
    const issue = formIssue(form, false);
    if (issue) return { issue };
    if (!form.startsWith('/')) return { issue: 'absolute' };
  }
  return { path: spelled.forms.at(-1) as string };
}

/** Whether `path` is `folder` or lies below it (both absolute). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The real location of `path` with every symlink followed; for a path not yet
 * there, its nearest existing folder's real location plus the rest. Undefined for
 * a broken link, which leads nowhere that can be checked.
 */
function realLocation(path: string): string | undefined {
  const rest: string[] = [];
  for (let current = resolve(path); ; current = dirname(current)) {
    try {
      return join(realpathSync(current), ...rest);
    } catch {
      if (exists(current) || dirname(current) === current) return undefined;
      rest.unshift(basename(current));
    }
  }
}

/**
 * Whether `file` (there or about to be written) stays inside `folder` with every
 * symlink followed, and `folder` itself inside `root` (a `media/` that links to
 * another school is outside).
 */
export function staysInside(file: string, folder: string, root: string = folder): PathIssue | undefined {
  if (!isInside(resolve(file), resolve(folder))) return 'outside';
  const [real, realFolder, realRoot] = [realLocation(file), realLocation(folder), realLocation(root)];
  if (!real || !realFolder || !realRoot) return 'link-outside';
  return isInside(real, realFolder) && isInside(realFolder, realRoot) ? undefined : 'link-outside';
}

/**
 * A file named relative to `base` (an image beside an entry): not absolute, no
 * scheme, no backslash, no control character, no encoded slash; in every spelling
 * it must resolve inside `folder`, and so must the file itself with its symlinks
 * followed.
 */
export function relativeFileIssue(value: string, base: string, folder: string, root: string): PathIssue | undefined {
  const spelled = spellings(value);
  if ('issue' in spelled) return spelled.issue;
  for (const form of spelled.forms) {
    const issue =
      formIssue(form, true) ??
      (isAbsolute(form) || form.startsWith('/') || SCHEME.test(form)
        ? 'absolute'
        : staysInside(resolve(base, form), folder, root));
    if (issue) return issue;
  }
  return undefined;
}

/**
 * Symlinks at or under `path` that leave `root` or lead nowhere, found without
 * following them: an editor's folder may hold links, but never to another school
 * or to the machine. A link that stays inside is not walked: its target is.
 */
export function badLinks(path: string, root: string): { path: string; issue: PathIssue }[] {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return [];
  }
  if (stat.isSymbolicLink()) {
    const real = realLocation(path);
    if (real === undefined) return [{ path, issue: 'dangling-link' }];
    return isInside(real, realLocation(root) ?? resolve(root)) ? [] : [{ path, issue: 'link-outside' }];
  }
  if (!stat.isDirectory()) return [];
  return readdirSync(path).flatMap((name) => badLinks(join(path, name), root));
}

/** What is wrong, for messages: "«Label» (field): "<value>" <this>. Cách sửa: … | …". */
export const PATH_ISSUES: Record<PathIssue, { vi: string; en: string }> = {
  encoding: { vi: 'có mã %… không hợp lệ hoặc mã hoá lồng nhiều lần', en: 'has invalid or nested %-encoding' },
  control: { vi: 'chứa ký tự điều khiển (ví dụ NUL)', en: 'contains a control character (e.g. NUL)' },
  backslash: { vi: 'chứa dấu gạch ngược \\', en: 'contains a backslash' },
  'encoded-slash': {
    vi: 'chứa dấu gạch chéo viết dạng mã (%2F hoặc %5C)',
    en: 'contains an encoded slash (%2F or %5C)',
  },
  absolute: {
    vi: 'không đúng dạng đường dẫn cho phép (đường dẫn tuyệt đối, tên miền hoặc thiếu / ở đầu)',
    en: 'is not an allowed kind of path (absolute, with a scheme, or missing the leading /)',
  },
  'dot-segment': { vi: 'chứa đoạn . hoặc .. (kể cả dạng mã %2e)', en: 'contains a . or .. segment (also as %2e)' },
  outside: { vi: 'trỏ ra ngoài thư mục được phép của trường', en: 'points outside the school’s allowed folder' },
  'link-outside': {
    vi: 'là liên kết (symlink) trỏ ra ngoài thư mục của trường',
    en: 'is a symlink that leads outside the school’s folder',
  },
  'dangling-link': {
    vi: 'là liên kết (symlink) hỏng, không trỏ tới tệp nào',
    en: 'is a broken symlink that leads nowhere',
  },
};
