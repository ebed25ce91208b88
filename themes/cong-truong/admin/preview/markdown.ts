/**
 * Markdown → React elements for the preview pane, never through innerHTML.
 *
 * The same steps as the site build (remark-parse + GFM, raw HTML parsed with
 * rehype-raw, then rehype-sanitize with the theme's allow-list), so the preview
 * shows what the portal will show: a pasted `<script>` or `onerror=` is dropped
 * here exactly as it is at build. The sanitised tree becomes React elements,
 * which cannot carry script.
 */
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ReactNode } from 'react';
import { unified } from 'unified';
// The copies @astrojs/markdown-remark uses, not the older ones Decap hoists (bundle.ts maps these).
import remarkParse from 'site-markdown:remark-parse';
import remarkGfm from 'site-markdown:remark-gfm';
import remarkRehype from 'site-markdown:remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { Element, Root, RootContent } from 'hast';
import { sanitizeSchema } from '../../lib/sanitize.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema);

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
