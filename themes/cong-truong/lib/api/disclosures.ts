/** `/api/v1/cong-khai.json`: entries by năm học and the current năm học's completeness. */
import { getCollection } from 'astro:content';
import type { DisclosuresApi } from '../../../../content-schemas/api/disclosures.ts';
import { disclosuresPayload as build } from '../../../../content-schemas/api/payloads/disclosures.ts';
import { payloadContext } from './common.ts';

export async function disclosuresPayload(): Promise<DisclosuresApi> {
  return build(payloadContext, await getCollection('disclosures'));
}
