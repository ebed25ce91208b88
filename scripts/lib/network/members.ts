/**
 * A Phòng's or Sở's members: the sites of the same folder whose parent is this unit,
 * then the portals site.yaml lists under remoteMembers. For each, its latest news,
 * its documents, its công khai and the status of the current năm học; a local member
 * also gets its audit score: from the summary its last build left (audit-summary.ts)
 * when that judged the member as it is now, its feeds then read from that build's
 * /api/v1/ files (built-unit.ts); else from its content, audited here.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NEWS_LIMIT } from '../../../content-schemas/api/news.ts';
import { membersOf, parentIds, type Member } from '../../../content-schemas/members.ts';
import type { MemberDisclosureStatus, MemberFeed } from '../../../content-schemas/network.ts';
import type { SiteConfig } from '../../../content-schemas/site.ts';
import { auditSite } from '../../audit/index.ts';
import { isoDate } from '../../audit/dates.ts';
import { outputStamp, readAuditSummary, statusOf } from './audit-summary.ts';
import { auditFingerprint, descendantsFrom, siteFilesHash } from './fingerprint.ts';
import type { HolidayCalendar } from '../../audit/working-days.ts';
import { readBuiltUnit } from './built-unit.ts';
import { invalidUnit, readLocalUnit } from './local.ts';
import { readRemoteUnit } from './remote-unit.ts';
import { trustRemoteUnit, type KnownUnit } from './remote-trust.ts';
import type { RemoteOptions } from './remote.ts';
import { disclosureStatus } from './status.ts';
import type { UnitData } from './unit.ts';

/**
 * All the news a member's `tin-tuc.json` lists (NEWS_LIMIT): the unit's search indexes
 * them (search/member-records.ts); "Tin từ các trường" takes the newest itself.
 */
export const MEMBER_NEWS_LIMIT = NEWS_LIMIT;

export interface MembersOptions {
  sitesDir: string;
  siteId: string;
  site: SiteConfig;
  buildDate: Date;
  /** Build day in Vietnam, UTC midnight (the audit's reference date). */
  day: Date;
  calendar: HolidayCalendar;
  outRoot?: string;
  remote: RemoteOptions;
  warnings: string[];
}

/** How members' audits were obtained, for tests and the bench. */
export const memberAudits = { fromSummary: 0, audited: 0 };

function feedOf(unit: UnitData, opts: MembersOptions, status?: MemberDisclosureStatus): MemberFeed {
  return {
    unit: unit.ref,
    news: (unit.news?.items ?? []).slice(0, MEMBER_NEWS_LIMIT),
    documents: unit.documents?.items ?? [],
    disclosures: (unit.disclosures?.years ?? []).flatMap((y) => y.items),
    status: status ?? disclosureStatus(unit.ref.level, unit.disclosures, opts.day, opts.calendar),
    ...(unit.staleSince ? { staleSince: unit.staleSince } : {}),
  };
}

async function localFeed(
  member: Member,
  opts: MembersOptions,
  parents: () => Map<string, string | undefined>,
): Promise<MemberFeed | undefined> {
  const { id } = member;
  const siteDir = join(opts.sitesDir, id);
  // The member's last build, as `npm run audit` reads it (default output: dist/).
  const outRoot = opts.outRoot ?? resolve('dist');
  const distDir = join(outRoot, id);
  const built = existsSync(join(distDir, 'index.html')) ? distDir : undefined;
  // Taken before the member is read, as its own build does.
  const fingerprint = auditFingerprint(
    siteFilesHash(siteDir),
    member.unitType === 'truong' ? [] : descendantsFrom(parents(), id),
  );
  const read = readAuditSummary(outRoot, id, { day: isoDate(opts.day), fingerprint, output: outputStamp(outRoot, id) });
  if ('summary' in read) {
    // Fresh: its build judged and published exactly these files today.
    const unit =
      (built && readBuiltUnit(built, siteDir)) ?? (await readLocalUnit(opts.sitesDir, id, opts.buildDate, built));
    if (!unit) return undefined;
    memberAudits.fromSummary += 1;
    return feedOf(unit, opts, statusOf(read.summary));
  }
  if ('corrupt' in read) opts.warnings.push(read.corrupt);
  const unit = await readLocalUnit(opts.sitesDir, id, opts.buildDate, built);
  if (!unit?.siteDir) return undefined;
  memberAudits.audited += 1;
  // Not built yet: the dist rules report "chưa dựng" as info and the content rules still score.
  const result = auditSite(unit.siteDir, distDir, { date: opts.day });
  const status = disclosureStatus(unit.ref.level, unit.disclosures, opts.day, opts.calendar);
  return feedOf(unit, opts, {
    ...status,
    audit: { score: result.score, band: result.band, errors: result.counts.error, warnings: result.counts.warning },
  });
}

export async function memberFeeds(opts: MembersOptions): Promise<MemberFeed[]> {
  if (opts.site.unitType === 'truong') return [];
  const feeds: MemberFeed[] = [];
  const { members, unreadable } = membersOf(opts.sitesDir, opts.siteId);
  // A site whose site.yaml does not validate may be a member: say so rather than drop it silently.
  opts.warnings.push(...unreadable.map(invalidUnit));
  let parents: Map<string, string | undefined> | undefined;
  // Read once, and only when a member is itself a unit (fingerprint.ts).
  const parentsOnce = () => (parents ??= parentIds(opts.sitesDir));
  for (const m of members) {
    const feed = await localFeed(m, opts, parentsOnce);
    if (feed) feeds.push(feed);
  }
  // A remote member may not pass itself off as this unit, a local member or an earlier remote one.
  const known: KnownUnit[] = [
    { id: opts.siteId, host: opts.site.domain.toLowerCase() },
    ...members.map((m) => ({ id: m.id, host: m.domain.toLowerCase() })),
  ];
  for (const { url } of opts.site.remoteMembers) {
    const read = await readRemoteUnit(url, ['tin-tuc', 'van-ban', 'cong-khai'], opts.remote, opts.warnings);
    const unit = read && trustRemoteUnit(read, new URL(url), known, opts.warnings);
    if (!unit) continue;
    known.push({ id: unit.ref.id, host: new URL(unit.ref.url).host.toLowerCase() });
    feeds.push(feedOf(unit, opts));
  }
  return feeds;
}
