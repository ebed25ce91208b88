/**
 * What the site will not show from a Markdown body, for the admin's preview
 * notice and its save check. The site's pipeline (../markdown.ts) sanitises
 * before raw HTML is parsed, so **every** HTML tag typed into a body is dropped:
 * inline tags lose their formatting and keep their text, an HTML block (a
 * `<table>…</table>` typed in Markdown mode) loses its text too. Links and images
 * keep only the protocols of the sanitiser's allow-list (`sanitizeSchema`, one
 * source). Each finding has a kind, the Vietnamese wording and what the save does:
 *
 * - `refuse`: something would be lost or is unsafe, and the editor can fix it in
 *   a click: script, event handlers, iframes/embeds (use «Video»), `javascript:`
 *   links, HTML blocks whose text would vanish;
 * - `warn`: only formatting is lost and the text stays (`<b>`, `<font>`, `style`,
 *   `<span>` from Word): refusing would block a teacher for nothing visible.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Parents } from 'mdast';
import { sanitizeSchema } from '../sanitize.ts';

export type DroppedKind = 'script' | 'handler' | 'embed' | 'unsafe-link' | 'html-block' | 'style' | 'font' | 'html';

export interface Dropped {
  kind: DroppedKind;
  action: 'refuse' | 'warn';
  /** Vietnamese, for the editor: what will not appear and how to fix it. */
  vi: string;
  /** What was found, e.g. `<iframe>`, `javascript:alert(1)`. */
  samples: string[];
}

const WORDING: Record<DroppedKind, { action: Dropped['action']; vi: string }> = {
  script: { action: 'refuse', vi: 'mã chạy (<script>) không bao giờ được đăng; hãy xoá đoạn mã đó' },
  handler: { action: 'refuse', vi: 'thuộc tính chạy mã (onclick, onerror…) bị bỏ; hãy xoá đoạn HTML đó' },
  embed: {
    action: 'refuse',
    vi: 'khung nhúng (iframe, embed, object) không hiện trên cổng; video YouTube, Facebook hãy chèn bằng nút «Video»',
  },
  'unsafe-link': {
    action: 'refuse',
    vi: 'liên kết không phải http, https, mailto hay tel (ví dụ javascript:) bị bỏ; hãy sửa thành địa chỉ trang web',
  },
  'html-block': {
    action: 'refuse',
    vi: 'khối HTML viết tay bị bỏ cả chữ bên trong; hãy chuyển về chế độ soạn thảo thường và dán lại nội dung (bảng dán từ Word được giữ)',
  },
  style: { action: 'warn', vi: 'định dạng kiểu (style: màu, cỡ chữ) không hiện, chữ vẫn giữ' },
  font: { action: 'warn', vi: 'thẻ phông chữ (<font>) không hiện, chữ vẫn giữ' },
  html: {
    action: 'warn',
    vi: 'thẻ HTML viết tay không hiện (chỉ định dạng bằng các nút của trình soạn thảo), chữ vẫn giữ',
  },
};

const EMBEDS = new Set(['iframe', 'embed', 'object', 'frame', 'frameset', 'applet']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** Kinds found in one piece of raw HTML. */
function htmlKinds(value: string, block: boolean): [DroppedKind, string][] {
  const found: [DroppedKind, string][] = [];
  let hasTag = false;
  for (const [, closing, rawName = '', attrs = ''] of value.matchAll(TAG)) {
    hasTag = true;
    if (closing) continue;
    const name = rawName.toLowerCase();
    if (name === 'script') found.push(['script', '<script>']);
    else if (EMBEDS.has(name)) found.push(['embed', `<${name}>`]);
    else if (name === 'font') found.push(['font', '<font>']);
    else if (name === 'style') found.push(['style', '<style>']);
    else found.push(['html', `<${name}>`]);
    for (const [, attr = ''] of attrs.matchAll(/\s(on[a-z]+)\s*=/gi)) found.push(['handler', attr.toLowerCase()]);
    if (/\sstyle\s*=/i.test(attrs)) found.push(['style', 'style="…"']);
    for (const [, url = ''] of attrs.matchAll(/\s(?:href|src|action)\s*=\s*["']?\s*([a-z][\w+.-]*:[^"'\s>]*)/gi))
      if (!isAllowedUrl(url, 'href')) found.push(['unsafe-link', url]);
  }
  // A block loses its text as well: worth a refusal only when it has text (a lone comment loses nothing).
  if (
    block &&
    hasTag &&
    value
      .replace(TAG, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .trim()
  )
    found.push(['html-block', value.trim().split('\n')[0]?.slice(0, 40) ?? '']);
  return found;
}

/** Whether the sanitiser keeps this URL (relative URLs always). */
export function isAllowedUrl(url: string, attribute: 'href' | 'src'): boolean {
  const protocol = /^\s*([a-z][\w+.-]*):/i.exec(url.replace(/[\u0000-\u001f\s]+/g, ''))?.[1]?.toLowerCase();
  if (!protocol) return true;
  const list = (sanitizeSchema.protocols?.[attribute] ?? []) as string[];
  return list.includes(protocol);
}

function visit(node: Nodes, parent: Parents | undefined, out: [DroppedKind, string][]): void {
  if (node.type === 'html') {
    const block = !parent || parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem';
    out.push(...htmlKinds(node.value, block));
  }
  if ((node.type === 'link' || node.type === 'definition') && !isAllowedUrl(node.url, 'href'))
    out.push(['unsafe-link', node.url]);
  if (
    (node.type === 'image' || node.type === 'imageReference') &&
    'url' in node &&
    !isAllowedUrl(String(node.url), 'src')
  )
    out.push(['unsafe-link', String(node.url)]);
  if ('children' in node) for (const child of node.children) visit(child, node, out);
}

/** Everything in `markdown` the site will not show, one entry per kind, refusals first. */
export function droppedFromMarkdown(markdown: string): Dropped[] {
  if (!markdown.includes('<') && !markdown.includes(':')) return [];
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const found: [DroppedKind, string][] = [];
  visit(tree, undefined, found);
  const byKind = new Map<DroppedKind, Set<string>>();
  for (const [kind, sample] of found) byKind.set(kind, (byKind.get(kind) ?? new Set()).add(sample));
  return [...byKind]
    .map(([kind, samples]) => ({ kind, ...WORDING[kind], samples: [...samples].slice(0, 5) }))
    .sort((a, b) => Number(a.action === 'warn') - Number(b.action === 'warn'));
}

/** One line per finding, e.g. `khung nhúng (…) (<iframe>)`. */
export function describeDropped(found: Dropped[]): string[] {
  return found.map((f) => `${f.vi} (${f.samples.join(', ')})`);
}
