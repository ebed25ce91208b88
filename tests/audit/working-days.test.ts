/**
 * Working days for TT 09/2024 Điều 15 ("10 ngày làm việc"): the yearly holiday files
 * are checked against the Labour Code 2019 Điều 112 (with date-holidays for the lunar
 * dates), and deadlines are computed across Tết, 30/4–1/5 and 2/9.
 */
import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import {
  addDays,
  annualDeadline,
  dueMonth,
  dueWeek,
  isoDate,
  monthlyDeadline,
  schoolYearStart,
  utcDate,
  weekday,
  weeklyDeadline,
} from '../../scripts/audit/dates.ts';
import {
  LEGAL_DAYS,
  createCalendar,
  derivedHolidayYear,
  readHolidayYear,
  type HolidayKey,
  type HolidayYear,
} from '../../scripts/audit/working-days.ts';
import { parseIsoDate } from '../../content-schemas/fields.ts';

const YEARS = [2024, 2025, 2026, 2027];
const day = (s: string) => parseIsoDate(s) as Date;
const isWeekend = (d: Date) => weekday(d) === 0 || weekday(d) === 6;

function lunar(year: number, name: string): Date {
  const h = new Holidays('VN').getHolidays(year).find((x) => x.name === name);
  if (!h) throw new Error(`${name} ${year}`);
  return day(h.date.slice(0, 10));
}

function offFor(data: HolidayYear, key: HolidayKey, kinds = ['holiday', 'in-lieu']): Date[] {
  return data.daysOff.filter((d) => d.holiday === key && kinds.includes(d.kind)).map((d) => day(String(d.date)));
}

/** A legal day is off itself, or falls on a weekend and has a day in lieu. */
function covered(data: HolidayYear, key: HolidayKey, date: Date): boolean {
  const off = offFor(data, key).map(isoDate);
  return off.includes(isoDate(date)) || (isWeekend(date) && offFor(data, key, ['in-lieu']).length > 0);
}

describe.each(YEARS)('holidays-%i.yaml', (year) => {
  const data = readHolidayYear(year) as HolidayYear;

  it('exists, for that year, official up to 2026 and provisional after', () => {
    expect(data.year).toBe(year);
    expect(data.status).toBe(year <= 2026 ? 'official' : 'provisional');
    expect(data.sources.length).toBeGreaterThan(0);
  });

  it('gives each holiday its legal number of days (Điều 112 khoản 1), on weekdays', () => {
    for (const key of Object.keys(LEGAL_DAYS) as HolidayKey[])
      expect(offFor(data, key).length, key).toBe(LEGAL_DAYS[key]);
    for (const d of data.daysOff) expect(isWeekend(day(String(d.date))), String(d.date)).toBe(false);
    expect(new Set(data.daysOff.map((d) => d.date)).size).toBe(data.daysOff.length);
  });

  it('pairs every swapped day off with a make-up Saturday', () => {
    const swapped = data.daysOff
      .filter((d) => d.kind === 'swapped')
      .map((d) => String(d.date))
      .sort();
    expect(data.workingWeekends.map((w) => String(w.replaces)).sort()).toEqual(swapped);
    for (const w of data.workingWeekends) expect(weekday(day(String(w.date)))).toBe(6);
  });

  it('covers the fixed-date holidays: 1/1, 30/4, 1/5, 2/9', () => {
    expect(covered(data, 'tet-duong-lich', utcDate(year, 1, 1))).toBe(true);
    expect(covered(data, 'giai-phong-mien-nam', utcDate(year, 4, 30))).toBe(true);
    expect(covered(data, 'quoc-te-lao-dong', utcDate(year, 5, 1))).toBe(true);
    expect(covered(data, 'quoc-khanh', utcDate(year, 9, 2))).toBe(true);
    const other = offFor(data, 'quoc-khanh')
      .map(isoDate)
      .filter((d) => d !== `${year}-09-02`);
    expect(other.every((d) => d >= `${year}-08-31` && d <= `${year}-09-07`)).toBe(true);
  });

  it('puts Tết around the lunar new year and the Hùng Kings day on 10/3 âm lịch', () => {
    const tet = lunar(year, 'Tết Nguyên Đán');
    const days = offFor(data, 'tet-nguyen-dan');
    expect(covered(data, 'tet-nguyen-dan', tet)).toBe(true);
    for (const d of days)
      expect(Math.abs((d.getTime() - tet.getTime()) / 86_400_000), isoDate(d)).toBeLessThanOrEqual(7);
    expect(covered(data, 'gio-to-hung-vuong', lunar(year, 'Giỗ tổ Hùng Vương'))).toBe(true);
  });
});

describe('working-day deadlines', () => {
  const cal = createCalendar();
  const plus = (from: string, n: number) => isoDate(cal.addWorkingDays(day(from), n));

  it('skips the 5 days of Tết 2026 (16–20/02)', () => {
    expect(plus('2026-02-10', 10)).toBe('2026-03-03');
    expect(plus('2026-02-13', 1)).toBe('2026-02-23');
    expect(cal.workingDaysBetween(day('2026-02-13'), day('2026-02-23'))).toBe(1);
  });

  it('skips Tết 2027 as provisionally computed (05/02, 08–11/02)', () => {
    expect(plus('2027-02-01', 10)).toBe('2027-02-22');
    expect(cal.yearStatus(2027)).toBe('provisional');
  });

  it('skips the Hùng Kings day in lieu and 30/4–1/5 in 2026', () => {
    expect(plus('2026-04-24', 10)).toBe('2026-05-13');
  });

  it('counts the make-up Saturday of 2025 and skips the swapped Friday 02/5', () => {
    expect(plus('2025-04-24', 3)).toBe('2025-04-28');
    expect(cal.isWorkingDay(day('2025-05-02'))).toBe(false);
    expect(plus('2025-04-29', 1)).toBe('2025-05-05');
  });

  it('skips Quốc khánh (2 days) in 2025 and 2026', () => {
    expect(plus('2025-08-29', 1)).toBe('2025-09-03');
    expect(plus('2026-08-28', 5)).toBe('2026-09-08');
  });

  it('follows the New Year swap of 2026 (off Friday 02/01, work Saturday 10/01)', () => {
    expect(cal.isWorkingDay(day('2026-01-02'))).toBe(false);
    expect(cal.isWorkingDay(day('2026-01-10'))).toBe(true);
    expect(plus('2025-12-31', 2)).toBe('2026-01-06');
  });

  it('falls back to date-holidays plus Điều 112 for a year without a file', () => {
    const y = derivedHolidayYear(2028);
    expect(y.status).toBe('provisional');
    for (const key of Object.keys(LEGAL_DAYS) as HolidayKey[]) expect(offFor(y, key).length, key).toBe(LEGAL_DAYS[key]);
    expect(y.daysOff.every((d) => !isWeekend(day(d.date)))).toBe(true);
  });
});

describe('deadline dates (TT 09/2024 Điều 15)', () => {
  it('school years run August to July; the annual items are due by 30/6 of the second year', () => {
    expect(schoolYearStart(day('2026-11-22'))).toBe(2026);
    expect(schoolYearStart(day('2026-07-31'))).toBe(2025);
    expect(schoolYearStart(day('2026-08-01'))).toBe(2026);
    expect(isoDate(annualDeadline(2025))).toBe('2026-06-30');
  });

  it('weekly items are due by the Saturday before their Monday', () => {
    expect(isoDate(weeklyDeadline(day('2026-11-23')))).toBe('2026-11-21');
    expect(isoDate(weeklyDeadline(day('2026-11-25')))).toBe('2026-11-21');
    expect(isoDate(dueWeek(day('2026-11-22')))).toBe('2026-11-23');
    expect(isoDate(dueWeek(day('2026-11-21')))).toBe('2026-11-16');
  });

  it('monthly plans are due before the 25th of the month before', () => {
    expect(isoDate(monthlyDeadline(day('2026-12-01')))).toBe('2026-11-24');
    expect(isoDate(monthlyDeadline(day('2027-01-01')))).toBe('2026-12-24');
    expect(isoDate(dueMonth(day('2026-11-24')))).toBe('2026-11-01');
    expect(isoDate(dueMonth(day('2026-12-25')))).toBe('2027-01-01');
    expect(isoDate(addDays(day('2026-12-31'), 1))).toBe('2027-01-01');
  });
});
