/**
 * What the units above this site addressed to it (by `audience`), newest first.
 * Alerts already ended on the build day (Vietnam time) are dropped, whether read
 * this time or from a cached copy.
 */
import { addresses, type Recipient } from '../../../content-schemas/audience.ts';
import { notEnded } from '../../../content-schemas/api/payloads/alerts.ts';
import type { Level } from '../../../content-schemas/levels.ts';
import type { Network } from '../../../content-schemas/network.ts';
import type { UnitData } from './unit.ts';

/** For the unit `ancestors[k]`, the units between it and this site, nearest the sender first. */
function recipientFor(siteId: string, level: Level | undefined, ancestors: readonly UnitData[], k: number): Recipient {
  return {
    id: siteId,
    level,
    via: ancestors
      .slice(0, k)
      .map((u) => u.ref.id)
      .reverse(),
  };
}

export function upstreamOf(
  siteId: string,
  level: Level | undefined,
  ancestors: readonly UnitData[],
  today: string,
): Network['upstream'] {
  const upstream: Network['upstream'] = { documents: [], notices: [], alerts: [] };
  ancestors.forEach((unit, k) => {
    const me = recipientFor(siteId, level, ancestors, k);
    const from = unit.ref;
    for (const d of unit.documents?.items ?? []) if (addresses(d.audience, me)) upstream.documents.push({ ...d, from });
    for (const n of unit.news?.items ?? [])
      if (n.category === 'thong-bao' && addresses(n.audience, me)) upstream.notices.push({ ...n, from });
    for (const a of unit.alerts?.items ?? [])
      if (notEnded(today, a.end) && addresses(a.audience, me)) upstream.alerts.push({ ...a, from });
  });
  upstream.documents.sort((a, b) => b.issued.localeCompare(a.issued));
  upstream.notices.sort((a, b) => b.date.localeCompare(a.date));
  upstream.alerts.sort((a, b) => b.start.localeCompare(a.start));
  return upstream;
}
