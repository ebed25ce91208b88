/**
 * A member of the same sites folder read from its own last build: the `/api/v1/`
 * files it published, checked against their schemas like a remote portal's. Used only
 * when that build's audit summary is fresh (audit-summary.ts), i.e. the output was
 * built from the member's files as they are now, on the same day: then these are the
 * payloads readLocalUnit would compute from its content, without reading it again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { API_BASE, API_FILES, type ApiFileName } from '../../../content-schemas/api/index.ts';
import { unitRef, type UnitData } from './unit.ts';

function readPayload<N extends ApiFileName>(
  builtDir: string,
  name: N,
): z.output<(typeof API_FILES)[N]['schema']> | undefined {
  const file = join(builtDir, API_BASE, `${name}.json`);
  if (!existsSync(file)) return undefined;
  try {
    const parsed = (API_FILES[name].schema as z.ZodType).safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? (parsed.data as z.output<(typeof API_FILES)[N]['schema']>) : undefined;
  } catch {
    return undefined;
  }
}

/** The member's news, documents and công khai as its build published them; undefined when any is missing or invalid. */
export function readBuiltUnit(builtDir: string, siteDir: string): UnitData | undefined {
  const site = readPayload(builtDir, 'site');
  const news = readPayload(builtDir, 'tin-tuc');
  const documents = readPayload(builtDir, 'van-ban');
  const disclosures = readPayload(builtDir, 'cong-khai');
  if (!site || !news || !documents || !disclosures) return undefined;
  return { ref: unitRef(site, false), unit: site.unit, siteDir, news, documents, disclosures };
}
