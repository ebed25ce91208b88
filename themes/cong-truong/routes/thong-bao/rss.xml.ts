// /thong-bao/rss.xml: the latest 50 notices, the site's own and those its units
// addressed to it (liên thông, linked to the original on the sender's portal).
import type { APIContext } from 'astro';
import type { RSSFeedItem } from '@astrojs/rss';
import { site } from 'virtual:cong-truong/site';
import { network } from 'virtual:cong-truong/network';
import type { FromUnit, NewsItem } from '../../../../content-schemas/network.ts';
import { newsByDate } from '../../lib/content.ts';
import { entryUrl } from '../../lib/urls.ts';
import { dayDate } from '../../lib/network-view.ts';
import { feed } from '../../lib/feeds.ts';
import { t } from '../../lib/i18n.ts';

export async function GET(context: APIContext): Promise<Response> {
  const own: RSSFeedItem[] = (await newsByDate())
    .filter((n) => n.data.category === 'thong-bao')
    .map((n) => ({
      title: n.data.title,
      description: n.data.description,
      pubDate: n.data.date,
      link: entryUrl('news', n.id),
    }));
  const fromUnits: RSSFeedItem[] = network.upstream.notices.map((n: FromUnit<NewsItem>) => ({
    title: n.title,
    description: n.description,
    pubDate: dayDate(n.date),
    link: n.url,
    categories: [n.from.name],
  }));
  const items = [...own, ...fromUnits]
    .sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0))
    .slice(0, 50);
  return feed(context, site.domain, {
    path: '/thong-bao/rss.xml',
    title: t('rss.noticesTitle', 'vi', { name: site.name }),
    description: t('rss.noticesDescription', 'vi', { name: site.name }),
    items,
  });
}
