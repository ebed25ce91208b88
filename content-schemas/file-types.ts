/**
 * Which files a school's folders may hold, in one place for the build
 * (public-files.ts, validate.ts) and the admin (themes/cong-truong/admin/
 * upload-guard.ts). No imports, so the admin bundle can take it as is.
 */

/** Photos, under `sites/<id>/media/`; the build optimises them. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;

/** File types a state portal may publish (regulations decision 4, TT 39/2017 items 3.4–3.6), under `public/tep/`. */
export const ATTACHMENT_EXTENSIONS = [
  'pdf',
  'docx',
  'doc',
  'odt',
  'rtf',
  'txt',
  'xlsx',
  'xls',
  'ods',
  'csv',
  'pptx',
] as const;

/**
 * A school's own video clips, under `public/video/`, published at `/video/<tên>`
 * and played in the page (`<video preload="none">`). YouTube and Facebook videos
 * are linked instead (themes/cong-truong/lib/markdown-plugins/video-link.ts).
 * MP4 (H.264) and WebM play in every current browser without a plug-in.
 */
export const VIDEO_EXTENSIONS = ['mp4', 'webm'] as const;

/**
 * What the admin may upload into each folder of a site. `public/` takes only a
 * PNG logo (Cài đặt cổng → Biểu trưng): an SVG logo can carry script, so it is
 * checked by the build (svg-logo.ts) and placed by whoever runs the site.
 */
export const UPLOAD_FOLDERS = {
  media: { extensions: IMAGE_EXTENSIONS, vi: 'thư mục ảnh (media)', what: 'ảnh' },
  'public/tep': { extensions: ATTACHMENT_EXTENSIONS, vi: 'thư mục tệp đính kèm (public/tep)', what: 'tệp đính kèm' },
  'public/video': { extensions: VIDEO_EXTENSIONS, vi: 'thư mục video (public/video)', what: 'video' },
  public: { extensions: ['png'], vi: 'thư mục biểu trưng (public)', what: 'biểu trưng' },
} as const satisfies Record<string, { extensions: readonly string[]; vi: string; what: string }>;

export type UploadFolder = keyof typeof UPLOAD_FOLDERS;

/** The lower-case extension without its dot; '' for none or for a dotfile such as `.htaccess`. */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** `sites/<id>/public/tep/x.pdf` → `public/tep`: the upload folder a repository path is in, if any. */
export function uploadFolderOf(path: string): UploadFolder | undefined {
  const match = /(?:^|\/)(media|public\/tep|public\/video|public)\/[^/]+$/.exec(path);
  return match ? (match[1] as UploadFolder) : undefined;
}

/**
 * Where an upload is written. Decap puts every file picked in its media library
 * into the site's media folder (it ignores a `media_folder` on an editor
 * component's field); a video belongs in `public/video/`, which the site publishes
 * at `/video/`, so the admin writes it there (upload-guard.ts).
 */
export function uploadPathFor(path: string): string {
  const match = /^(.*\/)?media\/([^/]+)$/.exec(path);
  if (!match || !(VIDEO_EXTENSIONS as readonly string[]).includes(extensionOf(match[2] ?? ''))) return path;
  return `${match[1] ?? ''}public/video/${match[2]}`;
}

/**
 * Why the admin must not write this file (Vietnamese, for the editor), or
 * undefined when it may. Anything outside the three folders is refused.
 */
export function uploadRefusal(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const folder = uploadFolderOf(path);
  const rule = folder ? UPLOAD_FOLDERS[folder] : undefined;
  const ext = extensionOf(name);
  if (rule && !path.split('/').includes('..') && (rule.extensions as readonly string[]).includes(ext)) return undefined;
  const where = rule
    ? `${rule.vi} chỉ nhận ${rule.what} ${rule.extensions.join(', ')}`
    : 'chỉ được tải tệp vào thư mục ảnh hoặc thư mục tệp đính kèm';
  const fix =
    ext && (ATTACHMENT_EXTENSIONS as readonly string[]).includes(ext)
      ? 'tải văn bản bằng nút «Chọn tệp» của mục Tệp đính kèm'
      : ext && (IMAGE_EXTENSIONS as readonly string[]).includes(ext)
        ? 'tải ảnh bằng nút «Chọn ảnh»'
        : ext && (VIDEO_EXTENSIONS as readonly string[]).includes(ext)
          ? 'chèn video bằng nút «Video» của trình soạn thảo'
          : 'chuyển văn bản sang PDF, ảnh sang JPG hoặc PNG, rồi tải lên lại';
  return `Không tải lên tệp «${name}»: ${where}, vì loại tệp khác có thể chạy mã độc trên cổng. Cách sửa: ${fix}.`;
}
