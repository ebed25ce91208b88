/**
 * Working days in Vietnam, for TT 09/2024 Điều 15 ("within 10 working days").
 * Saturdays and Sundays are days off; so are the public holidays of the Labour Code
 * 2019 Điều 112 as actually given each year (5 days of Tết, 2 of Quốc khánh, days in
 * lieu and swapped days), read from `data/holidays-<year>.yaml`. A year without a data
 * file falls back to date-holidays (lunar dates computed) plus the Điều 112 rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import Holidays from 'date-holidays';
import { addDays, isoDate, utcDate, weekday } from './dates.ts';

export type HolidayKey =
  'tet-duong-lich' | 'tet-nguyen-dan' | 'gio-to-hung-vuong' | 'giai-phong-mien-nam' | 'quoc-te-lao-dong' | 'quoc-khanh';

/** Days of each holiday under the Labour Code 2019 Điều 112 khoản 1. */
export const LEGAL_DAYS: Record<HolidayKey, number> = {
  'tet-duong-lich': 1,
  'tet-nguyen-dan': 5,
  'gio-to-hung-vuong': 1,
  'giai-phong-mien-nam': 1,
  'quoc-te-lao-dong': 1,
  'quoc-khanh': 2,
};

export interface DayOff {
  date: string;
  holiday: HolidayKey;
  /** holiday: the legal day itself; in-lieu: for a legal day on a weekend; swapped: a working day exchanged for a Saturday. */
  kind: 'holiday' | 'in-lieu' | 'swapped';
}

export interface HolidayYear {
  year: number;
  status: 'official' | 'provisional';
  sources: string[];
  daysOff: DayOff[];
  workingWeekends: { date: string; replaces: string }[];
}

const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

export function holidayFile(year: number): string {
  return `${DATA_DIR}holidays-${year}.yaml`;
}

/** Reads a year's file; dates are kept as `YYYY-MM-DD` strings (core schema). */
export function readHolidayYear(year: number): HolidayYear | undefined {
  const file = holidayFile(year);
  if (!existsSync(file)) return undefined;
  return parseYaml(readFileSync(file, 'utf8'), { schema: 'core' }) as HolidayYear;
}

function isWeekend(date: Date): boolean {
  return weekday(date) === 0 || weekday(date) === 6;
}

/** Next weekday that is not already a day off. */
function nextFreeWeekday(date: Date, taken: Set<string>): Date {
  let d = addDays(date, 1);
  while (isWeekend(d) || taken.has(isoDate(d))) d = addDays(d, 1);
  return d;
}

/** Derives a year from date-holidays and the Điều 112 rules (no swapped days). */
export function derivedHolidayYear(year: number): HolidayYear {
  const hd = new Holidays('VN');
  const found = (name: string): Date => {
    const h = hd.getHolidays(year).find((x) => x.name === name);
    if (!h) throw new Error(`date-holidays has no "${name}" in ${year}`);
    return utcDate(year, Number(h.date.slice(5, 7)), Number(h.date.slice(8, 10)));
  };
  const legal: [HolidayKey, Date][] = [
    ['tet-duong-lich', utcDate(year, 1, 1)],
    ...[0, 1, 2, 3, 4].map((i): [HolidayKey, Date] => [
      'tet-nguyen-dan',
      addDays(found('Giao thừa Tết Nguyên Đán'), i),
    ]),
    ['gio-to-hung-vuong', found('Giỗ tổ Hùng Vương')],
    ['giai-phong-mien-nam', utcDate(year, 4, 30)],
    ['quoc-te-lao-dong', utcDate(year, 5, 1)],
    ['quoc-khanh', utcDate(year, 9, 2)],
    ['quoc-khanh', utcDate(year, 9, 3)],
  ];
  const taken = new Set(legal.filter(([, d]) => !isWeekend(d)).map(([, d]) => isoDate(d)));
  const daysOff: DayOff[] = [];
  for (const [holiday, d] of legal) {
    if (!isWeekend(d)) {
      daysOff.push({ date: isoDate(d), holiday, kind: 'holiday' });
      continue;
    }
    const inLieu = nextFreeWeekday(d, taken);
    taken.add(isoDate(inLieu));
    daysOff.push({ date: isoDate(inLieu), holiday, kind: 'in-lieu' });
  }
  return {
    year,
    status: 'provisional',
    sources: ['date-holidays + Bộ luật Lao động 2019 Điều 112'],
    daysOff,
    workingWeekends: [],
  };
}

export interface HolidayCalendar {
  isWorkingDay: (date: Date) => boolean;
  /** The `n`-th working day after `date` (a deadline "within n working days"). */
  addWorkingDays: (date: Date, n: number) => Date;
  /** Working days in (from, to]: 0 when `to` is not after `from`. */
  workingDaysBetween: (from: Date, to: Date) => number;
  /** Whether every date the calendar answered for came from an official data file. */
  yearStatus: (year: number) => 'official' | 'provisional';
}

export function createCalendar(
  load: (year: number) => HolidayYear = (y) => readHolidayYear(y) ?? derivedHolidayYear(y),
): HolidayCalendar {
  const years = new Map<number, { off: Set<string>; work: Set<string>; status: HolidayYear['status'] }>();
  const yearOf = (year: number) => {
    let y = years.get(year);
    if (!y) {
      const data = load(year);
      y = {
        off: new Set(data.daysOff.map((d) => String(d.date))),
        work: new Set(data.workingWeekends.map((d) => String(d.date))),
        status: data.status,
      };
      years.set(year, y);
    }
    return y;
  };
  const isWorkingDay = (date: Date): boolean => {
    const y = yearOf(date.getUTCFullYear());
    const key = isoDate(date);
    if (y.work.has(key)) return true;
    return !isWeekend(date) && !y.off.has(key);
  };
  return {
    isWorkingDay,
    addWorkingDays: (date, n) => {
      let d = date;
      for (let left = n; left > 0;) {
        d = addDays(d, 1);
        if (isWorkingDay(d)) left -= 1;
      }
      return d;
    },
    workingDaysBetween: (from, to) => {
      let count = 0;
      for (let d = addDays(from, 1); d.getTime() <= to.getTime(); d = addDays(d, 1)) if (isWorkingDay(d)) count += 1;
      return count;
    },
    yearStatus: (year) => yearOf(year).status,
  };
}
