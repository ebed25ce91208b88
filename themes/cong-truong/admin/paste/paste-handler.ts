/**
 * Takes over HTML pastes in the rich-text editor (see html-to-mdast.ts for what
 * Decap 3 loses on its own). A capture listener on the document runs before
 * Slate's: for a paste into a visual Markdown editor it converts the clipboard's
 * HTML, inserts the result through Slate's own Transforms (the editor instance
 * comes from slate-dom's element map, the same copy Decap uses), and cancels the
 * native paste. Copies inside the editor (Slate fragments), plain-text pastes and
 * the raw Markdown mode are left to Decap.
 */
import { ELEMENT_TO_NODE } from 'slate-dom';
import { Editor, Transforms, type Descendant } from 'slate';
import remarkToSlate from 'decap-cms-widget-markdown/dist/esm/serializers/remarkSlate.js';
import { domToHast } from './dom-to-hast.ts';
import { pastedHtmlToMdast } from './html-to-mdast.ts';
import { showNotice } from '../notice.ts';

/** The visual editor is the one that knows the «Video»/«Ảnh» components (Decap's withShortcodes); the raw one does not. */
function visualEditorOf(target: EventTarget | null): Editor | undefined {
  const el = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  const editable = el?.closest('[data-slate-editor="true"]');
  const node = editable ? ELEMENT_TO_NODE.get(editable as HTMLElement) : undefined;
  if (!node || !Editor.isEditor(node)) return undefined;
  return node.isVoid({ type: 'shortcode', children: [] } as never) ? node : undefined;
}

function onPaste(event: ClipboardEvent): void {
  const data = event.clipboardData;
  const html = data?.getData('text/html');
  if (!data || !html || data.types.includes('application/x-slate-fragment')) return;
  const editor = visualEditorOf(event.target);
  if (!editor) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const { tree, notices } = pastedHtmlToMdast(domToHast(body));
  const slate = remarkToSlate({})(tree) as { children: Descendant[] };
  // A table or «Video» last would leave the caret inside it: an empty paragraph after it lets the editor type on.
  const last = slate.children.at(-1) as { type?: string } | undefined;
  if (last?.type === 'table' || last?.type === 'shortcode')
    slate.children.push({ type: 'paragraph', children: [{ text: '' }] } as unknown as Descendant);
  if (slate.children.length) Transforms.insertFragment(editor, slate.children);
  if (notices.length) showNotice('Nội dung dán vào đã được chỉnh để đăng được trên cổng:', notices);
}

export function handleHtmlPastes(): void {
  document.addEventListener('paste', onPaste, true);
}
