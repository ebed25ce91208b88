/**
 * What the theme's `astro:build:done` hook needs of a site's entries: the redirects
 * from the old portal and the search records. Both come from the entries read and
 * validated once: `npm run build` (scripts/lib/build-site.ts) has them already and
 * hands them on in a file of its private build root named by BUILD_DATA_ENV; a plain
 * `astro build` (or `npm run dev`) has none, and the hook reads the site itself.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Entry } from '../../content-schemas/entry.ts';
import { readSite } from '../../content-schemas/validate.ts';
import { redirectsOf, type Redirect } from './redirects.ts';
import { searchRecordsOf, type SearchRecord } from './search/records.ts';

export const BUILD_DATA_ENV = 'CONG_TRUONG_BUILD_DATA';

export interface BuildData {
  redirects: Redirect[];
  /** One per published entry (search/records.ts). */
  searchRecords: SearchRecord[];
}

export function buildDataOf(entries: readonly Entry[]): BuildData {
  return { redirects: redirectsOf(entries), searchRecords: searchRecordsOf(entries) };
}

/** The data the build handed on, or undefined when none was (`npm run dev`, plain `astro build`). */
export function readBuildData(path = process.env[BUILD_DATA_ENV]): BuildData | undefined {
  return path ? (JSON.parse(readFileSync(path, 'utf8')) as BuildData) : undefined;
}

/** The handed-on data, else the entries of `siteDir` read here (what is invalid is left out, as Astro would refuse it). */
export function buildDataFor(siteDir: string): BuildData {
  return readBuildData() ?? buildDataOf(readSite(siteDir, dirname(siteDir)).entries);
}
