/**
 * Runs of text a line must not break inside are wrapped in a `ct-nowrap` span:
 * - phone numbers and extensions everywhere in an entry body ("028 3836 4512",
 *   "0912.345.678", "máy lẻ 105"), since "028 3836" / "4512" reads as two numbers;
 * - inside table cells also codes and number ranges ("2026-2027", "09/2024/TT-BGDĐT",
 *   "15.1/80"), which a narrow column on a phone would break after the hyphen or slash.
 * Runs after the sanitiser and the e-mail step (an address keeps its own break points):
 * the span is the theme's markup, never an editor's. Text
 * is read in NFC, so a number typed on an NFD keyboard ("máy le\u0309") is found too.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { keepTogether } from '../format.ts';
import { phoneRuns } from './phone-numbers.ts';
import { ADDRESS_CLASS } from '../markdown-plugins/address-breaks.ts';

type Run = { text: string; keep: boolean };

/** Code and preformatted text keep their own spacing rules. */
const LITERAL = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

function nowrap(text: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['ct-nowrap'] },
    children: [{ type: 'text', value: text }],
  };
}

function runs(value: string, inCell: boolean): Run[] {
  return phoneRuns(value.normalize('NFC')).flatMap((run) => (run.keep || !inCell ? [run] : keepTogether(run.text)));
}

function split(node: Text, inCell: boolean): ElementContent[] {
  const parts = runs(node.value, inCell);
  if (!parts.some((p) => p.keep)) return [node];
  return parts.map((p): ElementContent => (p.keep ? nowrap(p.text) : { type: 'text', value: p.text }));
}

function walk(node: Root | Element, inCell: boolean): void {
  node.children = (node.children as RootContent[]).flatMap((child): RootContent[] => {
    if (child.type === 'text') return split(child, inCell);
    if (child.type !== 'element' || LITERAL.has(child.tagName)) return [child];
    // Spans the theme made already: kept runs, and e-mail addresses with their own breaks.
    const classes = String(child.properties.className ?? '').split(/[ ,]/);
    if (classes.includes('ct-nowrap') || classes.includes(ADDRESS_CLASS)) return [child];
    walk(child, inCell || child.tagName === 'td' || child.tagName === 'th');
    return [child];
  }) as typeof node.children;
}

export default function rehypeKeepTokens() {
  return (tree: Root) => walk(tree, false);
}
