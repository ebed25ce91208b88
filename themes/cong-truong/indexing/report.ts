/**
 * How the indexing step in the theme's `astro:build:done` hook tells the build what
 * it did: Astro runs in another process (a persistent worker or `astro build`), and
 * its own log is silenced there, so the hook writes its result to the file the build
 * names in INDEX_REPORT_ENV. `started` is written first: a report that stays at
 * `started` means the indexer died mid-way (Pagefind's service can crash), which the
 * build reports as the search step failing rather than Astro.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export const INDEX_REPORT_ENV = 'CONG_TRUONG_INDEX_REPORT';

export interface IndexResult {
  /** Pages of the site in the index. */
  pages: number;
  /** PDF attachments whose text was indexed. */
  pdfs: number;
  /** Entries of other portals (members, units above) added to the index. */
  memberRecords: number;
  /** Vietnamese with the English after " / " (an unreadable PDF, a record without a page). */
  warnings: string[];
  ms: number;
}

export type IndexReport =
  | { state: 'started' }
  | { state: 'done'; result: IndexResult }
  | { state: 'failed'; error: { message: string; stack?: string } };

/** Writes the report when the build asked for one (no file: plain `astro build`). */
export function writeIndexReport(report: IndexReport, path = process.env[INDEX_REPORT_ENV]): void {
  if (path) writeFileSync(path, JSON.stringify(report));
}

/** The report, or undefined when the hook never ran (Astro stopped before it). */
export function readIndexReport(path: string): IndexReport | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as IndexReport;
  } catch {
    return undefined;
  }
}
