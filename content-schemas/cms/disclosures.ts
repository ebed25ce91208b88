/**
 * Công khai in the CMS as the build checks it (TT 09/2024): «Mục công khai» offers
 * only the items of the school's level, listed under their «Nhóm nội dung» (the
 * admin's `grouped-select` widget, a native select with one group per heading).
 * The group is not chosen separately, so no item can be paired with a wrong group:
 * the save hook writes `category` from the item (the `derived` save rule). One entry
 * per item and năm học, checked at save against the entries the site had when built.
 */
import { DISCLOSURE_CATEGORIES, DISCLOSURE_ITEMS, type DisclosureItemKey } from '../disclosure-items.ts';
import type { Level } from '../levels.ts';
import type { CmsCollection, CmsField } from './types.ts';
import type { CollectionSaveRules } from './save-rules.ts';

export const DISCLOSURES = 'disclosures';
export const GROUPED_SELECT = 'grouped-select';

/** Items a site of this level publishes; a unit without a level sees them all. */
export function itemsForLevel(level: Level | undefined): DisclosureItemKey[] {
  const keys = Object.keys(DISCLOSURE_ITEMS) as DisclosureItemKey[];
  return level ? keys.filter((k) => (DISCLOSURE_ITEMS[k].levels as readonly Level[]).includes(level)) : keys;
}

/** The item field: the level's items, each tagged with its group, and the groups' labels. */
export function groupedItemField(field: CmsField, level: Level | undefined): CmsField {
  const allowed = new Set<string>(itemsForLevel(level));
  const options = (field.options ?? []).filter((o) => allowed.has(o.value));
  const groups = Object.entries(DISCLOSURE_CATEGORIES).map(([value, label]) => ({ value, label }));
  return {
    ...field,
    widget: GROUPED_SELECT,
    hint: 'Các mục được xếp theo nhóm nội dung của Thông tư 09/2024; chỉ có các mục của cấp học của trường.',
    groups: groups.filter((g) =>
      options.some((o) => DISCLOSURE_ITEMS[o.value as DisclosureItemKey].category === g.value),
    ),
    options: options.map((o) => ({ ...o, group: DISCLOSURE_ITEMS[o.value as DisclosureItemKey].category })),
  };
}

/** The collection without its `category` field (derived from the item) and with the grouped item field. */
export function disclosureCollection(collection: CmsCollection, level: Level | undefined): CmsCollection {
  const fields = collection.fields
    ?.filter((f) => f.name !== 'category')
    .map((f) => (f.name === 'item' ? groupedItemField(f, level) : f));
  // The list's filters by group stay: the files keep `category`.
  return { ...collection, ...(fields ? { fields } : {}) };
}

/** `category` follows `item`. */
export function disclosureDerivedRule(): Partial<CollectionSaveRules> {
  const map = Object.fromEntries(Object.entries(DISCLOSURE_ITEMS).map(([item, def]) => [item, def.category]));
  return { derived: { field: 'category', from: 'item', map } };
}

export interface ExistingDisclosure {
  slug: string;
  title?: unknown;
  item?: unknown;
  schoolYear?: unknown;
}

/** The rule "one entry per item and năm học", with the pairs already published. */
export function disclosureUniqueRule(existing: ExistingDisclosure[]): Partial<CollectionSaveRules> {
  const pairs = existing
    .filter((e) => typeof e.item === 'string' && typeof e.schoolYear === 'string')
    .map((e) => [`${e.item}|${e.schoolYear}`, { slug: e.slug, title: typeof e.title === 'string' ? e.title : e.slug }]);
  return { unique: { fields: ['item', 'schoolYear'], existing: Object.fromEntries(pairs) } };
}
