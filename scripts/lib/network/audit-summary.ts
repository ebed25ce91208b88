/**
 * Each build leaves its audit summary in `<out-dir>/.audit/<id>.json`: score, counts,
 * the công khai status of the current năm học, the day it was judged on, the
 * fingerprint of what it judged and a stamp of the output it judged. A Phòng's or Sở's
 * build reads its members' summaries instead of auditing them again, when they are
 * fresh; otherwise it audits them as before.
 *
 * Why a hidden folder of the output root, not a file of the site: only `<out-dir>/<id>/`
 * is published (the CI templates deploy that folder), like `.logs/`. The summary is
 * the school's self-check; its score and status reach the public only through the
 * unit's own page, where the law asks for them, never as a file of the school's portal.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import type { MemberDisclosureStatus } from '../../../content-schemas/network.ts';

export const SUMMARY_DIR = '.audit';
const FORMAT = 1;

const statusSchema = z.object({
  schoolYear: z.string(),
  expected: z.number().int().nonnegative(),
  published: z.array(
    z.object({ item: z.string(), itemLabel: z.string(), url: z.string(), published: z.string(), late: z.boolean() }),
  ),
  missing: z.array(z.object({ item: z.string(), itemLabel: z.string(), overdue: z.boolean() })),
});

const summarySchema = z.object({
  format: z.literal(FORMAT),
  site: z.string(),
  /** The audit's reference day (YYYY-MM-DD in Vietnam): deadlines move with it. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** When the build finished (ISO instant), for people reading the file. */
  builtAt: z.string(),
  /** fingerprint.ts, taken before the build read the content. */
  fingerprint: z.string(),
  /** Modification time (ms) of the judged output's index.html; null when nothing was built. */
  output: z.number().nullable(),
  audit: z.object({
    score: z.number(),
    band: z.string(),
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
  }),
  disclosures: statusSchema,
});

export type AuditSummary = z.infer<typeof summarySchema>;

export function summaryFile(outRoot: string, id: string): string {
  return join(outRoot, SUMMARY_DIR, `${id}.json`);
}

/** The stamp of the output at `<outRoot>/<id>/`: its index.html's modification time, or null. */
export function outputStamp(outRoot: string, id: string): number | null {
  const index = join(outRoot, id, 'index.html');
  return existsSync(index) ? statSync(index).mtimeMs : null;
}

/** Written whole or not at all (a unit's build may read it at the same time). */
export function writeAuditSummary(outRoot: string, summary: AuditSummary): string {
  const file = summaryFile(outRoot, summary.site);
  mkdirSync(join(outRoot, SUMMARY_DIR), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(summary, null, 2)}\n`);
  renameSync(temp, file);
  return file;
}

export interface Expected {
  day: string;
  fingerprint: string;
  output: number | null;
}

export type SummaryRead =
  | { summary: AuditSummary }
  /** Missing or no longer about the member as it is now: audit it again. */
  | { stale: string }
  /** Unreadable: audit it again and warn. */
  | { corrupt: string };

/** The member's summary when it judged exactly what is there now, on the same day. */
export function readAuditSummary(outRoot: string, id: string, expected: Expected): SummaryRead {
  const file = summaryFile(outRoot, id);
  if (!existsSync(file)) return { stale: 'missing' };
  let parsed;
  try {
    parsed = summarySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    return { corrupt: corruptWarning(file, id, (error as Error).message) };
  }
  if (!parsed.success || parsed.data.site !== id)
    return {
      corrupt: corruptWarning(
        file,
        id,
        parsed.success ? `site "${parsed.data.site}"` : (parsed.error.issues[0]?.path.join('.') ?? '?'),
      ),
    };
  const s = parsed.data;
  if (s.fingerprint !== expected.fingerprint) return { stale: 'content or audit code changed' };
  if (s.day !== expected.day) return { stale: `judged on ${s.day}` };
  if (s.output !== expected.output) return { stale: 'output rebuilt or removed' };
  return { summary: s };
}

function corruptWarning(file: string, id: string, why: string): string {
  const shown = relative(process.cwd(), file) || file;
  return `Liên thông: tệp tóm tắt kiểm tra ${shown} của "${id}" bị hỏng (${why}); đã kiểm tra lại đơn vị đó. Cách sửa: dựng lại đơn vị đó (npm run build -- --site ${id}) để ghi lại tệp. | [en] Liên thông: the audit summary ${shown} of "${id}" is damaged (${why}); the unit was audited again. Fix: build that unit again (npm run build -- --site ${id}) to rewrite the file.`;
}

/** The summary's công khai status as the unit's page takes it. */
export function statusOf(summary: AuditSummary): MemberDisclosureStatus {
  const { score, band, errors, warnings } = summary.audit;
  return { ...summary.disclosures, audit: { score, band, errors, warnings } };
}
