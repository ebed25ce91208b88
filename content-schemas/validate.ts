/**
 * Validates a whole site before Astro sees it: site.yaml, every content file,
 * every referenced image and attachment. Dates are read as plain strings (YAML
 * core schema) so that 2025-02-30 is an error, not 2 March.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { COLLECTIONS, COLLECTION_NAMES, RESERVED_SLUGS, type CollectionName } from './index.ts';
import { nfcDeep } from './fields.ts';
import { siteSchema, type SiteConfig } from './site.ts';
import { ContentError, problemsFromZod, type Problem } from './errors.ts';
import { contrastRatio } from './contrast.ts';
import { imageFormat } from './image-signature.ts';
import { IMAGE_EXTENSIONS as IMAGE_TYPES } from './file-types.ts';
import { publicFileProblems } from './public-files.ts';

export const IMAGE_EXTENSIONS: string[] = IMAGE_TYPES.map((ext) => `.${ext}`);
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** WCAG 2.1 AA for normal text (1.4.3): white text sits on the primary colour. */
export const MIN_CONTRAST = 4.5;

export interface Entry {
  collection: CollectionName;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function rel(root: string, file: string): string {
  return relative(root, file) || file;
}

function yamlProblem(file: string, error: unknown): Problem {
  const where = error instanceof YAMLParseError && error.linePos ? ` (dòng ${error.linePos[0].line})` : '';
  const whereEn = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
  return {
    file,
    field: '(frontmatter)',
    vi: `phần đầu YAML bị lỗi cú pháp${where}. Cách sửa: kiểm tra dấu hai chấm, dấu nháy và thụt lề.`,
    en: `the YAML frontmatter has a syntax error${whereEn}. Fix: check colons, quotes and indentation.`,
  };
}

/** Reads and validates `sites/<id>/site.yaml`. Throws ContentError on any problem. */
export function loadSiteConfig(siteDir: string, root = process.cwd()): SiteConfig {
  const file = join(siteDir, 'site.yaml');
  const shown = rel(root, file);
  if (!existsSync(file)) {
    throw new ContentError([{ file: shown, field: '(tệp)', vi: 'không tìm thấy tệp site.yaml. Cách sửa: tạo site bằng lệnh npm run new-school.', en: 'site.yaml not found. Fix: create the site with npm run new-school.' }]);
  }
  let raw: unknown;
  try {
    raw = nfcDeep(parseYaml(readFileSync(file, 'utf8'), { schema: 'core' }));
  } catch (error) {
    throw new ContentError([yamlProblem(shown, error)]);
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
    problems.push({ file, field: 'level', vi: '«Cấp học» (level): trường học phải ghi cấp học. Cách sửa: thêm "level: thcs" (hoặc mam-non, tieu-hoc, thpt, lien-cap, gdtx).', en: '"School level" (level): a school must set its level. Fix: add "level: thcs".' });
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
    problems.push({ file, field: 'logo.src', vi: `«Tệp biểu trưng» (logo.src): không tìm thấy public${site.logo.src}. Cách sửa: đặt tệp logo vào thư mục public của trường.`, en: `"Logo file" (logo.src): public${site.logo.src} not found. Fix: put the logo in the site's public folder.` });
  }
  return problems;
}

/** A stand-in for Astro's `image()` that checks the file exists next to the entry. */
function imageCheck(entryFile: string) {
  return () =>
    z.string().superRefine((value, ctx) => {
      const ext = extname(value).toLowerCase();
      if (!IMAGE_EXTENSIONS.includes(ext)) {
        ctx.addIssue({ code: 'custom', message: `tệp "${value}" không phải ảnh. Cách sửa: dùng ảnh ${IMAGE_EXTENSIONS.join(', ')}. | "${value}" is not an image. Fix: use ${IMAGE_EXTENSIONS.join(', ')}.` });
      } else if (!existsSync(resolve(dirname(entryFile), value))) {
        ctx.addIssue({ code: 'custom', message: `không tìm thấy ảnh "${value}". Cách sửa: tải ảnh lên lại hoặc sửa đường dẫn (tính từ tệp bài viết). | image "${value}" not found. Fix: upload it again or correct the path (relative to the entry file).` });
      } else if (!imageFormat(resolve(dirname(entryFile), value))) {
        ctx.addIssue({ code: 'custom', message: `tệp "${value}" có đuôi ảnh nhưng nội dung không phải ảnh (tệp hỏng hoặc tải lên dở). Cách sửa: xuất lại ảnh JPEG/PNG từ máy và tải lên lại. | "${value}" has an image extension but its content is not an image (damaged or partly uploaded). Fix: export the photo again as JPEG/PNG and upload it again.` });
      }
    });
}

function attachmentProblems(file: string, siteDir: string, data: Record<string, unknown>): Problem[] {
  const files = Array.isArray(data.files) ? (data.files as { file?: unknown }[]) : [];
  return files.flatMap((f, i) => {
    const path = typeof f?.file === 'string' ? f.file : undefined;
    if (!path || existsSync(join(siteDir, 'public', path))) return [];
    return [{ file, field: `files.${i}.file`, vi: `«Tệp đính kèm» (files.${i}.file): không tìm thấy tệp public${path}. Cách sửa: tải tệp lên lại qua trang quản trị.`, en: `"Attached file" (files.${i}.file): public${path} not found. Fix: upload the file again.` }];
  });
}

function listMarkdown(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_'))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

/** Parses one content file; returns the entry or the problems found. */
export function readEntry(collection: CollectionName, file: string, siteDir: string, root = process.cwd()): { entry?: Entry; problems: Problem[] } {
  const shown = rel(root, file);
  const ext = extname(file);
  const slug = basename(file, ext);
  if (ext !== '.md') {
    const vi = ext === '.mdx'
      ? 'nội dung do người biên tập viết phải là Markdown (.md), không dùng MDX vì MDX chạy mã khi dựng trang. Cách sửa: đổi đuôi tệp thành .md và bỏ các lệnh import/JSX.'
      : `tệp "${basename(file)}" không phải Markdown. Cách sửa: chỉ đặt tệp .md trong thư mục nội dung.`;
    return { problems: [{ file: shown, field: '(tệp)', vi, en: ext === '.mdx' ? 'editor content must be Markdown (.md), not MDX, which runs code at build time. Fix: rename to .md and remove imports/JSX.' : 'not a Markdown file. Fix: keep only .md files in content folders.' }] };
  }
  const problems: Problem[] = [];
  if (!SLUG_PATTERN.test(slug) || (RESERVED_SLUGS as readonly string[]).includes(slug)) {
    problems.push({ file: shown, field: '(tên tệp)', vi: `tên tệp "${slug}" phải là chữ thường không dấu nối bằng gạch ngang và không trùng từ dành riêng (${RESERVED_SLUGS.join(', ')}). Cách sửa: đổi tên tệp, ví dụ le-khai-giang-2025.md.`, en: `file name "${slug}" must be lowercase ASCII words joined by hyphens and not a reserved word. Fix: rename it, e.g. le-khai-giang-2025.md.` });
  }
  const source = readFileSync(file, 'utf8');
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return { problems: [...problems, { file: shown, field: '(frontmatter)', vi: 'thiếu phần đầu YAML đặt giữa hai dòng ---. Cách sửa: thêm phần đầu với các trường bắt buộc.', en: 'missing YAML frontmatter between --- lines. Fix: add it with the required fields.' }] };
  }
  let raw: unknown;
  try {
    raw = nfcDeep(parseYaml(match[1] ?? '', { schema: 'core' }) ?? {});
  } catch (error) {
    return { problems: [...problems, yamlProblem(shown, error)] };
  }
  const schema = COLLECTIONS[collection].schema(imageCheck(file));
  const result = schema.safeParse(raw);
  if (!result.success) return { problems: [...problems, ...problemsFromZod(shown, schema, result.error, raw)] };
  problems.push(...attachmentProblems(shown, siteDir, result.data));
  const body = (match[2] ?? '').normalize('NFC');
  return { entry: problems.length ? undefined : { collection, slug, file, data: result.data, body }, problems };
}

/** Reads site.yaml and every entry, keeping what is valid and every problem found. */
export function readSite(siteDir: string, root = process.cwd()): { site?: SiteConfig; entries: Entry[]; problems: Problem[] } {
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
    for (const file of listMarkdown(join(siteDir, 'content', COLLECTIONS[name].folder))) {
      const result = readEntry(name, file, siteDir, root);
      problems.push(...result.problems);
      if (result.entry) entries.push(result.entry);
    }
  }
  problems.push(...oldPathProblems(entries, root));
  return { site, entries, problems };
}

/** Two entries cannot claim one path of the old portal: its redirect leads to one page. */
function oldPathProblems(entries: Entry[], root: string): Problem[] {
  const owners = new Map<string, Entry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const paths = Array.isArray(entry.data.oldPaths) ? (entry.data.oldPaths as string[]) : [];
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
