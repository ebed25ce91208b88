/**
 * "Today" for a static site is the build date, in Vietnam's time zone (UTC+7):
 * alerts, open consultations and the current school year all follow from it.
 * Content dates are calendar dates stored as UTC midnight.
 */
const VN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/** `YYYY-MM-DD` of the instant in Vietnam. */
export function vnDay(instant: Date): string {
  return VN_DAY.format(instant);
}

export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Inclusive range check on calendar days. */
export function isWithin(today: string, start: Date, end: Date): boolean {
  return dayOf(start) <= today && today <= dayOf(end);
}

/** The school year runs from August to July: 15/11/2025 → "2025-2026", 20/3/2026 → "2025-2026". */
export function schoolYearOf(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const start = month >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}
