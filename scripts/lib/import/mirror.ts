/**
 * Reads a mirrored old portal from disk. Every file is looked up by its old URL and
 * must stay inside the mirror folder with symlinks followed (a mirror is untrusted
 * input: a link to /etc/passwd named `tai-lieu.pdf` is refused, not published).
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { staysInside } from '../../../content-schemas/paths.ts';
import { fileForUrl, UNSAFE_PATH, urlPathForFile } from './mirror-paths.ts';

export type Read = { bytes: Buffer } | { reason: { vi: string; en: string } };

export interface Mirror {
  /** Folder whose children are the portal's top-level paths. */
  root: string;
  /** The old portal's origin (from the host folder's name, or a placeholder). */
  origin: string;
  /** Every HTML page of the mirror, with its old URL. */
  pages: () => { url: URL; file: string }[];
  read: (url: URL, maxBytes: number) => Read;
}

const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i;
const PAGE_EXT = /\.(html?|php|aspx?|jsp|cfm)$/i;
const NOT_PAGE_EXT =
  /\.(css|js|json|xml|txt|jpe?g|png|gif|webp|avif|svg|ico|pdf|docx?|xlsx?|pptx?|od[ts]|rtf|csv|zip|rar|mp[34]|woff2?|ttf|eot)$/i;

/** `wget --mirror https://x.edu.vn/` writes into `x.edu.vn/`: accept either folder. */
function hostFolder(from: string): { root: string; host?: string } {
  const name = basename(from);
  if (HOST.test(name)) return { root: from, host: name };
  const hosts = readdirSync(from, { withFileTypes: true }).filter((e) => e.isDirectory() && HOST.test(e.name));
  if (hosts.length === 1 && !existsSync(join(from, 'index.html')))
    return { root: join(from, hosts[0]!.name), host: hosts[0]!.name };
  return { root: from };
}

/**
 * The folder name keeps the host but not the scheme. An earlier import of the same
 * host decides (its manifest is keyed by those addresses); else how the pages link to
 * themselves (canonical, og:url, absolute links), counted over a sample; else https,
 * which nearly every portal serves today.
 */
function originOf(host: string, files: string[], known: string[]): string {
  const before = known.find((o) => new URL(o).host === host);
  if (before) return new URL(before).origin;
  let https = 0;
  let http = 0;
  for (const file of files.slice(0, 40)) {
    const head = readFileSync(file).subarray(0, 65536).toString('latin1');
    https += head.split(`https://${host}`).length - 1;
    http += head.split(`http://${host}`).length - 1;
  }
  return `${http > https ? 'http' : 'https'}://${host}`;
}

function walk(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

function isPage(file: string): boolean {
  const name = basename(file);
  if (name.includes('?')) return !NOT_PAGE_EXT.test(name.slice(0, name.indexOf('?')));
  if (PAGE_EXT.test(name)) return true;
  if (NOT_PAGE_EXT.test(name) || name.includes('.')) return false;
  const head = readFileSync(file).subarray(0, 256).toString('latin1').toLowerCase();
  // A feed is listed too, so the report can say why it is not imported (skip-reasons.ts).
  return head.includes('<html') || head.includes('<!doctype') || /<(rss|feed|rdf:rdf)[\s>]/.test(head);
}

/**
 * `origin` is the old portal's address when it is known (a crawl), or the origins
 * earlier imports of the site used, to be matched against the folder's host name.
 */
export function openMirror(from: string, origin: string | { known: string[] } = { known: [] }): Mirror {
  const found = hostFolder(from);
  const root = found.root;
  let files: string[] | undefined;
  const pageFiles = () => (files ??= walk(root, []).filter(isPage).sort());
  const base =
    typeof origin === 'string'
      ? origin
      : found.host
        ? originOf(found.host, pageFiles(), origin.known)
        : 'http://cong-cu.invalid';
  return {
    root,
    origin: base,
    pages: () =>
      pageFiles().map((file) => ({
        file,
        url: new URL(urlPathForFile(relative(root, file).split(sep).join('/')), base),
      })),
    read: (url, maxBytes) => readFromMirror(root, url, maxBytes),
  };
}

function readFromMirror(root: string, url: URL, maxBytes: number): Read {
  const rel = fileForUrl(url);
  if (!rel) return { reason: UNSAFE_PATH };
  const candidates = [rel, ...(url.search ? [`${rel}.html`] : [])].map((r) => join(root, r));
  const file = candidates.find((c) => existsSync(c) || isLink(c));
  if (!file)
    return {
      reason: {
        vi: 'không có trong bản sao cổng cũ. Cách sửa: tải lại bản sao kèm ảnh và tệp (wget --mirror --page-requisites --adjust-extension …) rồi chạy lại lệnh nhập, hoặc chèn lại ảnh, tệp gốc vào bài',
        en: 'not in the mirror. Fix: mirror again with photos and files (wget --mirror --page-requisites --adjust-extension …) and re-run the import, or insert the original photo or file into the entry',
      },
    };
  if (staysInside(file, root))
    return {
      reason: {
        vi: 'là liên kết (symlink) hoặc đường dẫn trỏ ra ngoài thư mục bản sao',
        en: 'is a symlink or path that leads outside the mirror folder',
      },
    };
  if (isLink(file))
    return { reason: { vi: 'là liên kết (symlink), không phải tệp thật', en: 'is a symlink, not a real file' } };
  const stat = statSync(file);
  if (!stat.isFile()) return { reason: { vi: 'không phải tệp thường', en: 'is not a regular file' } };
  if (stat.size > maxBytes)
    return {
      reason: {
        vi: `tệp quá lớn (${Math.round(stat.size / 1024 / 1024)} MB)`,
        en: `file too large (${Math.round(stat.size / 1024 / 1024)} MB)`,
      },
    };
  return { bytes: readFileSync(file) };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
