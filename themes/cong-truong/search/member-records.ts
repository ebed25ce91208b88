/**
 * A Phòng's or Sở's search over its members: each member's news, documents and công
 * khai entries (as the Network carries them, from the members' `/api/v1/`) become
 * Pagefind custom records of the unit's own index. The unit's index alone then holds
 * everything, so its search works when it is served on its own domain and each school
 * on another: results link to the absolute URL of the page on the member's portal and
 * the browser never asks another origin for anything. Pure data in, data out.
 */
import type { DisclosureItem, DocumentItem, MemberFeed, Network, NewsItem } from '../../../content-schemas/network.ts';
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
    return lines(doc.title, `${doc.typeLabel} số ${doc.number}`, doc.issuer, doc.signer && `Người ký: ${doc.signer}`, ...fileTitles(doc.files));
  }
  const entry = item as DisclosureItem;
  return lines(entry.title, `${entry.categoryLabel}: ${entry.itemLabel}`, `Năm học ${entry.schoolYear}`, ...fileTitles(entry.files));
}

/** The entry's page on the member's portal, absolute even if the feed held a path. */
function absolute(url: string, member: MemberFeed): string {
  return new URL(url, member.unit.url).href;
}

export function memberRecord(member: MemberFeed, kind: Kind, item: NewsItem | DocumentItem | DisclosureItem): MemberRecord {
  // The same filters and dates as the member's own index gives the entry.
  const own = toSearchRecord(kind, item.slug, item as unknown as Record<string, unknown>)!;
  const content = nfc(contentOf(kind, item));
  const meta: Record<string, string> = { title: nfc(item.title), date: compactDate(own.date) };
  const fold = foldField(content, SEARCH_SYNONYMS);
  if (fold) meta.fold = nfc(fold);
  const filters: Record<string, string[]> = { [UNIT_FILTER]: [nfc(member.unit.name)] };
  for (const [key, values] of Object.entries(own.filters)) if (values?.length) filters[key] = values.map(nfc);
  return { url: absolute(item.url, member), content, language: 'vi', meta, filters, sort: { date: own.date } };
}

/** Every member's news, documents and công khai entries, member by member. */
export function memberRecords(network: Pick<Network, 'members'>): MemberRecord[] {
  return network.members.flatMap((member) => [
    ...member.news.map((item) => memberRecord(member, 'news', item)),
    ...member.documents.map((item) => memberRecord(member, 'documents', item)),
    ...member.disclosures.map((item) => memberRecord(member, 'disclosures', item)),
  ]);
}
