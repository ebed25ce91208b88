/**
 * The school calendar, stated once for the whole code: calendar days, "today in
 * Vietnam", weeks and the school year (năm học). The theme, search records, the
 * /api/v1/ payloads, the audit, liên thông and onboarding all read it from here.
 *
 * Content dates are calendar days stored as UTC midnight (the schemas parse
 * `YYYY-MM-DD` that way); a day written as a string is `YYYY-MM-DD`.
 */

const DAY_MS = 86_400_000;

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `YYYY-MM-DD` of the instant in Vietnam (UTC+7): 20:00 UTC is already the next day. */
export function vnDay(instant: Date): string {
  return VIETNAM_DAY.format(instant);
}

/** "Today" of a static site is its build date in Vietnam, as a UTC-midnight date. */
export function todayInVietnam(now: Date = new Date()): Date {
  return new Date(`${vnDay(now)}T00:00:00Z`);
}

/** `YYYY-MM-DD` of a UTC-midnight date. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `month` is 1-based, as people write it: utcDate(2026, 9, 5) is 5/9/2026. */
export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/** Inclusive range check on calendar days. */
export function isWithin(today: string, start: Date, end: Date): boolean {
  return dayOf(start) <= today && today <= dayOf(end);
}

/** 0 = Sunday … 6 = Saturday (the input of working days; holidays live with the audit's data). */
export function weekday(date: Date): number {
  return date.getUTCDay();
}

/** The Monday of the week that contains `date` (weeks run Monday to Sunday, as menus and weekly plans do). */
export function mondayOf(date: Date): Date {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/**
 * The school year runs from 1 August to 31 July. The MOET's khung kế hoạch thời
 * gian năm học closes the old year's business by July (results by 31/5, graduation
 * by 30/6, enrolment of the first grades by 31/7) and opens the new one in August
 * (tựu trường in late August, khai giảng on 5/9), so what a school publishes in
 * August (class lists, timetables, the year's plans) belongs to the new year; TT
 * 09/2024 Điều 15's annual công khai deadline, 30/6, falls inside the year it covers.
 */
export const SCHOOL_YEAR_FIRST_MONTH = 8;

/** The first calendar year of the school year containing a day: 5/9/2026 → 2026, 20/3/2026 → 2025. */
export function schoolYearStart(day: Date | string): number {
  const iso = typeof day === 'string' ? day : dayOf(day);
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= SCHOOL_YEAR_FIRST_MONTH ? year : year - 1;
}

/** 2025 → "2025-2026". */
export function schoolYearLabel(start: number): string {
  return `${start}-${start + 1}`;
}

/** The label of the school year containing a day: "2026-08-01" → "2026-2027". */
export function schoolYearOfDay(day: Date | string): string {
  return schoolYearLabel(schoolYearStart(day));
}

/** The school year at an instant, by Vietnam's calendar day. */
export function currentSchoolYear(now: Date = new Date()): string {
  return schoolYearOfDay(vnDay(now));
}

/** The first day of the school year that starts in `start`. */
export function schoolYearFirstDay(start: number): Date {
  return utcDate(start, SCHOOL_YEAR_FIRST_MONTH, 1);
}

export const SCHOOL_YEAR_PATTERN = /^(\d{4})-(\d{4})$/;

/** Two consecutive years: "2025-2026" yes, "2025-2027" and "2025/2026" no. */
export function isSchoolYear(label: string): boolean {
  const m = SCHOOL_YEAR_PATTERN.exec(label);
  return !!m && Number(m[2]) === Number(m[1]) + 1;
}

/** The first calendar year of a label: "2025-2026" → 2025 (labels are validated by the schema). */
export function firstYearOf(label: string): number {
  return Number(label.slice(0, 4));
}
