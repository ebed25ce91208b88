/**
 * What a downloaded attachment must be before it is published: an allowed type
 * (content-schemas/file-types.ts), within the size limit, and really that type: a
 * mirror often holds the old portal's HTML error page saved under a `.pdf` name.
 */
import { ATTACHMENT_EXTENSIONS, IMAGE_EXTENSIONS, extensionOf } from '../../../content-schemas/file-types.ts';

export const DEFAULT_LIMITS = {
  /** Largest attachment, bytes; bigger ones are reported for an editor to compress or split. */
  attachmentBytes: 20 * 1024 * 1024,
  /** Largest original photo read; phone photos are 3–8 MB, so this leaves room. */
  imageBytes: 25 * 1024 * 1024,
  /** Largest HTML page read. */
  pageBytes: 5 * 1024 * 1024,
};

export type Limits = typeof DEFAULT_LIMITS;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  return (
    head.startsWith('<!doctype') ||
    head.startsWith('<html') ||
    head.startsWith('<?xml') ||
    head.startsWith('<head') ||
    head.startsWith('<script')
  );
}

/** NUL bytes in what should be text: a program or an image renamed; Notepad's UTF-16 (with its mark) is text. */
function isBinary(bytes: Uint8Array): boolean {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16 && Buffer.from(bytes.subarray(0, 8192)).includes(0);
}

/** Undefined when the bytes may be published as an attachment of this extension, else why not (vi, en). */
export function attachmentRefusal(
  name: string,
  bytes: Uint8Array,
  limits: Limits = DEFAULT_LIMITS,
): { vi: string; en: string } | undefined {
  const ext = extensionOf(name);
  if (!(ATTACHMENT_EXTENSIONS as readonly string[]).includes(ext)) {
    return {
      vi: `loại tệp «.${ext || '?'}» không được đăng (chỉ nhận ${ATTACHMENT_EXTENSIONS.join(', ')})`,
      en: `file type ".${ext || '?'}" may not be published (only ${ATTACHMENT_EXTENSIONS.join(', ')})`,
    };
  }
  if (bytes.length > limits.attachmentBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return {
      vi: `tệp nặng ${mb(bytes.length).replace('.', ',')} MB, quá giới hạn ${mb(limits.attachmentBytes).replace('.', ',')} MB`,
      en: `the file weighs ${mb(bytes.length)} MB, over the ${mb(limits.attachmentBytes)} MB limit`,
    };
  }
  const wrong =
    (ext === 'pdf' && !Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) ||
    (['docx', 'xlsx', 'pptx', 'odt', 'ods'].includes(ext) && !startsWith(bytes, ZIP)) ||
    (['doc', 'xls'].includes(ext) && !startsWith(bytes, OLE) && !startsWith(bytes, ZIP)) ||
    (ext === 'rtf' && !Buffer.from(bytes.subarray(0, 5)).toString('latin1').startsWith('{\\rtf')) ||
    (['txt', 'csv'].includes(ext) && (looksLikeHtml(bytes) || isBinary(bytes)));
  if (wrong) {
    return {
      vi: `nội dung không phải tệp .${ext} thật (thường là trang báo lỗi của cổng cũ lưu nhầm tên)`,
      en: `the content is not a real .${ext} file (usually the old portal's error page saved under that name)`,
    };
  }
  return undefined;
}

export function isImageName(name: string): boolean {
  return (IMAGE_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

export function isAttachmentName(name: string): boolean {
  return (ATTACHMENT_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}
