/** The Vietnamese school year ("năm học") runs from September to August. */

export const SCHOOL_YEAR_PATTERN = /^(\d{4})-(\d{4})$/;

/** Sept–Dec of Y → "Y-(Y+1)"; Jan–Aug of Y → "(Y-1)-Y". Uses Vietnam's calendar date. */
export function currentSchoolYear(today: Date = new Date()): string {
  const [year, month] = vietnamDate(today).split('-').map(Number) as [number, number];
  const start = month >= 9 ? year : year - 1;
  return `${start}-${start + 1}`;
}

export function isSchoolYear(value: string): boolean {
  const m = SCHOOL_YEAR_PATTERN.exec(value);
  return !!m && Number(m[2]) === Number(m[1]) + 1;
}

/** `YYYY-MM-DD` of the given instant in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export function vietnamDate(instant: Date = new Date()): string {
  return new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
