/** Thông báo khẩn in force on a given day (the build date for a static site), newest first. */
import type { CollectionEntry } from 'astro:content';
import type { Network, UnitRef } from '../../../content-schemas/network.ts';
import type { Alert } from '../../../content-schemas/collections/alerts.ts';
import { dayOf, isWithin } from './dates.ts';
import { upstreamAlertsInForce } from './network-view.ts';
import { allEntries } from './content.ts';
import { oncePerBuildByKey } from './build-memo.ts';

export async function activeAlerts(today: string): Promise<CollectionEntry<'alerts'>[]> {
  return (await allEntries('alerts'))
    .filter((a) => isWithin(today, a.data.start, a.data.end))
    .sort((a, b) => b.data.start.getTime() - a.data.start.getTime());
}

/** One line of the alert banner: the site's own alert, or one a unit sent (`from`). */
export interface BannerAlert {
  title: string;
  level: Alert['level'];
  link?: string;
  /** `YYYY-MM-DD`, for the order. */
  start: string;
  from?: UnitRef;
}

/** Every page of a build shows the same banner: worked out once per day and network. */
const bannersOf = new WeakMap<Network, (today: string) => Promise<BannerAlert[]>>();

/**
 * What the banner shows on `today`: the site's own alerts and its units' alerts in
 * force (liên thông), newest start first; on the same day the site's own come first.
 */
export function bannerAlerts(today: string, net: Network): Promise<readonly BannerAlert[]> {
  let ofDay = bannersOf.get(net);
  if (!ofDay) bannersOf.set(net, (ofDay = oncePerBuildByKey((day: string) => bannerOf(day, net))));
  return ofDay(today);
}

async function bannerOf(today: string, net: Network): Promise<BannerAlert[]> {
  const own = (await activeAlerts(today)).map((a): BannerAlert => ({
    title: a.data.title,
    level: a.data.level,
    link: a.data.link,
    start: dayOf(a.data.start),
  }));
  const sent = upstreamAlertsInForce(net, today).map((a): BannerAlert => ({
    title: a.title,
    level: a.level,
    link: a.link,
    start: a.start,
    from: a.from,
  }));
  return [...own, ...sent].sort(
    (a, b) => b.start.localeCompare(a.start) || Number(Boolean(a.from)) - Number(Boolean(b.from)),
  );
}
