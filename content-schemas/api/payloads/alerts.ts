/**
 * `/api/v1/thong-bao-khan.json`: the alerts in force or still to come on the build
 * day (Vietnam time), with their dates, so a portal built later (a school reading its
 * Sở) shows each one exactly between its start and end.
 */
import { ALERT_LEVELS, type Alert } from '../../collections/alerts.ts';
import type { AlertsApi } from '../alerts.ts';
import { envelope, webAddress, type EntryOf, type PayloadContext } from './context.ts';
import { dayOf, vnDay } from '../../calendar.ts';

export type AlertEntry = EntryOf<Alert>;

export function alertItem(ctx: PayloadContext, a: AlertEntry): AlertsApi['items'][number] {
  const d = a.data;
  return {
    slug: a.id,
    title: d.title,
    level: d.level,
    levelLabel: ALERT_LEVELS[d.level],
    start: dayOf(d.start),
    end: dayOf(d.end),
    link: d.link ? webAddress(ctx, d.link) : undefined,
    audience: d.audience,
  };
}

/** Not ended on `today` (`YYYY-MM-DD`): in force or upcoming. */
export function notEnded(today: string, end: string): boolean {
  return today <= end;
}

export function alertsPayload(ctx: PayloadContext, entries: readonly AlertEntry[]): AlertsApi {
  const today = vnDay(ctx.buildDate);
  const items = entries
    .map((a) => alertItem(ctx, a))
    .filter((a) => notEnded(today, a.end))
    .sort((a, b) => b.start.localeCompare(a.start) || a.slug.localeCompare(b.slug));
  return { ...envelope(ctx), items };
}
