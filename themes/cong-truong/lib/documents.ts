/**
 * The văn bản list: the site's own documents and, by reference, those its units
 * addressed to it (liên thông), as one kind of row; and the facets of that list
 * (which types and issuer levels have documents).
 */
import type { CollectionEntry } from 'astro:content';
import { DOCUMENT_TYPES, ISSUER_LEVELS } from '../../../content-schemas/collections/documents.ts';
import type { DocumentItem, FromUnit, Network, UnitRef } from '../../../content-schemas/network.ts';
import { documentsByDate } from './content.ts';
import { dayDate } from './network-view.ts';
import { entryUrl } from './urls.ts';

export interface DocumentRow {
  number: string;
  issued: Date;
  title: string;
  /** The detail page: on this portal, or the original on the sending unit's portal (absolute). */
  href: string;
  issuer: string;
  issuerLevel: keyof typeof ISSUER_LEVELS;
  type: keyof typeof DOCUMENT_TYPES;
  /** Set when a unit sent it: the row is theirs, shown by reference. */
  from?: UnitRef;
  /** Absolute URLs of the original's files (unit rows only; own files are on the detail page). */
  files?: { title: string; url: string }[];
}

export function ownRow(entry: CollectionEntry<'documents'>): DocumentRow {
  const d = entry.data;
  return {
    number: d.number,
    issued: d.issued,
    title: d.title,
    href: entryUrl('documents', entry.id),
    issuer: d.issuer,
    issuerLevel: d.issuerLevel,
    type: d.type,
  };
}

export function unitRow(item: FromUnit<DocumentItem>): DocumentRow {
  return {
    number: item.number,
    issued: dayDate(item.issued),
    title: item.title,
    href: item.url,
    issuer: item.issuer,
    issuerLevel: item.issuerLevel,
    type: item.type,
    from: item.from,
    files: item.files,
  };
}

/** Newest first by date of issue, then by reference number (the order of documentsByDate). */
export function byIssued(a: DocumentRow, b: DocumentRow): number {
  return b.issued.getTime() - a.issued.getTime() || a.number.localeCompare(b.number, 'vi');
}

/** Every row of /van-ban/: the site's published documents and those its units addressed to it. */
export async function documentRows(net: Network): Promise<DocumentRow[]> {
  return [...(await documentsByDate()).map(ownRow), ...net.upstream.documents.map(unitRow)].sort(byIssued);
}

/** Keys present in the rows, in the schema's order (the order editors see). */
export function facets(rows: Pick<DocumentRow, 'type' | 'issuerLevel'>[]): { types: string[]; levels: string[] } {
  const types = new Set<string>(rows.map((d) => d.type));
  const levels = new Set<string>(rows.map((d) => d.issuerLevel));
  return {
    types: Object.keys(DOCUMENT_TYPES).filter((k) => types.has(k)),
    levels: Object.keys(ISSUER_LEVELS).filter((k) => levels.has(k)),
  };
}
