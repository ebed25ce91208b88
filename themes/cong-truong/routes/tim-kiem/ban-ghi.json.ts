/**
 * Build-time only: the search records of every published entry (URL, filters, date,
 * attachments), read by scripts/lib/search-index.ts after the build and deleted
 * from the output before the site is published. Coming from the same collections
 * as the pages, it never disagrees with them about drafts or metadata.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { COLLECTION_NAMES } from '../../../../content-schemas/index.ts';
import { published } from '../../lib/content.ts';
import { site } from 'virtual:cong-truong/site';
import { toSearchRecord, type SearchRecord, type SearchRecordsFile } from '../../search/records.ts';

export const GET: APIRoute = async () => {
  const records: SearchRecord[] = [];
  for (const name of COLLECTION_NAMES) {
    if (name === 'leaders') {
      // All leaders share one page.
      const leaders = await getCollection('leaders');
      const record = leaders.length ? toSearchRecord('leaders', 'lanh-dao', { title: 'Ban lãnh đạo' }) : undefined;
      if (record) records.push(record);
      continue;
    }
    for (const entry of await published(name)) {
      const record = toSearchRecord(name, entry.id, entry.data as Record<string, unknown>);
      if (record) records.push(record);
    }
  }
  const file: SearchRecordsFile = { version: 1, unit: site.name, records };
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
