/**
 * Dates as Vietnamese write them, whatever the browser's language: shown as
 * dd/mm/yyyy, typed day first, stored as YYYY-MM-DD (what the content schemas
 * expect). Pure functions, shared by the date widget and its unit tests.
 */

/** YYYY-MM-DD, when the three numbers make a real calendar day. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * Reads what an editor typed: `5/9/2025`, `05/09/2025`, `05-09-2025`, `05.09.2025`
 * (day first), or `2025-09-05` (pasted from a file). Returns YYYY-MM-DD, '' for an
 * empty field, undefined when it is not a real date.
 */
export function parseVnDate(text: string): string | undefined {
  const input = text.trim();
  if (input === '') return '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vn = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(input);
  if (vn) return isoDate(Number(vn[3]), Number(vn[2]), Number(vn[1]));
  return undefined;
}

/** A stored value (YYYY-MM-DD string, Date from the YAML parser, or '') as dd/mm/yyyy. */
export function formatVnDate(value: unknown): string {
  let iso = '';
  if (value instanceof Date && !Number.isNaN(value.getTime())) iso = value.toISOString().slice(0, 10);
  else if (typeof value === 'string') iso = value.trim().slice(0, 10);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : typeof value === 'string' ? value : '';
}

/** Today in Vietnam (UTC+7, no daylight saving) as YYYY-MM-DD. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
