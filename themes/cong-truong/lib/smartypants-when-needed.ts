/**
 * Astro's SmartyPants (straight quotes to curly ones, `--` to a dash, `...` to an
 * ellipsis) parses every text node of a body as natural language: a quarter of the
 * time Astro spends rendering 1000 posts. Most school news holds none of the
 * characters it changes, so a body without them is rendered by the same pipeline with
 * SmartyPants off, which gives the same HTML. The test reads the Markdown source and errs
 * towards running it: `&` may be a reference that decodes to a quote.
 */
import type { MarkdownProcessor } from '@astrojs/markdown-remark';

/** Whatever SmartyPants could turn into typography: quotes, backticks, dashes, dots. */
const MAY_CHANGE = /["'`&]|--|\.\s*\.\s*\./;

export function mayNeedSmartypants(markdown: string): boolean {
  return MAY_CHANGE.test(markdown);
}

/** One processor for Astro that renders with `withQuotes`, or `plain` when nothing would change. */
export function smartypantsWhenNeeded<P extends MarkdownProcessor>(withQuotes: P, plain: MarkdownProcessor): P {
  return {
    ...withQuotes,
    async createRenderer(shared) {
      const [full, lean] = await Promise.all([withQuotes.createRenderer(shared), plain.createRenderer(shared)]);
      return { render: (content, opts) => (mayNeedSmartypants(content) ? full : lean).render(content, opts) };
    },
  };
}
