/**
 * A Phòng's or Sở's search over its members: each member's news, documents and công
 * khai entries (as the Network carries them, from the members' `/api/v1/`) become
 * Pagefind custom records of the unit's own index. The unit's index alone then holds
 * everything, so its search works when it is served on its own domain and each school
 * on another: results link to the absolute URL of the page on the member's portal and
 * the browser never asks another origin for anything. Pure data in, data out.
 */
import type {
  DisclosureItem,
  DocumentItem,
  MemberFeed,
  Network,
  NewsItem,
  UnitRef,
} from '../../../content-schemas/network.ts';
import { SEARCH_SYNONYMS } from '../../../content-schemas/search-synonyms.ts';
import { UNIT_FILTER } from './facets.ts';
import { compactDate, toSearchRecord } from './records.ts';
import { foldField } from './vietnamese.ts';

/** What `index.addCustomRecord` takes (Pagefind 1.5), every string NFC. */
export interface MemberRecord {
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

type Kind = 'news' | 'documents' | 'disclosures';

const nfc = (text: string) => text.normalize('NFC');
const lines = (...parts: (string | undefined | false)[]) => parts.filter(Boolean).join('\n');
const fileTitles = (files: { title: string }[] | undefined) => (files ?? []).map((f) => f.title);

/** The text a member's page would show for its entry, title first (excerpts and phrase ranking read it). */
function contentOf(kind: Kind, item: NewsItem | DocumentItem | DisclosureItem): string {
  if (kind === 'news') {
    const news = item as NewsItem;
    return lines(news.title, news.description, ...fileTitles(news.files));
  }
  if (kind === 'documents') {
    const doc = item as DocumentItem;
    return lines(
      doc.title,
      `${doc.typeLabel} số ${doc.number}`,
      doc.issuer,
      doc.signer && `Người ký: ${doc.signer}`,
      ...fileTitles(doc.files),
    );
  }
  const entry = item as DisclosureItem;
  return lines(
    entry.title,
    `${entry.categoryLabel}: ${entry.itemLabel}`,
    `Năm học ${entry.schoolYear}`,
    ...fileTitles(entry.files),
  );
}

/** The entry's page on the other unit's portal, absolute even if the feed held a path. */
function absolute(url: string, unit: Pick<UnitRef, 'url'>): string {
  return new URL(url, unit.url).href;
}

/**
 * The record of an entry on another unit's portal (a member's, or one a unit above
 * addressed to this site). The unit's name is a hidden field, so "hoc phi thcs nguyen du"
 * finds that school's page on its office's portal.
 */
export function memberRecord(
  member: { unit: Pick<UnitRef, 'name' | 'url'> },
  kind: Kind,
  item: NewsItem | DocumentItem | DisclosureItem,
  unitFilter = true,
): MemberRecord {
  // The same filters and dates as the member's own index gives the entry.
  const own = toSearchRecord(kind, item.slug, item as unknown as Record<string, unknown>)!;
  const content = nfc(contentOf(kind, item));
  const meta: Record<string, string> = {
    title: nfc(item.title),
    date: compactDate(own.date),
    unit: nfc(member.unit.name),
  };
  const fold = foldField(`${content}\n${member.unit.name}`, SEARCH_SYNONYMS);
  if (fold) meta.fold = nfc(fold);
  // «Đơn vị» lists a unit and its members only: an entry from a unit above names it in `unit`.
  const filters: Record<string, string[]> = unitFilter ? { [UNIT_FILTER]: [nfc(member.unit.name)] } : {};
  for (const [key, values] of Object.entries(own.filters)) if (values?.length) filters[key] = values.map(nfc);
  return { url: absolute(item.url, member.unit), content, language: 'vi', meta, filters, sort: { date: own.date } };
}

/** Every member's news, documents and công khai entries, member by member. */
export function memberRecords(network: Pick<Network, 'members'>): MemberRecord[] {
  return network.members.flatMap((member) => [
    ...member.news.map((item) => memberRecord(member, 'news', item)),
    ...member.documents.map((item) => memberRecord(member, 'documents', item)),
    ...member.disclosures.map((item) => memberRecord(member, 'disclosures', item)),
  ]);
}

/**
 * What the units above addressed to this site (văn bản, notices): listed on its pages by
 * reference, so found by its search too ("3890/KH" on a school's portal), linking to the
 * original on the unit's portal and naming that unit.
 */
export function upstreamRecords(network: Pick<Network, 'upstream'>): MemberRecord[] {
  return [
    ...network.upstream.documents.map((item) => memberRecord({ unit: item.from }, 'documents', item, false)),
    ...network.upstream.notices.map((item) => memberRecord({ unit: item.from }, 'news', item, false)),
  ];
}
