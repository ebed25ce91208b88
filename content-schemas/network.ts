/**
 * Liên thông: what one site's build knows of the other portals of its hierarchy.
 * The build (scripts/lib/network/) assembles it before Astro runs, from the other
 * sites of the same sites folder or from their `/api/v1/` over HTTPS, and hands it to
 * the theme (pages) and to the search indexer (the unit's search over its members).
 * Every item keeps the shape of the `/api/v1/` file it comes from, so a remote unit
 * and a local one look the same.
 */
import type { AlertsApi } from './api/alerts.ts';
import type { DisclosuresApi } from './api/disclosures.ts';
import type { DocumentsApi } from './api/documents.ts';
import type { NewsApi } from './api/news.ts';
import { readFileSync } from 'node:fs';
import type { SiteConfig } from './site.ts';

/** Another unit of the hierarchy, as its `site.json` describes it. */
export interface UnitRef {
  id: string;
  name: string;
  shortName: string;
  unitType: SiteConfig['unitType'];
  unitTypeLabel: string;
  level?: SiteConfig['level'];
  levelLabel?: string;
  /** Home page of its portal, absolute (`https://<domain>/`). */
  url: string;
  /** Read over HTTPS from another repository or host, not from this sites folder. */
  remote: boolean;
}

export type DocumentItem = DocumentsApi['items'][number];
export type NewsItem = NewsApi['items'][number];
export type AlertItem = AlertsApi['items'][number];
export type DisclosureItem = DisclosuresApi['years'][number]['items'][number];

/** An entry a unit addressed to this site, with the unit that sent it. */
export type FromUnit<T> = T & { from: UnitRef };

/** One member's công khai for the current năm học, as the audit judges it. */
export interface MemberDisclosureStatus {
  schoolYear: string;
  /** How many TT 09/2024 items the member's level must publish. */
  expected: number;
  published: { item: string; itemLabel: string; url: string; published: string; late: boolean }[];
  /** `overdue`: its deadline has passed (an error in the audit), else still due (a warning). */
  missing: { item: string; itemLabel: string; overdue: boolean }[];
  /** The member's audit (local members only: a remote member publishes no audit). */
  audit?: { score: number; band: string; errors: number; warnings: number };
}

export interface MemberFeed {
  unit: UnitRef;
  news: NewsItem[];
  documents: DocumentItem[];
  /** Published công khai entries of every năm học. */
  disclosures: DisclosureItem[];
  status: MemberDisclosureStatus;
  /** Day (YYYY-MM-DD) of the last good copy when the member could not be read this time. */
  staleSince?: string;
}

export interface Network {
  /** This site's units, nearest first (its office, then the Sở, …). */
  ancestors: UnitRef[];
  /** What those units addressed to this site (by `audience`), newest first. */
  upstream: {
    documents: FromUnit<DocumentItem>[];
    notices: FromUnit<NewsItem>[];
    /** Every addressed alert not yet ended on the build day; pages show those in force. */
    alerts: FromUnit<AlertItem>[];
  };
  /** For a Phòng or Sở: its direct members, in the order of `/truong-hoc/`. */
  members: MemberFeed[];
  /** Problems that did not stop the build (a unit unreachable, a copy out of date). */
  warnings: string[];
}

export const EMPTY_NETWORK: Network = {
  ancestors: [],
  upstream: { documents: [], notices: [], alerts: [] },
  members: [],
  warnings: [],
};

/** The environment variable naming the Network file of the site being built (unset: no network). */
export const NETWORK_ENV = 'CONG_TRUONG_NETWORK';

/** The Network the build wrote for this site, or the empty one (`astro build` alone, a unit test). */
export function readNetworkFile(path = process.env[NETWORK_ENV]): Network {
  return path ? (JSON.parse(readFileSync(path, 'utf8')) as Network) : EMPTY_NETWORK;
}
