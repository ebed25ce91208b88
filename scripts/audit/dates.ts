/**
 * The audit's dates: Vietnamese date formatting and the deadlines of TT 09/2024
 * Điều 15. Days, weeks and school years come from the shared school calendar.
 */
import { addDays, dayOf, mondayOf, utcDate } from '../../content-schemas/calendar.ts';
import { parseIsoDate } from '../../content-schemas/fields.ts';

export {
  addDays,
  daysBetween,
  firstYearOf,
  mondayOf,
  schoolYearFirstDay,
  schoolYearLabel,
  schoolYearStart,
  todayInVietnam,
  utcDate,
  weekday,
} from '../../content-schemas/calendar.ts';
/** The audit's name for a day's `YYYY-MM-DD`. */
export { dayOf as isoDate } from '../../content-schemas/calendar.ts';

/** `22/11/2026`, as Vietnamese documents write dates. */
export function viDate(date: Date): string {
  const [y, m, d] = dayOf(date).split('-');
  return `${d}/${m}/${y}`;
}

/** Strict `YYYY-MM-DD`; undefined for anything else (2026-02-30 included). */
export function parseDateArg(value: string): Date | undefined {
  return parseIsoDate(value);
}

/** TT 09/2024 Điều 15: the annual công khai of school year Y–(Y+1) is due by 30/6/(Y+1). */
export function annualDeadline(start: number): Date {
  return utcDate(start + 1, 6, 30);
}

export function monthKey(date: Date): string {
  return dayOf(date).slice(0, 7);
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
