/**
 * The payload of each `/api/v1/` file, checked against its schema before it is
 * written: a file that would break the published contract fails the build instead.
 */
import { site } from 'virtual:cong-truong/site';
import { API_FILES, apiFilesOf, type ApiFileName } from '../../../../content-schemas/api/index.ts';
import { nfcDeep } from '../../../../content-schemas/fields.ts';
import { alertsPayload } from './alerts.ts';
import { disclosuresPayload } from './disclosures.ts';
import { documentsPayload } from './documents.ts';
import { membersPayload } from './members.ts';
import { newsPayload } from './news.ts';
import { sitePayload } from './site.ts';

const PAYLOADS: Record<ApiFileName, () => unknown> = {
  site: sitePayload,
  'tin-tuc': newsPayload,
  'van-ban': documentsPayload,
  'cong-khai': disclosuresPayload,
  'thong-bao-khan': alertsPayload,
  'don-vi': membersPayload,
};

/** The files this site publishes (`don-vi` only on a Phòng's or Sở's portal). */
export function apiFileNames(): ApiFileName[] {
  return apiFilesOf(site.unitType);
}

export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(nfcDeep(value), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

export async function apiPayload(name: ApiFileName): Promise<unknown> {
  const result = API_FILES[name].schema.safeParse(await PAYLOADS[name]());
  if (!result.success) {
    // A theme bug, not an editor's: the content itself passed its collection schema.
    throw new Error(
      `/api/v1/${name}.json không khớp lược đồ chuẩn kết nối: ${result.error.message} Cách sửa: sửa hàm dựng tệp này trong themes/cong-truong/lib/api/ hoặc lược đồ trong content-schemas/api/ cho khớp nhau. | [en] /api/v1/${name}.json does not match its schema. Fix: make the payload builder and content-schemas/api/ agree.`,
    );
  }
  return result.data;
}
