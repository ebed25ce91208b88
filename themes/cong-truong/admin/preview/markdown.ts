/**
 * Markdown → React elements for the preview pane, never through innerHTML.
 *
 * The same steps as the site build (lib/markdown.ts: remark-parse + GFM, then
 * rehype-sanitize with the theme's allow-list before any raw HTML is parsed, so
 * HTML typed into a body is dropped and its text kept; then the theme's tables and
 * «Video» cards), so the preview shows what the portal will show: a pasted
 * `<b>`, `<table>` or `<iframe>` is missing here exactly as on the site, and the
 * preview's notice (dropped.ts) says so. The sanitised tree becomes React
 * elements, which cannot carry script.
 */
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ReactNode } from 'react';
import { unified } from 'unified';
// The copies @astrojs/markdown-remark uses, not the older ones Decap hoists (bundle.ts maps these).
import remarkParse from 'site-markdown:remark-parse';
import remarkGfm from 'site-markdown:remark-gfm';
import remarkRehype from 'site-markdown:remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { Element, Root, RootContent } from 'hast';
import { sanitizeSchema } from '../../lib/sanitize.ts';
import rehypeTables from '../../lib/markdown-plugins/rehype-tables.ts';
import rehypeVideo from '../../lib/markdown-plugins/rehype-video.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeTables)
  .use(rehypeVideo);

/** Rewrites every image source (e.g. `../../media/x.jpg` → the CMS's blob URL). */
function mapImages(node: Root | RootContent, resolve: (src: string) => string): void {
  if (node.type === 'element' && node.tagName === 'img' && typeof node.properties.src === 'string') {
    (node as Element).properties.src = resolve(node.properties.src);
  }
  if ('children' in node) for (const child of node.children) mapImages(child, resolve);
}

/** The sanitised HTML tree of a Markdown text (exported for tests). */
export function markdownToHast(markdown: string): Root {
  const tree = processor.runSync(processor.parse(markdown.normalize('NFC'))) as Root;
  return tree;
}

export function renderMarkdown(markdown: string, resolveImage: (src: string) => string = (s) => s): ReactNode {
  const tree = markdownToHast(markdown);
  mapImages(tree, resolveImage);
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, ignoreInvalidStyle: true });
}
