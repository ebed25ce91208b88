/**
 * The images a Markdown body shows: `![alt](src)`, reference images (`![alt][a]`)
 * and raw `<img src>`, found with the parser Astro's Markdown pipeline uses
 * (mdast-util-from-markdown with GFM; raw HTML through parse5), each with its line
 * in the body, so the validator can check them like a cover image.
 */
import type { Root as HtmlRoot } from 'hast';
import type { Nodes, Root } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';

export interface BodyImage {
  src: string;
  /** 1-based line in the body (not counting the front matter). */
  line: number;
  /** Written as raw HTML `<img>` rather than Markdown. */
  html: boolean;
}

function htmlImages(html: string, line: number): BodyImage[] {
  const images: BodyImage[] = [];
  const tree: HtmlRoot = fromHtml(html, { fragment: true });
  visit(tree, 'element', (element) => {
    const src = element.properties.src;
    if (element.tagName === 'img' && typeof src === 'string') {
      images.push({ src, line: line + (element.position?.start.line ?? 1) - 1, html: true });
    }
  });
  return images;
}

/**
 * Whether a body may show an image at all. Every Markdown image (inline or by
 * reference) starts with `![`, and every HTML one is an `<img` tag, or `<image`,
 * which HTML parsers read as `<img>`; tag names are case-insensitive. Most posts
 * have neither, and the parse below is most of the cost of reading a site.
 */
export const MAY_HOLD_IMAGE = /!\[|<im(?:g|age)/i;

export function bodyImages(markdown: string): BodyImage[] {
  return MAY_HOLD_IMAGE.test(markdown) ? parsedBodyImages(markdown) : [];
}

/** The full parse, whatever the body holds (tests compare it with the shortcut above). */
export function parsedBodyImages(markdown: string): BodyImage[] {
  const tree: Root = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier, node.url));
  const images: BodyImage[] = [];
  visit(tree, (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'image') images.push({ src: node.url, line, html: false });
    if (node.type === 'imageReference' && definitions.has(node.identifier))
      images.push({ src: definitions.get(node.identifier) as string, line, html: false });
    if (node.type === 'html') images.push(...htmlImages(node.value, line));
  });
  return images;
}
