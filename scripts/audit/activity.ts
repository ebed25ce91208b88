/** Counting news posts per period, for the province profiles' publishing targets. */
import type { AuditContext } from './types.ts';

export function newsDates(ctx: AuditContext): Date[] {
  return ctx
    .of('news')
    .map((e) => e.data.date)
    .sort((a, b) => a.getTime() - b.getTime());
}

export function countBetween(dates: readonly Date[], from: Date, toExclusive: Date): number {
  return dates.filter((d) => d.getTime() >= from.getTime() && d.getTime() < toExclusive.getTime()).length;
}

/** Whole months from `start` (its month counted) to `end` (exclusive), at most 12. */
export function activeMonths(start: Date, periodStart: Date, periodEnd: Date): number {
  const from = start.getTime() > periodStart.getTime() ? start : periodStart;
  const months =
    (periodEnd.getUTCFullYear() - from.getUTCFullYear()) * 12 + periodEnd.getUTCMonth() - from.getUTCMonth();
  return Math.max(0, Math.min(12, months));
}

/** A yearly target scaled to the months the portal existed in that period. */
export function proRata(min: number, months: number): number {
  return Math.ceil((min * months) / 12);
}

export function numberParam(params: Record<string, unknown>, key: string, fallback: number): number {
  const v = params[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}
