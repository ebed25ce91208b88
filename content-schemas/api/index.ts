/**
 * The "chuẩn kết nối": the files every portal publishes under `/api/v1/` for other
 * portals (the Sở, the Phòng, the schools, other repositories) to read. Each file
 * has its Zod schema here; the build checks every file against it and publishes the
 * JSON Schema generated from it beside the file (`<name>.schema.json`). Adding a field
 * keeps v1; renaming, removing or changing the meaning of one needs `/api/v2/`.
 */
import type { z } from 'astro/zod';
import type { UnitType } from '../levels.ts';
import { alertsApiSchema } from './alerts.ts';
import { disclosuresApiSchema } from './disclosures.ts';
import { documentsApiSchema } from './documents.ts';
import { API_VERSION } from './fields.ts';
import { membersApiSchema } from './members.ts';
import { newsApiSchema } from './news.ts';
import { siteApiSchema } from './site.ts';

export { API_VERSION } from './fields.ts';

export const API_BASE = `/api/v${API_VERSION}/`;

interface ApiFile {
  schema: z.ZodType;
  /** Only a Phòng or Sở publishes it. */
  unitsOnly: boolean;
}

export const API_FILES = {
  site: { schema: siteApiSchema, unitsOnly: false },
  'tin-tuc': { schema: newsApiSchema, unitsOnly: false },
  'van-ban': { schema: documentsApiSchema, unitsOnly: false },
  'cong-khai': { schema: disclosuresApiSchema, unitsOnly: false },
  'thong-bao-khan': { schema: alertsApiSchema, unitsOnly: false },
  'don-vi': { schema: membersApiSchema, unitsOnly: true },
} as const satisfies Record<string, ApiFile>;

export type ApiFileName = keyof typeof API_FILES;

/** The files a unit of this type publishes: every one, but `don-vi` only for a Phòng or Sở. */
export function apiFilesOf(unitType: UnitType): ApiFileName[] {
  return (Object.keys(API_FILES) as ApiFileName[]).filter(
    (name) => unitType !== 'truong' || !API_FILES[name].unitsOnly,
  );
}
