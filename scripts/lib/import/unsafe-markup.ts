/**
 * What a post's HTML carried that could run code or reach another website from the
 * new portal: scripts, event handlers (`onclick=`), `javascript:`/`vbscript:` links,
 * frames and embeds, inline SVG, a `<base href>` pointing elsewhere, `srcset` photos on
 * another host. The site's allow-list removes all of it (to-markdown.ts); this counts
 * what was removed, so the report can say so to the editor instead of staying silent.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Words } from './types.ts';

export type UnsafeKind =
  'script' | 'handler' | 'script-link' | 'frame' | 'svg' | 'style' | 'foreign-base' | 'foreign-srcset' | 'form';

export type UnsafeCounts = Partial<Record<UnsafeKind, number>>;

const WORDS: Record<UnsafeKind, Words> = {
  script: { vi: 'thẻ <script>', en: '<script> element' },
  handler: { vi: 'thuộc tính sự kiện (on…=)', en: 'event handler attribute (on…=)' },
  'script-link': { vi: 'liên kết javascript:/vbscript:/data:', en: 'javascript:/vbscript:/data: link' },
  frame: { vi: 'khung nhúng (iframe, object, embed)', en: 'embedded frame (iframe, object, embed)' },
  svg: { vi: 'hình SVG nhúng', en: 'inline SVG' },
  style: { vi: 'thẻ <style>', en: '<style> element' },
  'foreign-base': { vi: '<base href> trỏ sang trang web khác', en: '<base href> pointing to another website' },
  'foreign-srcset': { vi: 'ảnh srcset ở trang web khác', en: 'srcset photo on another website' },
  form: { vi: 'biểu mẫu (form)', en: 'form' },
};

const SCRIPT_URL = /^\s*(javascript|vbscript|data|livescript)\s*:/i;
const URL_PROPS = new Set(['href', 'src', 'action', 'formAction', 'xLinkHref', 'dataSrc']);
const FRAME = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet']);

/** Browsers drop tabs, newlines and controls from a URL: "java\tscript:" runs as "javascript:". */
function isScriptUrl(value: string): boolean {
  const squeezed = value.replace(/[\u0000-\u0020]/g, '');
  return SCRIPT_URL.test(squeezed) && !/^data:image\//i.test(squeezed);
}

export function addUnsafe(counts: UnsafeCounts, kind: UnsafeKind, n = 1): void {
  if (n > 0) counts[kind] = (counts[kind] ?? 0) + n;
}

/** Hosts named by a `srcset` value ("a.jpg 1x, https://x/b.jpg 2x") other than `host`. */
function foreignSrcset(value: unknown, base: URL): number {
  const list = Array.isArray(value) ? value.join(',') : String(value ?? '');
  return list
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean)
    .filter((src) => {
      try {
        return new URL(src, base).host !== base.host;
      } catch {
        return false;
      }
    }).length;
}

/** Counts the unsafe parts of a content tree before the allow-list removes them. */
export function unsafeIn(tree: Root, base: URL): UnsafeCounts {
  const counts: UnsafeCounts = {};
  visit(tree, 'element', (node) => {
    const tag = node.tagName.toLowerCase();
    if (tag === 'script') addUnsafe(counts, 'script');
    else if (tag === 'style') addUnsafe(counts, 'style');
    else if (tag === 'svg') addUnsafe(counts, 'svg');
    else if (tag === 'form') addUnsafe(counts, 'form');
    else if (FRAME.has(tag)) addUnsafe(counts, 'frame');
    for (const [name, value] of Object.entries(node.properties ?? {})) {
      const text = String(value);
      if (/^on[a-z]/i.test(name)) addUnsafe(counts, 'handler');
      else if (name === 'srcSet') addUnsafe(counts, 'foreign-srcset', foreignSrcset(value, base));
      // A photo pasted as data:image is brought over as a file (assets.ts), not code.
      else if (URL_PROPS.has(name) && isScriptUrl(text)) addUnsafe(counts, 'script-link');
    }
  });
  return counts;
}

export function mergeUnsafe(a: UnsafeCounts, b: UnsafeCounts | undefined): UnsafeCounts {
  const out = { ...a };
  for (const [kind, n] of Object.entries(b ?? {})) addUnsafe(out, kind as UnsafeKind, n);
  return out;
}

/** "đã gỡ 2 thẻ <script>, 1 thuộc tính sự kiện (on…=)" for the report, or undefined when nothing was found. */
export function unsafeWords(counts: UnsafeCounts): Words | undefined {
  const found = (Object.keys(WORDS) as UnsafeKind[]).filter((k) => (counts[k] ?? 0) > 0);
  if (!found.length) return undefined;
  const list = (lang: keyof Words) => found.map((k) => `${counts[k]} ${WORDS[k][lang]}`).join(', ');
  return {
    vi: `bài trên cổng cũ có mã có thể chạy hoặc tải từ trang khác; đã gỡ: ${list('vi')}. Xem lại bài xem còn đủ nội dung không`,
    en: `the old post carried code or references to other websites; removed: ${list('en')}. Check the entry still says all it should`,
  };
}
