/** `/api/v1/site.json` from site.yaml. */
import type { SiteApi } from '../../../../content-schemas/api/site.ts';
import { sitePayload as build } from '../../../../content-schemas/api/payloads/site.ts';
import { payloadContext } from './common.ts';

export function sitePayload(): SiteApi {
  return build(payloadContext);
}
