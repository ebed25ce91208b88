/**
 * Calendar days of the interface. Content dates are calendar dates stored as UTC
 * midnight; "today" of a static portal is its build date in Vietnam (UTC+7).
 */
const VN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/** `YYYY-MM-DD` of the instant in Vietnam. */
export function vnDay(instant: Date): string {
  return VN_DAY.format(instant);
}

export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The school year runs from August to July: 15/11/2025 → "2025-2026", 20/3/2026 → "2025-2026". */
export function schoolYearOf(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const start = month >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}
