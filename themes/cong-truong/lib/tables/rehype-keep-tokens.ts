/**
 * Inside table cells of entry bodies, codes and number ranges ("2026-2027",
 * "09/2024/TT-BGDĐT", "15.1/80") are wrapped in a `ct-nowrap` span, so a narrow
 * column on a phone never breaks them after the hyphen or slash, as browsers do.
 * Runs after the sanitiser: the span is the theme's markup, never an editor's.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { keepTogether } from '../format.ts';

function split(node: Text): ElementContent[] {
  return keepTogether(node.value).map((part): ElementContent =>
    part.keep
      ? {
          type: 'element',
          tagName: 'span',
          properties: { className: ['ct-nowrap'] },
          children: [{ type: 'text', value: part.text }],
        }
      : { type: 'text', value: part.text },
  );
}

function keepIn(node: Element): void {
  node.children = node.children.flatMap((child) =>
    child.type === 'text' ? split(child) : child.type === 'element' ? (keepIn(child), [child]) : [child],
  );
}

function walk(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'td' || child.tagName === 'th') keepIn(child);
    else walk(child);
  }
}

export default function rehypeKeepTokens() {
  return (tree: Root) => walk(tree);
}
