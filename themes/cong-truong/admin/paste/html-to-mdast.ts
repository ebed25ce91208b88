/**
 * Pasted HTML (Word, Excel, a web page) → Markdown tree, the way the site can
 * show it. Decap 3's own paste handler (decap-cms-widget-markdown
 * `plugins/html/withHtml.js`) knows no TABLE/TR/TD/TH and skips `<b>` ("Google
 * Docs uses <b> in weird ways"), so a pasted table arrives as its cell texts run
 * together in one paragraph, and an `<iframe>` vanishes without a word. Here
 * hast-util-to-mdast does the work: tables become GFM tables (merged cells are
 * padded with empty ones, line breaks in a cell become spaces), `<b>`/`<strong>`
 * bold, headings, lists and links stay; a YouTube or Facebook player becomes the
 * «Video» component (a link card on the site); what cannot appear is reported.
 * Pure: hast in, tree and notices out (paste-handler.ts feeds it from the DOM).
 */
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { Root, RootContent, Text } from 'mdast';
import { toMdast, type State } from 'hast-util-to-mdast';
import { visit, SKIP } from 'unist-util-visit';
import { videoTarget } from '../../lib/markdown-plugins/video-link.ts';
import { isAllowedUrl } from '../../lib/markdown-plugins/dropped.ts';

export interface PasteResult {
  tree: Root;
  /** Vietnamese, one line per thing changed or left out. */
  notices: string[];
}

const EMBEDS = new Set(['iframe', 'embed', 'object', 'video', 'audio']);
const IGNORED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'meta',
  'link',
  'title',
]);

/** The «Video» component's node in Decap's Markdown tree (remarkSlate turns it into its Slate block). */
function videoShortcode(title: string, href: string): RootContent {
  const own = href.startsWith('/video/');
  return {
    type: 'shortcode',
    data: { shortcode: 'video', shortcodeData: { title, url: own ? '' : href, file: own ? href : '' } },
  } as unknown as RootContent;
}

function attr(node: Element, name: string): string {
  const value = node.properties[name];
  return typeof value === 'string' ? value : Array.isArray(value) ? value.join(' ') : '';
}

function embedHandler(notes: Set<string>) {
  return (_state: State, node: Element): RootContent | undefined => {
    const src = attr(node, 'src') || attr(node, 'data');
    const target = src ? videoTarget(src) : undefined;
    if (target && target.kind !== 'file') {
      notes.add(
        'Khung video YouTube/Facebook đã được đổi thành mục «Video»: cổng hiện tiêu đề và nút mở video, không nhúng trình phát của bên ngoài (không theo dõi người xem).',
      );
      return videoShortcode(attr(node, 'title') || 'Video', target.url);
    }
    notes.add(
      'Khung nhúng (iframe, embed) từ trang khác không được đăng nên đã bỏ; video YouTube, Facebook hãy chèn bằng nút «Video».',
    );
    return undefined;
  };
}

function imageHandler(notes: Set<string>) {
  return (_state: State, node: Element): undefined => {
    const alt = attr(node, 'alt');
    notes.add(
      `Ảnh dán từ nơi khác${alt ? ` («${alt}»)` : ''} không được chèn: hãy lưu ảnh về máy rồi chèn bằng nút «Ảnh» (cổng chỉ đăng ảnh của trường, kèm mô tả).`,
    );
    return undefined;
  };
}

/** Links the sanitiser would strip (`javascript:`…) keep their text only. */
function unsafeLinks(tree: HastRoot, notes: Set<string>): void {
  visit(tree, 'element', (node: Element) => {
    if (
      node.tagName === 'a' &&
      typeof node.properties.href === 'string' &&
      !isAllowedUrl(node.properties.href, 'href')
    ) {
      notes.add('Liên kết không phải địa chỉ trang web (javascript:…) đã bị bỏ, chữ vẫn giữ.');
      delete node.properties.href;
    }
    if (IGNORED.has(node.tagName)) {
      node.children = [];
      return SKIP;
    }
    return undefined;
  });
}

/**
 * A GFM cell is one line and Decap writes text as it is (no escaping): a `|`
 * would split the cell, so it becomes `/`; line breaks are already spaces.
 */
function tidyTables(tree: Root): void {
  visit(tree, 'tableCell', (cell) => {
    visit(cell, 'text', (text: Text) => {
      text.value = text.value.replace(/\|/g, '/').replace(/\s*\n\s*/g, ' ');
    });
  });
}

export function pastedHtmlToMdast(hast: HastRoot): PasteResult {
  const notes = new Set<string>();
  unsafeLinks(hast, notes);
  const embed = embedHandler(notes);
  const handlers = Object.fromEntries([...EMBEDS].map((tag) => [tag, embed]));
  const tree = toMdast(hast as HastNodes, {
    handlers: { ...handlers, img: imageHandler(notes), picture: imageHandler(notes) },
  }) as Root;
  tidyTables(tree);
  return { tree, notices: [...notes] };
}
