/**
 * The audit a build runs on what it has just made: the entries it validated and the
 * output it indexed, not a second read of the disk. It gives the build's audit line
 * and the summary a Phòng's or Sở's build reads instead of auditing the site again
 * (audit-summary.ts).
 */
import { join } from 'node:path';
import { parseIsoDate } from '../../../content-schemas/fields.ts';
import { vnDay } from '../../../content-schemas/calendar.ts';
import { parentIds } from '../../../content-schemas/members.ts';
import type { SiteConfig } from '../../../content-schemas/site.ts';
import type { Entry } from '../../../content-schemas/validate.ts';
import type { BuiltSite } from '../../audit/built.ts';
import { auditSite, summaryLine, type SiteResult } from '../../audit/index.ts';
import { createCalendar, type HolidayCalendar } from '../../audit/working-days.ts';
import { outputStamp, writeAuditSummary, type AuditSummary } from './audit-summary.ts';
import { auditFingerprint, descendantsFrom } from './fingerprint.ts';
import { disclosuresOf } from './local.ts';
import { disclosureStatus } from './status.ts';

export interface BuildAuditInput {
  siteId: string;
  sitesDir: string;
  site: SiteConfig;
  entries: Entry[];
  /** The built output, still in the build root (findings are counted, not shown). */
  builtDir: string;
  built?: BuiltSite;
  buildDate: Date;
}

let calendar: HolidayCalendar | undefined;

/** Audits the fresh build as `npm run audit` would judge it on the build day. */
export function auditBuilt(input: BuildAuditInput): SiteResult {
  const day = parseIsoDate(vnDay(input.buildDate)) as Date;
  const read = { site: input.site, entries: input.entries, problems: [] };
  return auditSite(join(input.sitesDir, input.siteId), input.builtDir, { date: day, read, built: input.built });
}

/** After the swap: the summary of `result` for the output now at `<outRoot>/<id>/`. */
export function leaveSummary(
  input: BuildAuditInput & { outRoot: string; filesHash: string; result: SiteResult },
): string {
  const { site, result } = input;
  const day = parseIsoDate(result.date) as Date;
  calendar ??= createCalendar();
  const members = site.unitType === 'truong' ? [] : descendantsFrom(parentIds(input.sitesDir), input.siteId);
  const { audit: _none, ...disclosures } = disclosureStatus(
    site.level,
    disclosuresOf(input.siteId, site, input.entries, input.buildDate),
    day,
    calendar,
  );
  const summary: AuditSummary = {
    format: 1,
    site: input.siteId,
    day: result.date,
    builtAt: new Date().toISOString(),
    fingerprint: auditFingerprint(input.filesHash, members),
    output: outputStamp(input.outRoot, input.siteId),
    audit: {
      score: result.score,
      band: result.band,
      errors: result.counts.error,
      warnings: result.counts.warning,
      infos: result.counts.info,
    },
    disclosures,
  };
  return writeAuditSummary(input.outRoot, summary);
}

export { summaryLine };
