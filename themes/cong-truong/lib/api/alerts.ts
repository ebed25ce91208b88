/** `/api/v1/thong-bao-khan.json`: the alerts the banner shows on the build date. */
import type { CollectionEntry } from 'astro:content';
import { buildDate, site } from 'virtual:cong-truong/site';
import type { AlertsApi } from '../../../../content-schemas/api/alerts.ts';
import { ALERT_LEVELS } from '../../../../content-schemas/collections/alerts.ts';
import { activeAlerts } from '../alerts.ts';
import { dayOf, vnDay } from '../dates.ts';
import { webUrl } from '../urls.ts';
import { envelope } from './common.ts';

function item(a: CollectionEntry<'alerts'>): AlertsApi['items'][number] {
  const d = a.data;
  return { slug: a.id, title: d.title, level: d.level, levelLabel: ALERT_LEVELS[d.level], start: dayOf(d.start), end: dayOf(d.end), link: d.link ? webUrl(d.link, site.domain) : undefined };
}

export async function alertsPayload(): Promise<AlertsApi> {
  return { ...envelope(), items: (await activeAlerts(vnDay(buildDate))).map(item) };
}
