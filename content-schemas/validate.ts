/**
 * Validates a whole site before Astro sees it: site.yaml, every content file,
 * every referenced image and attachment. Dates are read as plain strings (YAML
 * core schema) so that 2025-02-30 is an error, not 2 March.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { COLLECTIONS, COLLECTION_NAMES, RESERVED_SLUGS, type CollectionName } from './index.ts';
import { nfcDeep } from './fields.ts';
import { siteSchema, type SiteConfig } from './site.ts';
import { ContentError, problemsFromZod, type Problem } from './errors.ts';
import { contrastRatio } from './contrast.ts';
import { imageFormat } from './image-signature.ts';
import { badLinks, checkUrlPath, PATH_ISSUES, relativeFileIssue, staysInside, type PathIssue } from './paths.ts';
import { bodyImages } from './body-images.ts';
import { IMAGE_EXTENSIONS as IMAGE_TYPES } from './file-types.ts';
import { publicFileProblems } from './public-files.ts';
import { audienceProblems } from './audience-check.ts';
import { hasField, type Entry } from './entry.ts';

export const IMAGE_EXTENSIONS: string[] = IMAGE_TYPES.map((ext) => `.${ext}`);
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** WCAG 2.1 AA for normal text (1.4.3): white text sits on the primary colour. */
export const MIN_CONTRAST = 4.5;
/**
 * Largest content file, in bytes. The longest real posts (a kế hoạch with its
 * tables) weigh tens of kB; Astro needs about 2.5 GB to render a 6 MB post, which
 * fails a CI runner, and a page that long is unreadable on a phone anyway.
 */
export const MAX_CONTENT_BYTES = 1024 * 1024;

export type { Entry } from './entry.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function rel(root: string, file: string): string {
  return relative(root, file) || file;
}

/** A text file as an editor saved it, without the byte-order mark some Windows editors add. */
function readText(file: string): string {
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

/** A YAML syntax error, in a content file's front matter or in site.yaml. */
function yamlProblem(file: string, error: unknown, where: 'frontmatter' | 'site.yaml'): Problem {
  const line = error instanceof YAMLParseError && error.linePos ? error.linePos[0].line : undefined;
  const fix = {
    vi: 'Cách sửa: kiểm tra dấu hai chấm, dấu nháy và thụt lề.',
    en: 'Fix: check colons, quotes and indentation.',
  };
  if (where === 'site.yaml') {
    return {
      file,
      field: '(cú pháp YAML)',
      vi: `tệp site.yaml bị lỗi cú pháp YAML${line ? ` ở dòng ${line}` : ''}. ${fix.vi}`,
      en: `site.yaml has a YAML syntax error${line ? ` on line ${line}` : ''}. ${fix.en}`,
    };
  }
  return {
    file,
    field: '(frontmatter)',
    vi: `phần đầu YAML bị lỗi cú pháp${line ? ` (dòng ${line})` : ''}. ${fix.vi}`,
    en: `the YAML frontmatter has a syntax error${line ? ` (line ${line})` : ''}. ${fix.en}`,
  };
}

/** Reads and validates `sites/<id>/site.yaml`. Throws ContentError on any problem. */
export function loadSiteConfig(siteDir: string, root = process.cwd()): SiteConfig {
  const file = join(siteDir, 'site.yaml');
  const shown = rel(root, file);
  if (!existsSync(file)) {
    throw new ContentError([
      {
        file: shown,
        field: '(tệp)',
        vi: 'không tìm thấy tệp site.yaml. Cách sửa: tạo site bằng lệnh npm run new-school.',
        en: 'site.yaml not found. Fix: create the site with npm run new-school.',
      },
    ]);
  }
  let raw: unknown;
  try {
    raw = nfcDeep(parseYaml(readText(file), { schema: 'core' }));
  } catch (error) {
    throw new ContentError([yamlProblem(shown, error, 'site.yaml')]);
  }
  const result = siteSchema.safeParse(raw);
  if (!result.success) throw new ContentError(problemsFromZod(shown, siteSchema, result.error, raw));
  const problems = checkSiteConfig(shown, result.data, siteDir);
  if (problems.length) throw new ContentError(problems);
  return result.data;
}

function checkSiteConfig(file: string, site: SiteConfig, siteDir: string): Problem[] {
  const problems: Problem[] = [];
  if (site.unitType === 'truong' && !site.level) {
    problems.push({
      file,
      field: 'level',
      vi: '«Cấp học» (level): trường học phải ghi cấp học. Cách sửa: thêm "level: thcs" (hoặc mam-non, tieu-hoc, thpt, lien-cap, gdtx).',
      en: '"School level" (level): a school must set its level. Fix: add "level: thcs".',
    });
  }
  for (const [key, colour] of Object.entries(site.theme)) {
    if (!colour) continue;
    const ratio = contrastRatio(colour, '#ffffff');
    if (ratio < MIN_CONTRAST) {
      problems.push({
        file,
        field: `theme.${key}`,
        vi: `«Màu giao diện» (theme.${key}): màu ${colour} chỉ đạt độ tương phản ${ratio.toFixed(2).replace('.', ',')}:1 với chữ trắng, dưới mức 4,5:1 của WCAG 2.1 AA. Cách sửa: chọn màu đậm hơn, ví dụ #0b4f8a.`,
        en: `"Theme colour" (theme.${key}): ${colour} gives only ${ratio.toFixed(2)}:1 against white text, below the 4.5:1 of WCAG 2.1 AA. Fix: pick a darker colour, e.g. #0b4f8a.`,
      });
    }
  }
  if (!existsSync(join(siteDir, 'public', site.logo.src))) {
    problems.push({
      file,
      field: 'logo.src',
      vi: `«Tệp biểu trưng» (logo.src): không tìm thấy public${site.logo.src}. Cách sửa: đặt tệp logo vào thư mục public của trường.`,
      en: `"Logo file" (logo.src): public${site.logo.src} not found. Fix: put the logo in the site's public folder.`,
    });
  }
  return problems;
}

const PICK_PHOTO = {
  vi: 'Cách sửa: chọn ảnh trong thư mục media của trường bằng nút «Chọn ảnh» (đường dẫn dạng ../../media/ten-anh.jpg).',
  en: "Fix: pick a photo from the school's media folder with «Chọn ảnh» (a path like ../../media/photo.jpg).",
};

function pathWords(value: string, issue: PathIssue) {
  const why = PATH_ISSUES[issue];
  return { vi: `ảnh "${value}" ${why.vi}. ${PICK_PHOTO.vi}`, en: `image "${value}" ${why.en}. ${PICK_PHOTO.en}` };
}

/**
 * What is wrong with an image an entry names (cover, figure or body), or undefined.
 * `value` is judged by the path policy; `read` is the spelling Astro opens (the
 * body's are URL-decoded first). Images live in the site's `media/` folder.
 */
function imageProblem(
  value: string,
  read: string,
  entryFile: string,
  siteDir: string,
): { vi: string; en: string } | undefined {
  const media = join(siteDir, 'media');
  const issue =
    relativeFileIssue(value, dirname(entryFile), media, siteDir) ??
    relativeFileIssue(read, dirname(entryFile), media, siteDir);
  if (issue) return pathWords(value, issue);
  const ext = extname(read).toLowerCase();
  const file = resolve(dirname(entryFile), read);
  if (ext === '.svg') {
    return {
      vi: `tệp "${value}" là ảnh SVG, loại ảnh có thể chứa mã chạy trên cổng nên không được dùng. Cách sửa: xuất ảnh sang PNG hoặc JPG rồi tải lên lại.`,
      en: `"${value}" is an SVG image, which can carry script, so it cannot be used. Fix: export it as PNG or JPG and upload it again.`,
    };
  }
  if (!IMAGE_EXTENSIONS.includes(ext)) {
    return {
      vi: `tệp "${value}" không phải ảnh. Cách sửa: dùng ảnh ${IMAGE_EXTENSIONS.join(', ')}.`,
      en: `"${value}" is not an image. Fix: use ${IMAGE_EXTENSIONS.join(', ')}.`,
    };
  }
  if (!existsSync(file)) {
    return {
      vi: `không tìm thấy ảnh "${value}". Cách sửa: tải ảnh lên lại hoặc sửa đường dẫn (tính từ tệp bài viết).`,
      en: `image "${value}" not found. Fix: upload it again or correct the path (relative to the entry file).`,
    };
  }
  if (!imageFormat(file)) {
    return {
      vi: `tệp "${value}" có đuôi ảnh nhưng nội dung không phải ảnh (tệp hỏng hoặc tải lên dở). Cách sửa: xuất lại ảnh JPEG/PNG từ máy và tải lên lại.`,
      en: `"${value}" has an image extension but its content is not an image (damaged or partly uploaded). Fix: export the photo again as JPEG/PNG and upload it again.`,
    };
  }
  return undefined;
}

/** The entry a cached schema's image check judges: set just before each parse. */
interface ImageTarget {
  entryFile: string;
  siteDir: string;
}

/**
 * Each collection's schema, built once per process: building one (and Zod's compiled
 * fast path on its first parse) costs far more than parsing an entry with it. Its
 * stand-in for Astro's `image()` checks the file like Astro will, and the path policy,
 * for whichever entry `target` names; parsing is synchronous, so no two parses share it.
 */
const schemas = new Map<CollectionName, { schema: z.ZodObject; target: ImageTarget }>();

function schemaFor(collection: CollectionName, entryFile: string, siteDir: string): z.ZodObject {
  let cached = schemas.get(collection);
  if (!cached) {
    const target: ImageTarget = { entryFile: '', siteDir: '' };
    const image = () =>
      z.string().superRefine((value, ctx) => {
        const problem = imageProblem(value, value, target.entryFile, target.siteDir);
        if (problem) ctx.addIssue({ code: 'custom', message: `${problem.vi} | ${problem.en}` });
      });
    cached = { schema: COLLECTIONS[collection].schema(image), target };
    schemas.set(collection, cached);
  }
  cached.target.entryFile = entryFile;
  cached.target.siteDir = siteDir;
  return cached.schema;
}

const REMOTE = /^(https?:)?\/\//i;

/**
 * The images of a Markdown body. Remote ones are refused: the nginx template's CSP
 * (img-src 'self') blocks them and the README promises no request to a third party.
 * Raw `<img>` is dropped by the sanitiser, so the editor is told to insert it again.
 */
function bodyImageProblems(
  body: string,
  firstLine: number,
  shown: string,
  entryFile: string,
  siteDir: string,
): Problem[] {
  return bodyImages(body).flatMap(({ src, line, html }) => {
    const at = firstLine + line - 1;
    const problem = (words: { vi: string; en: string }): Problem[] => [
      {
        file: shown,
        field: '(nội dung)',
        vi: `«Nội dung» (nội dung, dòng ${at}): ${words.vi}`,
        en: `"Body" (body, line ${at}): ${words.en}`,
      },
    ];
    if (html) {
      return problem({
        vi: `ảnh "${src}" viết bằng thẻ HTML <img> sẽ không hiện trên cổng (cổng bỏ HTML thô). Cách sửa: xoá thẻ <img> và chèn ảnh bằng nút «Ảnh» của trình soạn thảo.`,
        en: `image "${src}" written as an HTML <img> tag is not shown (raw HTML is removed). Fix: delete the <img> tag and insert the photo with the editor's «Ảnh» button.`,
      });
    }
    if (REMOTE.test(src)) {
      return problem({
        vi: `ảnh "${src}" lấy từ trang web khác: cổng không tải ảnh của bên thứ ba (chính sách bảo mật chặn ảnh đó và người đọc bị lộ cho trang kia). Cách sửa: tải ảnh về máy rồi chèn lại bằng nút «Ảnh» (ảnh được lưu vào thư mục media của trường).`,
        en: `image "${src}" comes from another website: the portal loads no third-party images (the security policy blocks them and readers would be exposed to that site). Fix: download the photo and insert it again with «Ảnh» (it is saved in the school's media folder).`,
      });
    }
    let read: string;
    try {
      // Astro opens a body image's URL-decoded path.
      read = decodeURI(src);
    } catch {
      return problem(pathWords(src, 'encoding'));
    }
    const found = imageProblem(src, read, entryFile, siteDir);
    return found ? problem(found) : [];
  });
}

/** Attachments are files of `public/tep/`, symlinks followed, that are there. */
function attachmentProblems(file: string, siteDir: string, entry: Entry): Problem[] {
  const files = hasField(entry, 'files') ? entry.data.files : [];
  const tep = join(siteDir, 'public', 'tep');
  return files.flatMap(({ file: path }, i) => {
    if (!path) return [];
    const label = { vi: `«Tệp đính kèm» (files.${i}.file)`, en: `"Attached file" (files.${i}.file)` };
    const checked = checkUrlPath(path);
    const issue = 'issue' in checked ? checked.issue : staysInside(join(siteDir, 'public', checked.path), tep, siteDir);
    if (issue) {
      const why = PATH_ISSUES[issue];
      return [
        {
          file,
          field: `files.${i}.file`,
          vi: `${label.vi}: "${path}" ${why.vi}. Cách sửa: tải tệp lên lại qua trang quản trị (tệp được lưu vào public/tep).`,
          en: `${label.en}: "${path}" ${why.en}. Fix: upload the file again through the admin (it is saved in public/tep).`,
        },
      ];
    }
    if (existsSync(join(siteDir, 'public', path))) return [];
    return [
      {
        file,
        field: `files.${i}.file`,
        vi: `${label.vi}: không tìm thấy tệp public${path}. Cách sửa: tải tệp lên lại qua trang quản trị.`,
        en: `${label.en}: public${path} not found. Fix: upload the file again.`,
      },
    ];
  });
}

/** Links in content/ and media/ that leave the site (or lead nowhere): each is named. */
function linkProblems(siteDir: string, root: string): Problem[] {
  return ['content', 'media'].flatMap((folder) =>
    badLinks(join(siteDir, folder), siteDir).map(({ path, issue }) => ({
      file: rel(root, path),
      field: '(tệp)',
      vi: `tệp hoặc thư mục này ${PATH_ISSUES[issue].vi}. Cách sửa: thay liên kết bằng chính tệp (sao chép tệp vào thư mục của trường) hoặc xoá nó.`,
      en: `this file or folder ${PATH_ISSUES[issue].en}. Fix: replace the link with the file itself (copy it into the school's folder) or delete it.`,
    })),
  );
}

function listMarkdown(dir: string, siteDir: string): string[] {
  if (!existsSync(dir) || staysInside(dir, dir, siteDir)) return [];
  return (
    readdirSync(dir)
      .filter((name) => !name.startsWith('.') && !name.startsWith('_'))
      .map((name) => join(dir, name))
      // Links that leave the site are reported by linkProblems, not read.
      .filter((path) => !(lstatSync(path).isSymbolicLink() && staysInside(path, siteDir)) && statSync(path).isFile())
      .sort()
  );
}

/** Parses one content file; returns the entry or the problems found. */
export function readEntry(
  collection: CollectionName,
  file: string,
  siteDir: string,
  root = process.cwd(),
): { entry?: Entry; problems: Problem[] } {
  const shown = rel(root, file);
  const ext = extname(file);
  const slug = basename(file, ext);
  if (ext !== '.md') {
    const vi =
      ext === '.mdx'
        ? 'nội dung do người biên tập viết phải là Markdown (.md), không dùng MDX vì MDX chạy mã khi dựng trang. Cách sửa: đổi đuôi tệp thành .md và bỏ các lệnh import/JSX.'
        : `tệp "${basename(file)}" không phải Markdown. Cách sửa: chỉ đặt tệp .md trong thư mục nội dung.`;
    return {
      problems: [
        {
          file: shown,
          field: '(tệp)',
          vi,
          en:
            ext === '.mdx'
              ? 'editor content must be Markdown (.md), not MDX, which runs code at build time. Fix: rename to .md and remove imports/JSX.'
              : 'not a Markdown file. Fix: keep only .md files in content folders.',
        },
      ],
    };
  }
  const problems: Problem[] = [];
  if (!SLUG_PATTERN.test(slug) || (RESERVED_SLUGS as readonly string[]).includes(slug)) {
    problems.push({
      file: shown,
      field: '(tên tệp)',
      vi: `tên tệp "${slug}" phải là chữ thường không dấu nối bằng gạch ngang và không trùng từ dành riêng (${RESERVED_SLUGS.join(', ')}). Cách sửa: đổi tên tệp, ví dụ le-khai-giang-2025.md.`,
      en: `file name "${slug}" must be lowercase ASCII words joined by hyphens and not a reserved word. Fix: rename it, e.g. le-khai-giang-2025.md.`,
    });
  }
  const bytes = statSync(file).size;
  if (bytes > MAX_CONTENT_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return {
      problems: [
        ...problems,
        {
          file: shown,
          field: '(tệp)',
          vi: `tệp nặng ${mb(bytes).replace('.', ',')} MB, quá giới hạn ${mb(MAX_CONTENT_BYTES).replace('.', ',')} MB của một bài (trang dài như vậy không đọc được trên điện thoại và làm việc dựng cổng hết bộ nhớ). Cách sửa: chia thành nhiều bài, hoặc đính kèm toàn văn dạng PDF và chỉ giữ phần tóm tắt trong bài.`,
          en: `the file weighs ${mb(bytes)} MB, over the ${mb(MAX_CONTENT_BYTES)} MB limit for one entry (a page that long is unreadable on a phone and runs the build out of memory). Fix: split it into several entries, or attach the full text as a PDF and keep a summary in the entry.`,
        },
      ],
    };
  }
  const source = readText(file);
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return {
      problems: [
        ...problems,
        {
          file: shown,
          field: '(frontmatter)',
          vi: 'thiếu phần đầu YAML đặt giữa hai dòng ---. Cách sửa: thêm phần đầu với các trường bắt buộc.',
          en: 'missing YAML frontmatter between --- lines. Fix: add it with the required fields.',
        },
      ],
    };
  }
  let raw: unknown;
  try {
    raw = nfcDeep(parseYaml(match[1] ?? '', { schema: 'core' }) ?? {});
  } catch (error) {
    return { problems: [...problems, yamlProblem(shown, error, 'frontmatter')] };
  }
  const body = (match[2] ?? '').normalize('NFC');
  const firstLine = source.slice(0, source.length - (match[2] ?? '').length).split('\n').length;
  problems.push(...bodyImageProblems(body, firstLine, shown, file, siteDir));
  const schema = schemaFor(collection, file, siteDir);
  const result = schema.safeParse(raw);
  if (!result.success) return { problems: [...problems, ...problemsFromZod(shown, schema, result.error, raw)] };
  // The registry's schema for `collection` has just parsed `data`: the one place that pairs them.
  const entry = { collection, slug, file, data: result.data, body } as Entry;
  problems.push(...attachmentProblems(shown, siteDir, entry));
  return { entry: problems.length ? undefined : entry, problems };
}

/** Reads site.yaml and every entry, keeping what is valid and every problem found. */
export function readSite(
  siteDir: string,
  root = process.cwd(),
): { site?: SiteConfig; entries: Entry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  let site: SiteConfig | undefined;
  try {
    site = loadSiteConfig(siteDir, root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
  // Before Astro copies public/ into the site: only what a school portal may publish.
  problems.push(...publicFileProblems(siteDir, site?.logo.src, root));
  const entries: Entry[] = [];
  for (const name of COLLECTION_NAMES) {
    for (const file of listMarkdown(join(siteDir, 'content', COLLECTIONS[name].folder), siteDir)) {
      const result = readEntry(name, file, siteDir, root);
      problems.push(...result.problems);
      if (result.entry) entries.push(result.entry);
    }
  }
  problems.push(...linkProblems(siteDir, root), ...oldPathProblems(entries, root));
  if (site) {
    const addressed = entries.flatMap((e) =>
      hasField(e, 'audience') && e.data.audience !== undefined
        ? [{ file: rel(root, e.file), audience: e.data.audience }]
        : [],
    );
    problems.push(...audienceProblems(siteDir, site, addressed));
  }
  return { site, entries, problems };
}

/** Two entries cannot claim one path of the old portal: its redirect leads to one page. */
function oldPathProblems(entries: Entry[], root: string): Problem[] {
  const owners = new Map<string, Entry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const paths = hasField(entry, 'oldPaths') ? entry.data.oldPaths : [];
    paths.forEach((path, i) => {
      // "/a" and "/a/" are one address.
      const key = path.replace(/\/+$/, '') || '/';
      const owner = owners.get(key);
      if (!owner) return void owners.set(key, entry);
      const field = `oldPaths.${i}`;
      const first = rel(root, owner.file);
      problems.push({
        file: rel(root, entry.file),
        field,
        vi: `«Đường dẫn cũ» (${field}): "${path}" đã dùng cho ${first}. Cách sửa: mỗi đường dẫn cũ chỉ chuyển đến một bài; xoá nó ở một trong hai bài.`,
        en: `"Old path" (${field}): "${path}" is already used by ${first}. Fix: an old path leads to one entry only; remove it from one of them.`,
      });
    });
  }
  return problems;
}

/** Validates site.yaml and every entry; throws one ContentError listing every problem. */
export function validateSite(siteDir: string, root = process.cwd()): { site: SiteConfig; entries: Entry[] } {
  const { site, entries, problems } = readSite(siteDir, root);
  if (problems.length || !site) throw new ContentError(problems);
  return { site, entries };
}
