// /van-ban/rss.xml: the latest 50 rows of /van-ban/ (own documents and those the
// site's units addressed to it), newest by date of issue, titled "số ký hiệu: trích yếu".
import type { APIContext } from 'astro';
import { site } from 'virtual:cong-truong/site';
import { network } from 'virtual:cong-truong/network';
import { DOCUMENT_TYPES } from '../../../../content-schemas/collections/documents.ts';
import { documentRows } from '../../lib/documents.ts';
import { feed } from '../../lib/feeds.ts';
import { t } from '../../lib/i18n.ts';
import { documentsFeedUrl } from '../../lib/urls.ts';

export async function GET(context: APIContext): Promise<Response> {
  const rows = (await documentRows(network)).slice(0, 50);
  return feed(context, site.domain, {
    path: documentsFeedUrl(),
    title: t('rss.documentsTitle', 'vi', { name: site.name }),
    description: t('rss.documentsDescription', 'vi', { name: site.name }),
    items: rows.map((r) => ({
      title: `${r.number}: ${r.title}`,
      description: `${DOCUMENT_TYPES[r.type]} – ${r.issuer}`,
      pubDate: r.issued,
      link: r.href,
      categories: [DOCUMENT_TYPES[r.type]],
    })),
  });
}
