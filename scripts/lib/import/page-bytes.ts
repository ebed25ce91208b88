/**
 * What a crawled answer really is, from its bytes rather than its headers: old portals
 * send HTML as `text/plain` or `application/octet-stream`, and a hostile one sends an
 * image or a program as `text/html`. A page is kept only when its bytes are markup.
 */
import type { Words } from './types.ts';

/** The charset a Content-Type header names (`text/html; charset=windows-1258`), lower-case. */
export function headerCharset(contentType: string): string | undefined {
  return /charset\s*=\s*["']?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase();
}

/** Bytes that are text markup: no NUL byte and a tag near the start. */
export function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096));
  if (head.includes(0)) return false;
  return /<(!doctype|html|head|body|meta|title|div|p|table|a)[\s>]/i.test(head.toString('latin1'));
}

/** Why an answer at a page address is not a page, or undefined when it is one. */
export function notAPage(bytes: Uint8Array, contentType: string): Words | undefined {
  if (looksLikeMarkup(bytes)) return undefined;
  const said = contentType.split(';')[0]?.trim() || 'không ghi / none';
  return {
    vi: `không phải trang HTML (máy chủ ghi kiểu «${said}», nội dung không phải HTML), không nhập`,
    en: `not an HTML page (the server said "${said}", the bytes are not HTML), not imported`,
  };
}
