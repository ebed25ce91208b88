/**
 * A portal of the same sites folder, read from its files (validated like its own
 * build) and turned into the `/api/v1/` payloads by the same builders the theme uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NewsApi } from '../../../content-schemas/api/news.ts';
import type { PayloadContext } from '../../../content-schemas/api/payloads/context.ts';
import { alertsPayload } from '../../../content-schemas/api/payloads/alerts.ts';
import { disclosuresPayload, type DisclosureEntry } from '../../../content-schemas/api/payloads/disclosures.ts';
import { documentsPayload, type DocumentEntry } from '../../../content-schemas/api/payloads/documents.ts';
import { newsPayload, type NewsEntry } from '../../../content-schemas/api/payloads/news.ts';
import { sitePayload } from '../../../content-schemas/api/payloads/site.ts';
import { API_BASE } from '../../../content-schemas/api/index.ts';
import type { CollectionName } from '../../../content-schemas/index.ts';
import type { AlertEntry } from '../../../content-schemas/api/payloads/alerts.ts';
import type { SiteConfig } from '../../../content-schemas/site.ts';
import { readSite, type Entry } from '../../../content-schemas/validate.ts';
import { unitRef, type UnitData } from './unit.ts';

type Cover = NewsApi['items'][number]['cover'];

function entriesOf<T>(entries: Entry[], collection: CollectionName): { id: string; data: T }[] {
  return entries.filter((e) => e.collection === collection).map((e) => ({ id: e.slug, data: e.data as T }));
}

/** A site's `/api/v1/cong-khai.json` payload from its validated entries (the build's audit summary). */
export function disclosuresOf(siteId: string, site: SiteConfig, entries: Entry[], buildDate: Date) {
  return disclosuresPayload({ siteId, site, buildDate }, entriesOf<DisclosureEntry['data']>(entries, 'disclosures'));
}

/** Covers are made by Astro's image pipeline: take them from the portal's last build, when there is one. */
function builtCovers(builtDir: string | undefined): Map<string, Cover> {
  const file = builtDir && join(builtDir, API_BASE, 'tin-tuc.json');
  if (!file || !existsSync(file)) return new Map();
  try {
    const news = JSON.parse(readFileSync(file, 'utf8')) as NewsApi;
    return new Map(news.items.map((n) => [n.slug, n.cover]));
  } catch {
    return new Map();
  }
}

/** The warning for a unit of the folder whose site.yaml does not validate (its own build says why). */
export function invalidUnit(id: string): string {
  return `Liên thông: bỏ qua đơn vị "${id}" vì site.yaml của đơn vị này không hợp lệ (dựng đơn vị đó để xem lỗi). Cách sửa: sửa sites/${id}/site.yaml. | [en] Liên thông: skipped the unit "${id}": its site.yaml does not validate (build it to see why). Fix: correct sites/${id}/site.yaml.`;
}

/**
 * The portal `id` of `sitesDir`, or undefined when its site.yaml does not validate
 * (its own build reports why). Entries that do not validate are left out.
 */
export async function readLocalUnit(
  sitesDir: string,
  id: string,
  buildDate: Date,
  builtDir?: string,
): Promise<UnitData | undefined> {
  const siteDir = join(sitesDir, id);
  if (!existsSync(join(siteDir, 'site.yaml'))) return undefined;
  const { site, entries } = readSite(siteDir, sitesDir);
  if (!site) return undefined;
  const ctx: PayloadContext = { siteId: id, site, buildDate };
  const covers = builtCovers(builtDir);
  const siteJson = sitePayload(ctx);
  return {
    ref: unitRef(siteJson, false),
    unit: siteJson.unit,
    siteDir,
    documents: documentsPayload(ctx, entriesOf<DocumentEntry['data']>(entries, 'documents')),
    news: await newsPayload(ctx, entriesOf<NewsEntry['data']>(entries, 'news'), (n) => covers.get(n.id)),
    alerts: alertsPayload(ctx, entriesOf<AlertEntry['data']>(entries, 'alerts')),
    disclosures: disclosuresPayload(ctx, entriesOf<DisclosureEntry['data']>(entries, 'disclosures')),
  };
}
