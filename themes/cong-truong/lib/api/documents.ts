/** `/api/v1/van-ban.json`: every published document, newest first as on `/van-ban/`. */
import { getCollection } from 'astro:content';
import type { DocumentsApi } from '../../../../content-schemas/api/documents.ts';
import { documentsPayload as build } from '../../../../content-schemas/api/payloads/documents.ts';
import { payloadContext } from './common.ts';

export async function documentsPayload(): Promise<DocumentsApi> {
  return build(payloadContext, await getCollection('documents'));
}
