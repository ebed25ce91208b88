/** Công khai grouped the way TT 09/2024 lays it out: by năm học, then by category. */
import type { CollectionEntry } from 'astro:content';
import { DISCLOSURE_CATEGORIES, type DisclosureCategory } from '../../../content-schemas/disclosure-items.ts';
import { published } from './content.ts';
import { schoolYearOfDay } from '../../../content-schemas/calendar.ts';

type Disclosure = CollectionEntry<'disclosures'>;

export async function disclosuresByYear(): Promise<Map<string, Disclosure[]>> {
  const all = (await published('disclosures')).sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
  const years = [...new Set(all.map((d) => d.data.schoolYear))].sort().reverse();
  return new Map(years.map((y) => [y, all.filter((d) => d.data.schoolYear === y)]));
}

/** The school year shown first: the current one if it has entries, else the latest one. */
export function leadingYear(years: string[], today: string): string | undefined {
  const current = schoolYearOfDay(today);
  return years.includes(current) ? current : years[0];
}

export function byCategory(entries: Disclosure[]): { key: DisclosureCategory; label: string; entries: Disclosure[] }[] {
  return (Object.keys(DISCLOSURE_CATEGORIES) as DisclosureCategory[])
    .map((key) => ({ key, label: DISCLOSURE_CATEGORIES[key], entries: entries.filter((e) => e.data.category === key) }))
    .filter((g) => g.entries.length > 0);
}
