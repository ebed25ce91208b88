/**
 * A pasted HTML document (parsed by the browser's inert DOMParser, so nothing in
 * it runs or loads) → hast, keeping only what the Markdown conversion reads:
 * tag names, text, and the attributes below. Styles, classes and Word's
 * `mso-` markup are left behind on purpose.
 */
import type { Element, ElementContent, Root } from 'hast';

/** DOM attribute → hast property (hast-util-to-mdast reads these). */
const KEPT: Record<string, string> = {
  href: 'href',
  src: 'src',
  alt: 'alt',
  title: 'title',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  data: 'data',
  start: 'start',
  align: 'align',
};
const NUMERIC = new Set(['colSpan', 'rowSpan', 'start']);

function element(el: globalThis.Element): Element {
  const properties: Element['properties'] = {};
  for (const { name, value } of Array.from(el.attributes)) {
    const key = KEPT[name.toLowerCase()];
    if (key) properties[key] = NUMERIC.has(key) ? Number(value) || 1 : value;
  }
  // Word marks its header row with <b> inside <td>; a real <th> stays a <th>.
  const tagName = el.localName.toLowerCase();
  return { type: 'element', tagName, properties, children: childrenOf(el) };
}

function childrenOf(node: Node): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) out.push({ type: 'text', value: child.textContent ?? '' });
    else if (child.nodeType === Node.ELEMENT_NODE && !(child as globalThis.Element).localName.includes(':'))
      out.push(element(child as globalThis.Element));
    // Comments (Word's <!--[if …]>) and Office's namespaced tags (<o:p>) are dropped.
  }
  return out;
}

export function domToHast(body: HTMLElement): Root {
  return { type: 'root', children: childrenOf(body) };
}
