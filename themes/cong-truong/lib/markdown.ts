/**
 * Renders Markdown held in a frontmatter field (the English `bodyEn` of a page)
 * with the same HTML allow-list as entry bodies.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import { sanitizeSchema } from './sanitize.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

export async function markdownToHtml(source: string): Promise<string> {
  renderer ??= createMarkdownProcessor({ rehypePlugins: [[rehypeSanitize, sanitizeSchema]], syntaxHighlight: false });
  return (await (await renderer).render(source)).code;
}
