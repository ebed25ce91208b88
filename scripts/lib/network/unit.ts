/**
 * One other portal of the hierarchy as the loader holds it: who it is (a UnitRef)
 * and the `/api/v1/` payloads it publishes, whether built here from the same sites
 * folder or read over HTTPS from another repository. Both look the same from here on.
 */
import type { AlertsApi } from '../../../content-schemas/api/alerts.ts';
import type { DisclosuresApi } from '../../../content-schemas/api/disclosures.ts';
import type { DocumentsApi } from '../../../content-schemas/api/documents.ts';
import type { NewsApi } from '../../../content-schemas/api/news.ts';
import type { SiteApi } from '../../../content-schemas/api/site.ts';
import type { UnitRef } from '../../../content-schemas/network.ts';

export interface UnitData {
  ref: UnitRef;
  unit: SiteApi['unit'];
  documents?: DocumentsApi;
  news?: NewsApi;
  alerts?: AlertsApi;
  disclosures?: DisclosuresApi;
  /** Local only: the site's folder (for the audit). */
  siteDir?: string;
  /** Day (YYYY-MM-DD) of the oldest cached copy used when the portal could not be read this time. */
  staleSince?: string;
}

/** A UnitRef from a `site.json` payload (`id` is the envelope's `site`). */
export function unitRef(site: SiteApi, remote: boolean): UnitRef {
  const u = site.unit;
  return {
    id: site.site,
    name: u.name,
    shortName: u.shortName,
    unitType: u.unitType,
    unitTypeLabel: u.unitTypeLabel,
    ...(u.level ? { level: u.level, levelLabel: u.levelLabel } : {}),
    url: u.url,
    remote,
  };
}
