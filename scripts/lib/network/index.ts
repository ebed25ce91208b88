/**
 * Liên thông: the Network of one site (content-schemas/network.ts), assembled before
 * Astro runs from the other sites of the same folder, or from other portals'
 * `/api/v1/` over HTTPS with the last good copy kept. Problems become warnings, never
 * a failed build.
 */
import { join, relative } from 'node:path';
import { AUDIENCE_ALL, type Audience } from '../../../content-schemas/audience.ts';
import { vnDay } from '../../../content-schemas/calendar.ts';
import { parseIsoDate } from '../../../content-schemas/fields.ts';
import { descendantIds } from '../../../content-schemas/members.ts';
import type { Network } from '../../../content-schemas/network.ts';
import { loadSiteConfig, readSite, type Entry } from '../../../content-schemas/validate.ts';
import { createCalendar, type HolidayCalendar } from '../../audit/working-days.ts';
import { ancestorsOf } from './ancestors.ts';
import { defaultCacheDir } from './cache.ts';
import { memberFeeds } from './members.ts';
import { upstreamOf } from './upstream.ts';

export interface LoadNetworkOptions {
  sitesDir: string;
  siteId: string;
  /** Where the sites are built (`dist`): a local member's audit reads its last build there. */
  outRoot?: string;
  /** The build's "today" (default: now); days are taken in Vietnam's time zone. */
  buildDate?: Date;
  /** Last good copies of remote portals (default: CONG_TRUONG_NETWORK_CACHE or .cache/lien-thong/). */
  cacheDir?: string;
  /** Per request (default 8 s). */
  timeoutMs?: number;
  /** This site's entries as the build validated them; read again when not given. */
  ownEntries?: Entry[];
}

let calendar: HolidayCalendar | undefined;

/**
 * Unit ids this unit's entries name that are no member here nor among the remote members
 * read this time (validation cannot know remote ids; without remoteMembers it refuses them).
 */
function unknownUnitWarnings(opts: LoadNetworkOptions, remoteIds: string[]): string[] {
  const siteDir = join(opts.sitesDir, opts.siteId);
  const shown = (file: string) =>
    relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file);
  const addressed = (opts.ownEntries ?? readSite(siteDir).entries).flatMap((e) =>
    e.data.audience ? [{ file: shown(e.file), audience: e.data.audience as Audience }] : [],
  );
  const known = new Set([...descendantIds(opts.sitesDir, opts.siteId), ...remoteIds]);
  return addressed.flatMap(({ file, audience }) =>
    audience === AUDIENCE_ALL
      ? []
      : audience.units
          .filter((id) => !known.has(id))
          .map(
            (id) =>
              `Liên thông: ${file}: «audience.units» ghi "${id}", không phải đơn vị trực thuộc nào (kể cả các cổng ở remoteMembers đọc được lần này); văn bản không đến được đơn vị đó. | [en] Liên thông: ${file}: audience.units names "${id}", which is no member unit (nor any remote member read this time); the entry reaches no such unit.`,
          ),
  );
}

export async function loadNetwork(opts: LoadNetworkOptions): Promise<Network> {
  const buildDate = opts.buildDate ?? new Date();
  const today = vnDay(buildDate);
  const day = parseIsoDate(today) as Date;
  const warnings: string[] = [];
  const remote = { cacheDir: opts.cacheDir ?? defaultCacheDir(), now: buildDate, timeoutMs: opts.timeoutMs };
  const site = loadSiteConfig(join(opts.sitesDir, opts.siteId), opts.sitesDir);
  const ancestors = await ancestorsOf(opts.siteId, site.parent, {
    sitesDir: opts.sitesDir,
    buildDate,
    remote,
    warnings,
  });
  calendar ??= createCalendar();
  const members = await memberFeeds({
    sitesDir: opts.sitesDir,
    siteId: opts.siteId,
    site,
    buildDate,
    day,
    calendar,
    outRoot: opts.outRoot,
    remote,
    warnings,
  });
  if (site.remoteMembers.length)
    warnings.push(
      ...unknownUnitWarnings(
        opts,
        members.filter((m) => m.unit.remote).map((m) => m.unit.id),
      ),
    );
  return {
    ancestors: ancestors.map((u) => u.ref),
    upstream: upstreamOf(opts.siteId, site.level, ancestors, today),
    members,
    warnings,
  };
}
