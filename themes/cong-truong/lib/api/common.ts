/** The payload context of the portal being built, for the pure builders in content-schemas/api/payloads/. */
import { buildDate, site, siteId } from 'virtual:cong-truong/site';
import type { PayloadContext } from '../../../../content-schemas/api/payloads/context.ts';

export const payloadContext: PayloadContext = { siteId, site, buildDate };
