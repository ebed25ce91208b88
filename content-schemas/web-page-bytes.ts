/**
 * Whether a file's first bytes would be read as a web page. A browser that gets a
 * file without a usable type (a host that knows no type for `.ods` or `.rtf`, a
 * misconfigured server) sniffs it, and markup found at the start becomes a page
 * that runs on the portal's own origin, next to /admin/ and the editor's Git token.
 * So an attachment or a video whose bytes are HTML, XML or SVG is refused, whatever
 * its name says (a "video" saved from a web page, a renamed `.html`).
 * The patterns are the HTML and XML ones of the WHATWG MIME Sniffing standard
 * (https://mimesniff.spec.whatwg.org/#identifying-a-resource-with-an-unknown-mime-type),
 * plus `<svg`. No imports: the admin bundle takes this file as is.
 */

/** Enough of the start of a file for the check (the standard reads up to 1445 bytes). */
export const WEB_PAGE_HEAD_BYTES = 1445;

const TAGS = [
  '!doctype html',
  'html',
  'head',
  'script',
  'iframe',
  'h1',
  'div',
  'font',
  'table',
  'a',
  'style',
  'title',
  'b',
  'body',
  'br',
  'p',
  'svg',
  '!--',
];

const isSpace = (byte: number) => byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x20;

/** The bytes as text, without a byte-order mark: UTF-16 is read as such, anything else as Latin-1. */
function headText(head: Uint8Array): string {
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  let text = '';
  for (let i = start; i < head.length; i++) text += String.fromCharCode(head[i]!);
  return text;
}

/** True when a browser sniffing `head` (the file's first bytes) would take it for HTML or XML. */
export function looksLikeWebPage(head: Uint8Array): boolean {
  const text = headText(head);
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const rest = text.slice(i, i + 20).toLowerCase();
  if (rest.startsWith('<?xml')) return true;
  return TAGS.some((tag) => {
    if (!rest.startsWith(`<${tag}`)) return false;
    const after = rest.charCodeAt(tag.length + 1);
    // `<!--` needs no terminator; a tag name must end with a space or `>` (`<applet` is not `<a`).
    return tag === '!--' || after === 0x3e || isSpace(after) || after === 0x2f;
  });
}
