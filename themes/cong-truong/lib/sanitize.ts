/**
 * Allow-list for raw HTML inside editors' Markdown: GitHub's schema (no script,
 * style, iframe, object, form or event-handler attributes; only http, https and
 * mailto links), plus table captions and `scope` so tables stay accessible.
 */
import { defaultSchema } from 'rehype-sanitize';

type Schema = typeof defaultSchema;

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Keep ids readable; the default prefix would break in-page links to headings.
  clobberPrefix: 'nd-',
  tagNames: [...(defaultSchema.tagNames ?? []), 'caption', 'figure', 'figcaption', 'mark', 'abbr'],
  attributes: {
    ...defaultSchema.attributes,
    th: [...(defaultSchema.attributes?.th ?? []), 'scope', 'colSpan', 'rowSpan'],
    td: [...(defaultSchema.attributes?.td ?? []), 'colSpan', 'rowSpan'],
    abbr: ['title'],
    img: [...(defaultSchema.attributes?.img ?? []), 'width', 'height', 'loading', 'decoding'],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
};
