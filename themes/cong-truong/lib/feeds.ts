/**
 * RSS 2.0 feeds (@astrojs/rss) with the Atom self link that feed validators ask for
 * (RSS Best Practices: atom:link rel="self") and the channel language.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { APIContext } from 'astro';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

export function feed(
  context: APIContext,
  domain: string,
  channel: { path: string; title: string; description: string; items: RSSFeedItem[] },
): Promise<Response> {
  const site = context.site ?? new URL(`https://${domain}`);
  const self = new URL(channel.path, site).href;
  return rss({
    title: channel.title,
    description: channel.description,
    site,
    xmlns: { atom: ATOM_NS },
    items: channel.items,
    customData: `<language>vi</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
}
