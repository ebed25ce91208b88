/**
 * Field builders shared by every collection and by the site config.
 *
 * Every field carries its editor-facing metadata (`title` = Vietnamese label,
 * `description` = Vietnamese hint, `en` = English label) through Zod's `.meta()`,
 * so the Decap CMS config, the error messages and the docs are derived from
 * one place. Every string is trimmed and normalised to Unicode NFC, because
 * decomposed (NFD) text breaks enums and search ranking.
 */
import { z } from 'astro/zod';
import { checkUrlPath, PATH_ISSUES } from './paths.ts';
import { isSchoolYear, SCHOOL_YEAR_PATTERN } from './calendar.ts';
import { ATTACHMENT_EXTENSIONS } from './file-types.ts';

/** Editor-facing metadata attached to a field. */
export interface FieldMeta {
  /** Vietnamese label shown in the CMS and in error messages. */
  title: string;
  /** English label, used in the English half of error messages. */
  en: string;
  /** Vietnamese hint shown under the field in the CMS. */
  description?: string;
  /** Decap widget override (e.g. `markdown`, `text`, `hidden`). */
  widget?: string;
  /** Example value, quoted in error messages as the fix. */
  example?: string;
  /** Human-readable labels for enum values, keyed by value. */
  options?: Record<string, string>;
  /** Marks fields the CMS should use as the list summary. */
  summary?: boolean;
}

/**
 * Invisible characters a title has no use for: bidi embeddings, overrides and
 * isolates (U+202A–202E, U+2066–2069), which reverse the text after them wherever
 * the title is shown (a list, the tab title with the school's name, a Phòng's page
 * of member news), and zero-width spaces, word joiners and stray BOMs pasted from
 * Word or the web. The zero-width joiner stays: emoji such as 👨‍👩‍👧‍👦 are made with it.
 */
const INVISIBLE_CONTROLS = /[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;

/** NFC, trimmed, without invisible controls: every single-line text field goes through it. */
export function nfc(value: unknown): unknown {
  return typeof value === 'string' ? value.normalize('NFC').replace(INVISIBLE_CONTROLS, '').trim() : value;
}

/** Deeply NFC-normalises every string of a parsed frontmatter object. */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(nfcDeep) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfcDeep(v)])) as T;
  }
  return value;
}

export function text(meta: FieldMeta, opts: { max?: number } = {}) {
  let base = z.string().min(1);
  if (opts.max) base = base.max(opts.max);
  return z.preprocess(nfc, base).meta({ ...meta });
}

export function optionalText(meta: FieldMeta, opts: { max?: number } = {}) {
  let base = z.string();
  if (opts.max) base = base.max(opts.max);
  return z
    .preprocess(nfc, base)
    .optional()
    .meta({ ...meta });
}

/** A select field; `options` maps each stored value to its Vietnamese label. */
export function choice<const T extends readonly [string, ...string[]]>(
  values: T,
  meta: FieldMeta & { options: Record<T[number], string> },
) {
  return z.preprocess(nfc, z.enum(values)).meta({ ...meta });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` strictly: 2025-02-30 is rejected, not rolled over. */
export function parseIsoDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return undefined;
  }
  return date;
}

/** A calendar date, stored as `YYYY-MM-DD` (the CMS shows DD/MM/YYYY). */
export function date(meta: FieldMeta) {
  return z
    .custom<Date>((v) => parseIsoDate(v) !== undefined, { error: 'invalid_date' })
    .transform((v) => parseIsoDate(v) as Date)
    .meta({ example: '2025-09-05', ...meta, widget: 'date' });
}

export function optionalDate(meta: FieldMeta) {
  return date(meta)
    .optional()
    .meta({ example: '2025-09-05', ...meta, widget: 'date' });
}

/** School year "2025-2026": two consecutive years. */
export function schoolYear(meta: FieldMeta = { title: 'Năm học', en: 'School year' }) {
  return z
    .preprocess(nfc, z.string().regex(SCHOOL_YEAR_PATTERN).refine(isSchoolYear))
    .meta({ example: '2025-2026', description: 'Ghi theo dạng 2025-2026.', ...meta });
}

export function email(meta: FieldMeta) {
  return z.preprocess(nfc, z.email()).meta({ example: 'c2nguyendu@hcm.edu.vn', ...meta });
}

/** Vietnamese phone numbers: digits, spaces, dots, an optional +84 and an extension. */
export const PHONE_PATTERN = /^(\+84|0)[\d .()-]{8,14}( ?(máy lẻ|ext\.?) ?\d{1,5})?$/u;

export function phone(meta: FieldMeta) {
  return z.preprocess(nfc, z.string().regex(PHONE_PATTERN)).meta({ example: '028 3829 1234', ...meta });
}

export function url(meta: FieldMeta) {
  return z.preprocess(nfc, z.url({ protocol: /^https?$/ })).meta({ example: 'https://tuyensinh.hcm.edu.vn', ...meta });
}

/**
 * A link that renders on every page: an absolute `https:`/`http:` address or a path of
 * the portal itself (`/…`). Nothing else: `javascript:` and `data:` run script, `//host`
 * and `/\host` are other sites in disguise (browsers read `\` as `/`), and control
 * characters let `java\tscript:` slip past a scheme check. No flags: the CMS copies the
 * pattern's source, so it refuses exactly what the build refuses.
 */
export const SITE_LINK_PATTERN =
  /^(?:https?:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:[/?#][^\s\\\x00-\x1f\x7f]*)?|\/(?![/\\])[^\s\\\x00-\x1f\x7f]*)$/;

export function siteLink(meta: FieldMeta & { example: string }) {
  return z.preprocess(nfc, z.string().regex(SITE_LINK_PATTERN)).meta({
    ...meta,
    description:
      'Địa chỉ đầy đủ bắt đầu bằng https:// (hoặc http://), hoặc đường dẫn trong cổng bắt đầu bằng một dấu /, ví dụ /tin-tuc/.',
  });
}

export { ATTACHMENT_EXTENSIONS };

/**
 * Attachments are served from the site's `public/tep/` folder; no `..`, `//` or
 * `/.` step, so the path cannot leave it (validate.ts also follows symlinks).
 */
export const ATTACHMENT_PATTERN = new RegExp(
  `^/tep/(?!.*(?:\\.\\.|//|/\\.))[a-z0-9][a-z0-9._/-]*\\.(${ATTACHMENT_EXTENSIONS.join('|')})$`,
);

const attachmentPolicy = pathPolicy({
  vi: 'tải tệp lên lại bằng nút «Chọn tệp» (tệp được lưu vào public/tep).',
  en: 'upload the file again with «Chọn tệp» (it is saved in public/tep).',
});

export function attachment() {
  return z
    .object({
      title: text({ title: 'Tên tệp', en: 'File title', example: 'Toàn văn công văn' }),
      file: z.preprocess(nfc, z.string().superRefine(attachmentPolicy).regex(ATTACHMENT_PATTERN)).meta({
        title: 'Tệp đính kèm',
        en: 'Attached file',
        widget: 'file',
        example: '/tep/cv-125-thcs.pdf',
        description: `Chỉ nhận tệp ${ATTACHMENT_EXTENSIONS.join(', ')}.`,
      }),
    })
    .meta({ title: 'Tệp đính kèm', en: 'Attachment' });
}

export function attachments(meta: FieldMeta = { title: 'Tệp đính kèm', en: 'Attachments' }, min = 0) {
  return z
    .array(attachment())
    .min(min)
    .default([])
    .meta({ ...meta });
}

/** Astro's `image()` helper, or a stand-in with the same contract outside Astro. */
export type ImageFn = () => z.ZodType;

/** An image with its required alternative text (TT 32/2017 Đ18, WCAG 1.1.1). */
export function figure(image: ImageFn, meta: FieldMeta) {
  return z
    .object({
      src: image().meta({ title: 'Ảnh', en: 'Image', widget: 'image', example: '../../media/anh-khai-giang.jpg' }),
      alt: text(
        {
          title: 'Mô tả ảnh (văn bản thay thế)',
          en: 'Alt text',
          description: 'Tả ngắn gọn nội dung ảnh cho người không xem được ảnh, ví dụ "Học sinh lớp 6A chào cờ".',
          example: 'Học sinh lớp 6A dự lễ khai giảng',
        },
        { max: 250 },
      ),
      caption: optionalText({ title: 'Chú thích', en: 'Caption' }),
    })
    .meta({ ...meta });
}

export function draft() {
  return z.boolean().default(false).meta({
    title: 'Bản nháp (chưa đăng)',
    en: 'Draft',
    description: 'Bật để giữ bài ở dạng nháp: bài không xuất hiện trên cổng.',
    widget: 'boolean',
  });
}

/**
 * A path of the school's old portal: starts with "/", no host, no query string (a
 * static host cannot tell `?id=1` from `?id=2`), no segment starting with "." (no
 * `..`, no `.well-known`), and none of the encodings that hide one: `%2e` (.),
 * `%2f` (/), `%5c` (\), `%25` (%, double encoding), control characters; nor a
 * folder the build writes or a file's address (BUILD_FOLDERS, FILE_ADDRESS below,
 * lower case: only those names collide). Decap uses this source without flags,
 * hence the spelled-out letter cases.
 */
export const OLD_PATH_PATTERN =
  /^(?!.*\/\.)(?!.*%(?:2[eEfF5]|5[cC]|[01][0-9a-fA-F]|7[fF]))(?!\/(?:admin|_astro|pagefind|api)(?:\/|$))(?!.*\.(?:xml|txt|ico|webmanifest|json|js|css|map|ya?ml|png|jpe?g|gif|webp|avif|svg|pdf|docx?|xlsx?|pptx?|odt|ods|rtf|csv|mp4|webm)\/?$)\/(?!\/)[^\s?#"'<>\\\x00-\x1f\x7f]*$/;

/**
 * Where the build writes files of its own: the admin, Astro's assets, the search
 * index, the liên thông API. A redirect page there would turn one of those files
 * into a folder (the build then stops on a system error that names no entry) or sit
 * among them; the real files must win. Attachments (/tep/) and videos (/video/)
 * collide only by a file's address, which FILE_ADDRESS refuses, so an old portal's
 * /video/… pages can still be redirected.
 */
const BUILD_FOLDERS = /^\/(admin|_astro|pagefind|api)(?:\/|$)/;
/**
 * An address of a file rather than a page (the sitemap, robots.txt, the RSS feeds,
 * icons, photos, attachments): a static host answers it with that file or "not
 * found", never with a redirect page, and the new site may hold a file of that name.
 */
const FILE_ADDRESS =
  /\.(xml|txt|ico|webmanifest|json|js|css|map|ya?ml|png|jpe?g|gif|webp|avif|svg|pdf|docx?|xlsx?|pptx?|odt|ods|rtf|csv|mp4|webm)\/?$/;

/** An old path the redirect pages cannot serve, said precisely (the pattern above says it for the CMS). */
function oldPathPlace(value: string, ctx: z.RefinementCtx): void {
  const folder = BUILD_FOLDERS.exec(value)?.[1];
  const file = FILE_ADDRESS.exec(value)?.[1];
  if (!folder && !file) return;
  const why = folder
    ? {
        vi: `nằm trong thư mục /${folder}/ mà cổng mới dùng cho tệp của chính nó`,
        en: `lies in /${folder}/, which the new portal uses for its own files`,
      }
    : {
        vi: `là địa chỉ của một tệp .${file}, không phải một trang: trang chuyển hướng không thay được tệp`,
        en: `is the address of a .${file} file, not a page: a redirect page cannot stand in for a file`,
      };
  ctx.addIssue({
    code: 'custom',
    continue: false,
    message: `"${value}" ${why.vi}. Cách sửa: xoá đường dẫn này; chỉ ghi địa chỉ các trang (bài viết) của cổng cũ. | "${value}" ${why.en}. Fix: remove this path; list only the old portal's page (article) addresses.`,
  });
}

/**
 * The path policy (paths.ts) on the decoded value, for what a pattern cannot see
 * (`%252e`, invalid encodings) and to say precisely what is wrong; it stops the
 * check before the pattern, whose message would only say "wrong format".
 */
function pathPolicy(fix: { vi: string; en: string }) {
  return (value: string, ctx: z.RefinementCtx) => {
    const checked = checkUrlPath(value);
    if (!('issue' in checked)) return;
    const why = PATH_ISSUES[checked.issue];
    ctx.addIssue({
      code: 'custom',
      continue: false,
      message: `"${value}" ${why.vi}. Cách sửa: ${fix.vi} | "${value}" ${why.en}. Fix: ${fix.en}`,
    });
  };
}

const oldPathPolicy = pathPolicy({
  vi: 'chép đường dẫn từ thanh địa chỉ của cổng cũ: bắt đầu bằng /, không có đoạn . hay .. và không mã hoá hai lần.',
  en: "copy the path from the old portal's address bar: starting with /, with no . or .. segment and no double encoding.",
});

/** Where an entry lived on the old portal; the build leaves a redirect page at each path. */
export function oldPaths() {
  return z
    .array(
      z.preprocess(nfc, z.string().superRefine(oldPathPolicy).superRefine(oldPathPlace).regex(OLD_PATH_PATTERN)).meta({
        title: 'Đường dẫn cũ',
        en: 'Old path',
        example: '/tin-tuc-su-kien/hoat-dong/le-khai-giang-nam-hoc-moi.html',
      }),
    )
    .default([])
    .meta({
      title: 'Đường dẫn trên cổng cũ',
      en: 'Paths on the old portal',
      description:
        'Địa chỉ của bài này trên cổng cũ, bắt đầu bằng / và không có tên miền, ví dụ /tin-tuc-su-kien/hoat-dong/le-khai-giang.html. Ai mở địa chỉ cũ sẽ được chuyển đến bài này.',
    });
}

export function order(meta: FieldMeta = { title: 'Thứ tự hiển thị', en: 'Display order' }) {
  return z
    .number()
    .int()
    .min(0)
    .default(100)
    .meta({ ...meta, widget: 'number' });
}
