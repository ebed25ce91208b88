/**
 * Calendar helpers on UTC-midnight dates (the schemas parse `YYYY-MM-DD` to UTC
 * midnight): school years, weeks, and Vietnamese date formatting.
 */
import { parseIsoDate } from '../../content-schemas/fields.ts';

const DAY = 86_400_000;

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `22/11/2026`, as Vietnamese documents write dates. */
export function viDate(date: Date): string {
  const [y, m, d] = isoDate(date).split('-');
  return `${d}/${m}/${y}`;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY);
}

export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** Today in Vietnam (UTC+7, no daylight saving), as a UTC-midnight date. */
export function todayInVietnam(now: Date = new Date()): Date {
  return parseIsoDate(new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)) as Date;
}

/** Strict `YYYY-MM-DD`; undefined for anything else (2026-02-30 included). */
export function parseDateArg(value: string): Date | undefined {
  return parseIsoDate(value);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: Date): number {
  return date.getUTCDay();
}

/** The Monday of the week that contains `date` (weeks run Monday to Sunday). */
export function mondayOf(date: Date): Date {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/** The first year of the school year containing `date` (it runs September to August). */
export function schoolYearStart(date: Date): number {
  return date.getUTCMonth() >= 8 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

export function schoolYearLabel(start: number): string {
  return `${start}-${start + 1}`;
}

export function schoolYearOf(label: string): number {
  return Number(label.slice(0, 4));
}

/** TT 09/2024 Điều 15: the annual công khai of school year Y–(Y+1) is due by 30/6/(Y+1). */
export function annualDeadline(start: number): Date {
  return utcDate(start + 1, 6, 30);
}

export function monthKey(date: Date): string {
  return isoDate(date).slice(0, 7);
}

/** `11/2026`. */
export function viMonth(key: string): string {
  const [y, m] = key.split('-');
  return `${m}/${y}`;
}

/** TT 09/2024 Điều 15: a weekly menu or plan is due by the Saturday of the week before. */
export function weeklyDeadline(weekStart: Date): Date {
  return addDays(mondayOf(weekStart), -2);
}

/** The Monday of the latest week whose weekly deadline has fully passed at `date`. */
export function dueWeek(date: Date): Date {
  return mondayOf(addDays(date, 1));
}

/** TT 09/2024 Điều 15: a preschool's monthly plan is due before the 25th of the month before. */
export function monthlyDeadline(periodStart: Date): Date {
  return utcDate(periodStart.getUTCFullYear(), periodStart.getUTCMonth(), 24);
}

/** The first day of the latest month whose monthly-plan deadline has passed at `date`. */
export function dueMonth(date: Date): Date {
  const next = date.getUTCDate() >= 25 ? 1 : 0;
  return utcDate(date.getUTCFullYear(), date.getUTCMonth() + 1 + next, 1);
}
