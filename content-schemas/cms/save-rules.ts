/**
 * What the admin's preSave hook must check beyond Decap's own validation, derived
 * from the generated config and the schemas, and handed to the admin as JSON in
 * `<meta name="cong-truong:save-rules">` (admin/html.ts):
 *
 * - `labels`: each top-level field's Vietnamese label, so messages never show a key;
 * - `lists`: lists that need at least `min` rows (Decap lets an empty list through);
 * - `derived`: a field written from another (công khai: the group follows the item);
 * - `unique`: fields whose values together may appear once (công khai: one entry per
 *   item and năm học), with the pairs already in the site when it was built.
 */
import type { CmsCollection, CmsConfig, CmsField } from './types.ts';

export interface DerivedField {
  field: string;
  from: string;
  map: Record<string, string>;
}

export interface UniqueRule {
  fields: string[];
  /** Value tuples joined with '|' → the entry that has them. */
  existing: Record<string, { slug: string; title: string }>;
}

export interface CollectionSaveRules {
  labels: Record<string, string>;
  lists: { name: string; label: string; min: number }[];
  derived?: DerivedField;
  unique?: UniqueRule;
}

export type SaveRules = Record<string, CollectionSaveRules>;

function fieldsOf(collection: CmsCollection): CmsField[] {
  return collection.fields ?? collection.files?.flatMap((f) => f.fields) ?? [];
}

export function collectionSaveRules(collection: CmsCollection): CollectionSaveRules {
  const fields = fieldsOf(collection);
  return {
    labels: Object.fromEntries(fields.map((f) => [f.name, f.label])),
    lists: fields
      .filter((f) => f.widget === 'list' && (f.min ?? 0) > 0)
      .map((f) => ({ name: f.name, label: f.label, min: f.min ?? 1 })),
  };
}

/** Rules for every collection of the config; `extra` adds the derived and unique rules. */
export function saveRules(config: CmsConfig, extra: Record<string, Partial<CollectionSaveRules>> = {}): SaveRules {
  return Object.fromEntries(config.collections.map((c) => [c.name, { ...collectionSaveRules(c), ...extra[c.name] }]));
}
