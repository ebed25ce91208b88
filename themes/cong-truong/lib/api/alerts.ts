/** `/api/v1/thong-bao-khan.json`: the alerts not yet ended on the build date. */
import { getCollection } from 'astro:content';
import type { AlertsApi } from '../../../../content-schemas/api/alerts.ts';
import { alertsPayload as build } from '../../../../content-schemas/api/payloads/alerts.ts';
import { payloadContext } from './common.ts';

export async function alertsPayload(): Promise<AlertsApi> {
  return build(payloadContext, await getCollection('alerts'));
}
