/**
 * Liên thông as pages show it: what the units above sent to this site (home block,
 * alert banner) and what the members below publish (news, công khai status). Pure
 * functions over the Network the build handed to the theme, so tests can call them.
 */
import type { AlertItem, FromUnit, MemberFeed, Network, NewsItem, UnitRef } from '../../../content-schemas/network.ts';
import { documentIssuerUrl, webUrl } from './urls.ts';

/**
 * The full list of what the units sent: under the reserved `co-quan` segment of
 * /van-ban/ (never a document's slug), beside the issuer-level pages.
 */
export const UPSTREAM_URL = documentIssuerUrl('cap-tren');

/** A Phòng's or Sở's page of its members' công khai status (every portal of the theme has it at this path). */
export const MEMBER_STATUS_PATH = '/truong-hoc/cong-khai/';

/** A văn bản or notice a unit addressed to this site, as one line of the home block. */
export interface UpstreamItem {
  kind: 'document' | 'notice';
  title: string;
  /** `YYYY-MM-DD`: date of issue (văn bản) or of publication (notice). */
  day: string;
  url: string;
  from: UnitRef;
  /** "Công văn 125/SGDĐT-GDTrH" for a văn bản, the category label for a notice. */
  label: string;
}

/** A calendar day of the API (`YYYY-MM-DD`) as the UTC-midnight Date content dates use. */
export function dayDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The units' văn bản and notices together, newest first (then by title, for a stable order). */
export function upstreamItems(net: Network): UpstreamItem[] {
  const documents = net.upstream.documents.map((d): UpstreamItem => ({
    kind: 'document',
    title: d.title,
    day: d.issued,
    url: d.url,
    from: d.from,
    label: `${d.typeLabel} ${d.number}`,
  }));
  const notices = net.upstream.notices.map((n): UpstreamItem => ({
    kind: 'notice',
    title: n.title,
    day: n.date,
    url: n.url,
    from: n.from,
    label: n.categoryLabel,
  }));
  return [...documents, ...notices].sort((a, b) => b.day.localeCompare(a.day) || a.title.localeCompare(b.title, 'vi'));
}

/**
 * The units' alerts in force on `today` (Vietnam's calendar day of the build), newest
 * start first. A details link is kept only as an `https:` address on the web (a path
 * resolves against the sending unit's portal), as the site's own alerts' links are.
 */
export function upstreamAlertsInForce(net: Network, today: string): FromUnit<AlertItem>[] {
  return net.upstream.alerts
    .filter((a) => a.start <= today && today <= a.end)
    .map((a) => ({ ...a, link: a.link ? webUrl(a.link, new URL(a.from.url).host) : undefined }))
    .sort((a, b) => b.start.localeCompare(a.start));
}

/** A member's news item with the member it comes from. */
export type MemberNewsItem = NewsItem & { unit: UnitRef };

/** The members' latest news, newest first, at most `limit`. */
export function memberNews(net: Network, limit: number): MemberNewsItem[] {
  return net.members
    .flatMap((m) => m.news.map((n) => ({ ...n, unit: m.unit })))
    .sort((a, b) => b.date.localeCompare(a.date) || a.unit.name.localeCompare(b.unit.name, 'vi'))
    .slice(0, limit);
}

/** One member on the công khai status page. */
export interface MemberStatusRow {
  feed: MemberFeed;
  /** Distinct TT 09/2024 items published this năm học. */
  publishedItems: number;
  overdue: number;
  late: number;
  /** Some required item is not published yet: the office follows these up first. */
  lagging: boolean;
}

/** The member schools, each with its công khai status (offices have none of their own: see memberOffices). */
export function memberStatusRows(net: Network): MemberStatusRow[] {
  const rows = net.members
    .filter((m) => m.unit.unitType === 'truong')
    .map((feed): MemberStatusRow => {
      const overdue = feed.status.missing.filter((m) => m.overdue).length;
      return {
        feed,
        publishedItems: new Set(feed.status.published.map((p) => p.item)).size,
        overdue,
        late: feed.status.published.filter((p) => p.late).length,
        lagging: feed.status.missing.length > 0,
      };
    });
  // Laggards first (most overdue, then most missing); otherwise the order of /truong-hoc/.
  return rows
    .map((row, i) => ({ row, i }))
    .sort(
      (a, b) =>
        b.row.overdue - a.row.overdue ||
        b.row.feed.status.missing.length - a.row.feed.status.missing.length ||
        a.i - b.i,
    )
    .map(({ row }) => row);
}

/** A Sở's member offices, each with the address of its own status page (its schools are listed there). */
export function memberOffices(net: Network): { unit: UnitRef; statusUrl: string }[] {
  return net.members
    .filter((m) => m.unit.unitType !== 'truong')
    .map((m) => ({ unit: m.unit, statusUrl: new URL(MEMBER_STATUS_PATH, m.unit.url).href }));
}

/** The năm học of the status page: the members' (they share the build day). */
export function statusYear(net: Network): string | undefined {
  return net.members[0]?.status.schoolYear;
}
