/**
 * Publication dates as old Vietnamese portals print them, read into a calendar day
 * (`YYYY-MM-DD`) in Vietnam time: machine-readable markup first (`article:published_time`,
 * `<time datetime>`), then the platforms' own lines ("Ngày đăng 18/10/2017 | 09:47",
 * "Thứ Ba, 14/11/2023", "Cập nhật lúc 09:47 18/10/2017", "ngày 14 tháng 11 năm 2023").
 */
import { vnDay } from '../../../content-schemas/calendar.ts';

function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (year < 1990 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * An ISO 8601 instant or day from markup. A bare day is taken as written; an instant
 * without a zone is Vietnam's wall clock (NukeViet and EduPortal print local time).
 */
export function dayFromIso(value: string): string | undefined {
  const text = value.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) return iso(Number(day[1]), Number(day[2]), Number(day[3]));
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) return undefined;
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text.replace(' ', 'T') : `${text.replace(' ', 'T')}+07:00`;
  const instant = new Date(zoned);
  return Number.isNaN(instant.getTime()) ? undefined : vnDay(instant);
}

/** An RFC 822 date of RSS (`Tue, 14 Nov 2023 09:47:00 +0700`) or WXR's `wp:post_date` (local). */
export function dayFromFeed(value: string): string | undefined {
  const local = /^(\d{4})-(\d{2})-(\d{2}) \d{2}:\d{2}:\d{2}$/.exec(value.trim());
  if (local) return iso(Number(local[1]), Number(local[2]), Number(local[3]));
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? dayFromIso(value) : vnDay(instant);
}

const NUMERIC = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;
const WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;

/** The first day written `dd/mm/yyyy` (or with . or -) or "ngày d tháng m năm y" in a text. */
export function dayFromText(text: string): string | undefined {
  const plain = text.normalize('NFC');
  const words = WORDS.exec(plain);
  const numeric = NUMERIC.exec(plain);
  // Whichever comes first in the text is the one the line is about.
  const first = [words, numeric].filter((m): m is RegExpExecArray => !!m).sort((a, b) => a.index - b.index)[0];
  if (!first) return undefined;
  return iso(Number(first[3]), Number(first[2]), Number(first[1]));
}

/** Labels that introduce a publication date on the platforms we import from. */
const DATE_LABELS =
  /(ngày đăng|đăng ngày|ngày cập nhật|cập nhật lúc|cập nhật|thời gian đăng|đăng lúc|thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật|thứ \d)/iu;

/** A date from a short line that carries a date label ("Ngày đăng 18/10/2017 | 09:47"). */
export function dayFromLabelledLine(line: string): string | undefined {
  const text = line.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text.length > 120 || !DATE_LABELS.test(text)) return undefined;
  return dayFromText(text);
}
