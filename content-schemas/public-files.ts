/**
 * What `sites/<id>/public/` may publish. Astro copies that folder into the site
 * as it is, following symlinks, and whatever lands there is served from the
 * portal's own origin, next to /admin/ and the editor's Git token. So the folder
 * holds an allow-list only: attachments under `tep/` (file-types.ts), the logo
 * site.yaml names (which is also the favicon: Head.astro links no other icon;
 * an SVG logo is checked by svg-logo.ts) and empty `.gitkeep` files. Everything
 * else fails the build, naming the file and the fix, before Astro copies it.
 */
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import { ATTACHMENT_EXTENSIONS, IMAGE_EXTENSIONS, VIDEO_EXTENSIONS, extensionOf } from './file-types.ts';
import { VIDEO_LIMITS } from './media-limits.ts';
import { svgFindings } from './svg-logo.ts';
import { looksLikeWebPage, WEB_PAGE_HEAD_BYTES } from './web-page-bytes.ts';
import type { Problem } from './errors.ts';

const FIELD = '(tệp)';

interface Found {
  /** Path inside public/, with `/`. */
  rel: string;
  path: string;
  stat: Stats;
}

/** Every entry under public/, read with lstat so that a symlink is seen as one and never followed. */
function walk(dir: string, prefix: string, out: Found[]): Found[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    out.push({ rel: `${prefix}${name}`, path, stat });
    if (stat.isDirectory()) walk(path, `${prefix}${name}/`, out);
  }
  return out;
}

function symlinkProblem(file: string, rel: string, path: string): Problem {
  const target = readlinkSync(path);
  return {
    file,
    field: FIELD,
    vi: `"public/${rel}" là liên kết tượng trưng (symlink) tới "${target}": bản dựng chép nội dung nó trỏ tới, nên có thể đăng tệp ở ngoài thư mục của trường (tệp hệ thống, tệp của trường khác). Cách sửa: xoá liên kết; nếu cần tệp đó, chép chính tệp vào public/tep/.`,
    en: `"public/${rel}" is a symbolic link to "${target}": the build copies what it points to, so it can publish files from outside the school's folder (system files, another school's files). Fix: delete the link; if the file is needed, copy the file itself into public/tep/.`,
  };
}

/** The fix for a refused file, by what it looks like. */
function fixFor(rel: string): { vi: string; en: string } {
  const ext = extensionOf(rel);
  if ((ATTACHMENT_EXTENSIONS as readonly string[]).includes(ext)) {
    return {
      vi: 'chuyển tệp vào public/tep/ (tên không bắt đầu bằng dấu chấm)',
      en: 'move it into public/tep/ (with a name that does not start with a dot)',
    };
  }
  if ((IMAGE_EXTENSIONS as readonly string[]).includes(ext) || ext === 'svg') {
    return {
      vi: 'ảnh của bài viết đặt trong thư mục media/ và chèn vào bài; biểu trưng là tệp ghi ở logo.src trong site.yaml; xoá tệp này',
      en: 'photos go in media/ and into a post; the logo is the file named by logo.src in site.yaml; delete this file',
    };
  }
  return {
    vi: 'xoá tệp này; nếu là văn bản, chuyển sang PDF rồi đặt vào public/tep/',
    en: 'delete this file; if it is a document, convert it to PDF and put it in public/tep/',
  };
}

function refused(file: string, rel: string, why: string, whyEn: string): Problem {
  const fix = fixFor(rel);
  return {
    file,
    field: FIELD,
    vi: `"public/${rel}" ${why}: cổng chỉ đăng tệp đính kèm (${ATTACHMENT_EXTENSIONS.join(', ')}) trong public/tep/ và biểu trưng, vì tệp khác (trang HTML, mã JavaScript, SVG…) chạy được trên tên miền của cổng. Cách sửa: ${fix.vi}.`,
    en: `"public/${rel}" ${whyEn}: the portal publishes only attachments (${ATTACHMENT_EXTENSIONS.join(', ')}) in public/tep/ and the logo, because other files (HTML pages, JavaScript, SVG…) can run on the portal's domain. Fix: ${fix.en}.`,
  };
}

function logoProblem(file: string, rel: string, bytes: Buffer): Problem | undefined {
  const findings = svgFindings(bytes);
  if (!findings.length) return undefined;
  const shown = findings.slice(0, 4);
  const more = findings.length > shown.length ? ` (và ${findings.length - shown.length} điều khác)` : '';
  const moreEn = findings.length > shown.length ? ` (and ${findings.length - shown.length} more)` : '';
  return {
    file,
    field: 'logo.src',
    vi: `«Tệp biểu trưng» (logo.src): public/${rel} không chỉ có hình vẽ: ${shown.map((f) => f.vi).join('; ')}${more}. Mở thẳng tệp SVG là chạy nó trên tên miền của cổng. Cách sửa: xuất biểu trưng ra PNG và ghi logo.src: /${rel.replace(/\.svg$/i, '.png')}, hoặc lưu lại SVG chỉ gồm hình vẽ (Inkscape: Lưu thành → SVG thuần).`,
    en: `"Logo file" (logo.src): public/${rel} holds more than drawing: ${shown.map((f) => f.en).join('; ')}${moreEn}. Opening an SVG directly runs it on the portal's domain. Fix: export the logo as PNG and set logo.src: /${rel.replace(/\.svg$/i, '.png')}, or save the SVG again as drawing only (Inkscape: Save As → Plain SVG).`,
  };
}

function head(path: string): Buffer {
  const bytes = Buffer.alloc(WEB_PAGE_HEAD_BYTES);
  const fd = openSync(path, 'r');
  try {
    return bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** A file whose name allows it but whose bytes are a web page (web-page-bytes.ts). */
function webPageProblem(file: string, rel: string): Problem {
  return {
    file,
    field: FIELD,
    vi: `"public/${rel}" mang đuôi .${extensionOf(rel)} nhưng nội dung là một trang web (HTML/XML): trình duyệt có thể mở nó như một trang chạy trên tên miền của cổng. Cách sửa: mở tệp gốc bằng chương trình đã tạo ra nó, lưu hoặc xuất lại đúng loại (ví dụ «Lưu thành PDF», hoặc tải lại video gốc), rồi tải lên lại.`,
    en: `"public/${rel}" is named .${extensionOf(rel)} but holds a web page (HTML/XML): a browser may open it as a page running on the portal's domain. Fix: open the original in the program that made it, save or export it again as the right type (e.g. "Save as PDF", or the original video), and upload it again.`,
  };
}

/** A file that may be published by its place and name: still refused when its bytes are a web page. */
function published(found: Found, file: string): Problem | undefined {
  return looksLikeWebPage(head(found.path)) ? webPageProblem(file, found.rel) : undefined;
}

/** One entry's verdict; undefined when it may be published (or is a folder). */
function problemOf(found: Found, logo: string | undefined, root: string): Problem | undefined {
  const { rel, path, stat } = found;
  const file = relative(root, path) || path;
  if (stat.isSymbolicLink()) return symlinkProblem(file, rel, path);
  if (stat.isDirectory()) return undefined;
  if (!stat.isFile()) return refused(file, rel, 'không phải tệp thường', 'is not a regular file');
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  if (name === '.gitkeep') return stat.size === 0 ? undefined : refused(file, rel, 'phải là tệp rỗng', 'must be empty');
  if (logo === undefined && !rel.includes('/') && /\.(svg|png)$/i.test(rel)) {
    // site.yaml is broken (its own error fails the build), so which file is the logo is unknown.
    return undefined;
  }
  if (rel === logo)
    return extensionOf(rel) === 'svg' ? logoProblem(file, rel, readFileSync(path)) : published(found, file);
  const hidden = rel.split('/').some((part) => part.startsWith('.'));
  if (rel.startsWith('tep/') && !hidden && (ATTACHMENT_EXTENSIONS as readonly string[]).includes(extensionOf(rel)))
    return published(found, file);
  // The school's own video clips (the «Video» button), within the CMS's size limit.
  if (/^video\/[^/]+$/.test(rel) && !hidden && (VIDEO_EXTENSIONS as readonly string[]).includes(extensionOf(rel))) {
    return stat.size <= VIDEO_LIMITS.maxBytes
      ? published(found, file)
      : refused(
          file,
          rel,
          `nặng hơn ${VIDEO_LIMITS.maxBytes / 1_000_000} MB`,
          `is larger than ${VIDEO_LIMITS.maxBytes / 1_000_000} MB`,
        );
  }
  return rel.startsWith('tep/')
    ? refused(file, rel, 'không phải loại tệp đính kèm được phép', 'is not an allowed attachment type')
    : refused(file, rel, 'không được đăng', 'may not be published');
}

/**
 * Problems with what `<siteDir>/public/` would publish. `logoSrc` is site.yaml's
 * `logo.src` (`/logo.svg`), undefined when site.yaml itself is invalid.
 */
export function publicFileProblems(siteDir: string, logoSrc: string | undefined, root = process.cwd()): Problem[] {
  const dir = join(siteDir, 'public');
  let stat: Stats;
  try {
    stat = lstatSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  if (stat.isSymbolicLink()) return [symlinkProblem(relative(root, dir) || dir, '', dir)];
  const logo = logoSrc?.replace(/^\//, '');
  return walk(dir, '', []).flatMap((found) => problemOf(found, logo, root) ?? []);
}
