/**
 * The site's one Markdown pipeline. Entry bodies (astro.config.mjs `markdown.processor`)
 * and Markdown held in a frontmatter field (the English `bodyEn` of a page) go through
 * the same plugins: the theme's HTML allow-list, then NFC.
 */
import { rehypeHeadingIds, unified, type MarkdownRenderer, type RehypePlugins } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import rehypeNfc, { rehypeNfcAgain } from './rehype-nfc.ts';
import { sanitizeSchema } from './sanitize.ts';
import rehypeTables from './markdown-plugins/rehype-tables.ts';
import rehypeKeepTokens from './tables/rehype-keep-tokens.ts';
import rehypeVideo from './markdown-plugins/rehype-video.ts';
import rehypeAddressBreaks from './markdown-plugins/rehype-address-breaks.ts';
import { smartypantsWhenNeeded } from './smartypants-when-needed.ts';

/**
 * rehype-sanitize runs before Astro parses raw HTML (rehype-raw comes last in its
 * pipeline), so tags pasted into Markdown are dropped and the text between them kept.
 */
/**
 * Tables (scope, phone scroll box) and «Video» lines (link card or own file) are
 * shaped after the sanitiser, so the markup they add is the theme's, never an editor's.
 *
 * Heading ids are slugs of the NFC text, but the slug drops punctuation and can leave a
 * combining mark next to a new base letter ("w;\u0323" → "w\u0323", NFC "ẉ"): Astro's
 * own pass comes after every plugin, so the ids are made here (Astro keeps an id it
 * finds) and normalised once more.
 */
const rehypePlugins: RehypePlugins = [
  [rehypeSanitize, sanitizeSchema],
  rehypeTables,
  rehypeVideo,
  rehypeNfc,
  rehypeAddressBreaks,
  rehypeKeepTokens,
  rehypeHeadingIds,
  rehypeNfcAgain,
];

// SmartyPants only on bodies it would change (smartypants-when-needed.ts).
export const markdownProcessor = smartypantsWhenNeeded(
  unified({ rehypePlugins }),
  unified({ rehypePlugins, smartypants: false }),
);

let renderer: Promise<MarkdownRenderer> | undefined;

export async function markdownToHtml(source: string): Promise<string> {
  renderer ??= markdownProcessor.createRenderer({ syntaxHighlight: false });
  return (await (await renderer).render(source)).code;
}
