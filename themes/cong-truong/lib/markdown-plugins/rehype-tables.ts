/**
 * Tables in entry bodies (GFM `| a | b |`, also what the admin writes for a table
 * pasted from Word): header cells get `scope="col"` so screen readers read each
 * value with its column, the table gets the theme's `ct-table` style, and it sits
 * in a `ct-scroll` box that scrolls sideways on a phone instead of the page (WCAG
 * 1.4.10). The box is a named, focusable region so keyboard users can scroll it
 * (axe `scrollable-region-focusable`). Runs after the sanitiser: it adds markup
 * of the theme's own, never an editor's.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';

function children(node: Element, tag: string): Element[] {
  return node.children.filter((c): c is Element => c.type === 'element' && c.tagName === tag);
}

function classes(node: Element, add: string): string[] {
  const current = node.properties.className;
  return [...(Array.isArray(current) ? current.map(String) : []), add];
}

function headerCells(table: Element): Element[] {
  return children(table, 'thead')
    .flatMap((head) => children(head, 'tr'))
    .flatMap((row) => children(row, 'th'));
}

function wrap(table: Element): Element {
  const headers = headerCells(table);
  for (const th of headers) th.properties.scope = 'col';
  table.properties.className = classes(table, 'ct-table');
  const names = headers.map((th) => toText(th).trim()).filter(Boolean);
  const label = `Bảng${names.length ? `: ${names.join(', ')}` : ''}`;
  return {
    type: 'element',
    tagName: 'div',
    properties: {
      className: ['ct-scroll'],
      role: 'region',
      tabIndex: 0,
      ariaLabel: label.length > 120 ? `${label.slice(0, 119)}…` : label,
    },
    children: [table],
  };
}

function walk(node: Root | Element): void {
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'table') return wrap(child) as ElementContent;
    walk(child);
    return child;
  }) as typeof node.children;
}

export default function rehypeTables() {
  return (tree: Root) => walk(tree);
}
