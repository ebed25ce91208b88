/** `/api/v1/van-ban.json`: every published document, newest first as on `/van-ban/`. */
import { DOCUMENT_TYPES, ISSUER_LEVELS, type Document } from '../../collections/documents.ts';
import type { DocumentsApi } from '../documents.ts';
import { envelope, entryAddress, fileLinks, isPublished, type EntryOf, type PayloadContext } from './context.ts';
import { dayOf } from '../../calendar.ts';

export type DocumentEntry = EntryOf<Document>;

export function documentItem(ctx: PayloadContext, e: DocumentEntry): DocumentsApi['items'][number] {
  const d = e.data;
  return {
    slug: e.id,
    title: d.title,
    number: d.number,
    type: d.type,
    typeLabel: DOCUMENT_TYPES[d.type],
    issuer: d.issuer,
    issuerLevel: d.issuerLevel,
    issuerLevelLabel: ISSUER_LEVELS[d.issuerLevel],
    signer: d.signer,
    issued: dayOf(d.issued),
    effective: d.effective && dayOf(d.effective),
    schoolYear: d.schoolYear,
    legacyForm: d.legacyForm,
    url: entryAddress(ctx, 'documents', e.id),
    files: fileLinks(ctx, d.files),
    audience: d.audience,
  };
}

/** Newest first by date of issue, then by reference number. */
export function documentOrder(a: DocumentEntry, b: DocumentEntry): number {
  return b.data.issued.getTime() - a.data.issued.getTime() || a.data.number.localeCompare(b.data.number, 'vi');
}

export function documentsPayload(ctx: PayloadContext, entries: readonly DocumentEntry[]): DocumentsApi {
  return {
    ...envelope(ctx),
    items: entries
      .filter(isPublished)
      .sort(documentOrder)
      .map((e) => documentItem(ctx, e)),
  };
}
