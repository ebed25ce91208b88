/**
 * Markdown bodies as the blocks a PDF letter lays out: headings, paragraphs, list
 * items and tables, inline formatting dropped (a letter has no links or bold runs).
 * Parsed by mdast-util-from-markdown with GFM tables, as the portal's own Markdown.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Nodes, RootContent } from 'mdast';

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'item'; text: string; marker: string }
  | { kind: 'table'; rows: string[][] };

/** The words of a node: images and raw HTML dropped, line breaks as spaces. */
function plain(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'image' || node.type === 'html') return '';
  if (node.type === 'break') return ' ';
  return 'children' in node ? node.children.map((child) => plain(child)).join('') : '';
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/** An ordered item keeps the number its author typed ("1." three times stays "1."). */
function markerOf(source: string, offset: number | undefined, ordered: boolean): string {
  if (!ordered) return '-';
  return /^\d+\./.exec(source.slice(offset ?? 0))?.[0] ?? '-';
}

function blocksOf(node: RootContent, source: string): Block[] {
  switch (node.type) {
    case 'heading':
      return [{ kind: 'heading', text: oneLine(plain(node)) }];
    case 'paragraph':
      return [{ kind: 'para', text: oneLine(plain(node)) }];
    case 'blockquote':
      return node.children.flatMap((child) => blocksOf(child, source));
    case 'list':
      return node.children.flatMap((item) => {
        const [first, ...rest] = item.children;
        const marker = markerOf(source, item.position?.start.offset, node.ordered === true);
        const text = first ? oneLine(plain(first)) : '';
        return [{ kind: 'item' as const, marker, text }, ...rest.flatMap((child) => blocksOf(child, source))];
      });
    case 'table':
      return [{ kind: 'table', rows: node.children.map((row) => row.children.map((cell) => oneLine(plain(cell)))) }];
    default:
      return [];
  }
}

export function parseMarkdown(md: string): Block[] {
  const tree = fromMarkdown(md, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  return tree.children.flatMap((node) => blocksOf(node, md)).filter((b) => b.kind !== 'para' || b.text);
}
