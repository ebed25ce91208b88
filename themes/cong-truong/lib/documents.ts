/** Facets of the văn bản list: which types and issuer levels have published documents. */
import type { CollectionEntry } from 'astro:content';
import { DOCUMENT_TYPES, ISSUER_LEVELS } from '../../../content-schemas/collections/documents.ts';

/** Keys present in the documents, in the schema's order (the order editors see). */
export function facets(docs: CollectionEntry<'documents'>[]): { types: string[]; levels: string[] } {
  const types = new Set(docs.map((d) => d.data.type));
  const levels = new Set(docs.map((d) => d.data.issuerLevel));
  return {
    types: Object.keys(DOCUMENT_TYPES).filter((k) => types.has(k as never)),
    levels: Object.keys(ISSUER_LEVELS).filter((k) => levels.has(k as never)),
  };
}
