/** `/api/v1/van-ban.json`: every published document, newest first as on `/van-ban/`. */
import type { CollectionEntry } from 'astro:content';
import type { DocumentsApi } from '../../../../content-schemas/api/documents.ts';
import { DOCUMENT_TYPES, ISSUER_LEVELS } from '../../../../content-schemas/collections/documents.ts';
import { documentsByDate } from '../content.ts';
import { dayOf } from '../dates.ts';
import { entryUrl } from '../urls.ts';
import { absolute, envelope, fileLinks } from './common.ts';

function item(e: CollectionEntry<'documents'>): DocumentsApi['items'][number] {
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
    url: absolute(entryUrl('documents', e.id)),
    files: fileLinks(d.files),
  };
}

export async function documentsPayload(): Promise<DocumentsApi> {
  return { ...envelope(), items: (await documentsByDate()).map(item) };
}
