/**
 * `/api/v1/cong-khai.json`: the entries by năm học as `/cong-khai/` groups them, and
 * the current năm học (from the build date) against the items of the school's level.
 */
import type { CollectionEntry } from 'astro:content';
import { buildDate, site } from 'virtual:cong-truong/site';
import type { DisclosuresApi } from '../../../../content-schemas/api/disclosures.ts';
import { DISCLOSURE_CATEGORIES, DISCLOSURE_ITEMS, requiredDisclosureItems, type DisclosureItemKey } from '../../../../content-schemas/disclosure-items.ts';
import { dayOf, schoolYearOf, vnDay } from '../dates.ts';
import { disclosuresByYear } from '../disclosures.ts';
import { entryUrl } from '../urls.ts';
import { absolute, envelope, fileLinks } from './common.ts';

function item(e: CollectionEntry<'disclosures'>): DisclosuresApi['years'][number]['items'][number] {
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
    url: absolute(entryUrl('disclosures', e.id)),
    files: fileLinks(d.files),
  };
}

const ref = (key: DisclosureItemKey) => ({ item: key, itemLabel: DISCLOSURE_ITEMS[key].label });

function completeness(byYear: Map<string, CollectionEntry<'disclosures'>[]>): DisclosuresApi['current'] {
  const schoolYear = schoolYearOf(vnDay(buildDate));
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

export async function disclosuresPayload(): Promise<DisclosuresApi> {
  const byYear = await disclosuresByYear();
  return {
    ...envelope(),
    current: completeness(byYear),
    years: [...byYear].map(([schoolYear, entries]) => ({ schoolYear, items: entries.map(item) })),
  };
}
