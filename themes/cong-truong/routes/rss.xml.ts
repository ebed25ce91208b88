// /rss.xml: the latest 50 news items and notices (@astrojs/rss), linked from every page.
import type { APIContext } from 'astro';
import { site } from 'virtual:cong-truong/site';
import { NEWS_CATEGORIES } from '../../../content-schemas/collections/news.ts';
import { newsByDate } from '../lib/content.ts';
import { entryUrl } from '../lib/urls.ts';
import { feed } from '../lib/feeds.ts';
import { t } from '../lib/i18n.ts';

export async function GET(context: APIContext): Promise<Response> {
  const news = (await newsByDate()).slice(0, 50);
  return feed(context, site.domain, {
    path: '/rss.xml',
    title: t('rss.title', 'vi', { name: site.name }),
    description: t('rss.description', 'vi', { name: site.name }),
    items: news.map((n) => ({
      title: n.data.title,
      description: n.data.description,
      pubDate: n.data.date,
      link: entryUrl('news', n.id),
      categories: [NEWS_CATEGORIES[n.data.category]],
    })),
  });
}
