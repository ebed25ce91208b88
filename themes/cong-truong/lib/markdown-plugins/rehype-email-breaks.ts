/**
 * E-mail addresses in entry bodies (a `mailto:` link GFM made, or plain text) may
 * break only after the "@" and before a ".": a `<wbr>` marks each place, inside a
 * span that stops the reflow rule (`overflow-wrap: anywhere` on prose and mailto
 * links) from splitting them mid-word on a phone; a piece with a hyphen is kept whole. Runs after the sanitiser: the
 * markup is the theme's, never an editor's.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { EMAIL, EMAIL_CLASS, emailParts } from './email-breaks.ts';

const LITERAL = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

const text = (value: string): Text => ({ type: 'text', value });

function breakable(email: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: [EMAIL_CLASS] },
    children: emailParts(email).flatMap((part, i): ElementContent[] => [
      ...(i ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } as Element] : []),
      part.keep
        ? { type: 'element', tagName: 'span', properties: { className: ['ct-nowrap'] }, children: [text(part.text)] }
        : text(part.text),
    ]),
  };
}

function split(node: Text): ElementContent[] {
  const out: ElementContent[] = [];
  let at = 0;
  for (const m of node.value.matchAll(EMAIL)) {
    if (m.index > at) out.push({ type: 'text', value: node.value.slice(at, m.index) });
    out.push(breakable(m[0]));
    at = m.index + m[0].length;
  }
  if (!out.length) return [node];
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}

function walk(node: Root | Element): void {
  node.children = (node.children as RootContent[]).flatMap((child): RootContent[] => {
    if (child.type === 'text') return split(child);
    if (child.type === 'element' && !LITERAL.has(child.tagName)) walk(child);
    return [child];
  }) as typeof node.children;
}

export default function rehypeEmailBreaks() {
  return (tree: Root) => walk(tree);
}
