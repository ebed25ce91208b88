/**
 * `/api/v1/cong-khai.json`: the entries by năm học (newest first), and the current
 * năm học (from the build date) against the items of the school's level.
 */
import type { Disclosure } from '../../collections/disclosures.ts';
import {
  DISCLOSURE_CATEGORIES,
  DISCLOSURE_ITEMS,
  requiredDisclosureItems,
  type DisclosureItemKey,
} from '../../disclosure-items.ts';
import type { DisclosuresApi } from '../disclosures.ts';
import { envelope, entryAddress, fileLinks, isPublished, type EntryOf, type PayloadContext } from './context.ts';
import { currentSchoolYear, dayOf } from '../../calendar.ts';

export type DisclosureEntry = EntryOf<Disclosure>;

export function disclosureItem(
  ctx: PayloadContext,
  e: DisclosureEntry,
): DisclosuresApi['years'][number]['items'][number] {
  const d = e.data;
  return {
    slug: e.id,
    title: d.title,
    schoolYear: d.schoolYear,
    category: d.category,
    categoryLabel: DISCLOSURE_CATEGORIES[d.category],
    item: d.item,
    itemLabel: DISCLOSURE_ITEMS[d.item].label,
    published: dayOf(d.published),
    eventDate: d.eventDate && dayOf(d.eventDate),
    url: entryAddress(ctx, 'disclosures', e.id),
    files: fileLinks(ctx, d.files),
  };
}

/** Published entries by năm học, newest year first, newest entry first within a year. */
export function disclosuresByYear<E extends DisclosureEntry>(entries: readonly E[]): Map<string, E[]> {
  const all = entries.filter(isPublished).sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
  const years = [...new Set(all.map((d) => d.data.schoolYear))].sort().reverse();
  return new Map(years.map((y) => [y, all.filter((d) => d.data.schoolYear === y)]));
}

const ref = (key: DisclosureItemKey) => ({ item: key, itemLabel: DISCLOSURE_ITEMS[key].label });

function completeness(ctx: PayloadContext, byYear: Map<string, DisclosureEntry[]>): DisclosuresApi['current'] {
  const schoolYear = currentSchoolYear(ctx.buildDate);
  const { site } = ctx;
  // TT 09/2024 binds schools; a Phòng or Sở has no level and no items of its own.
  const expected = site.unitType === 'truong' && site.level ? requiredDisclosureItems(site.level) : [];
  const done = new Set((byYear.get(schoolYear) ?? []).map((e) => e.data.item));
  return {
    schoolYear,
    level: site.level,
    expected: expected.map(ref),
    published: expected.filter((k) => done.has(k)).map(ref),
    missing: expected.filter((k) => !done.has(k)).map(ref),
  };
}

export function disclosuresPayload(ctx: PayloadContext, entries: readonly DisclosureEntry[]): DisclosuresApi {
  const byYear = disclosuresByYear(entries);
  return {
    ...envelope(ctx),
    current: completeness(ctx, byYear),
    years: [...byYear].map(([schoolYear, items]) => ({ schoolYear, items: items.map((e) => disclosureItem(ctx, e)) })),
  };
}
