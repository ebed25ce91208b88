/**
 * The school calendar (content-schemas/calendar.ts) on its boundaries, and every
 * part of the code that names a school year giving the same one for the same day:
 * the search records, the /api/v1/cong-khai.json builder, the audit, the liên thông
 * status of a Phòng and onboarding. They are imported, not restated.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  currentSchoolYear,
  dayOf,
  firstYearOf,
  isSchoolYear,
  mondayOf,
  schoolYearFirstDay,
  schoolYearLabel,
  schoolYearOfDay,
  schoolYearStart,
  todayInVietnam,
  utcDate,
  vnDay,
  weekday,
} from '../../content-schemas/calendar.ts';
import { schoolYear as schoolYearField } from '../../content-schemas/fields.ts';
import { loadSiteConfig } from '../../content-schemas/validate.ts';
import { disclosuresPayload } from '../../content-schemas/api/payloads/disclosures.ts';
import { toSearchRecord } from '../../themes/cong-truong/search/records.ts';
import {
  annualDeadline,
  schoolYearStart as auditSchoolYearStart,
  schoolYearLabel as auditSchoolYearLabel,
} from '../../scripts/audit/dates.ts';
import { currentYearStatus } from '../../scripts/audit/disclosure-status.ts';
import { createCalendar } from '../../scripts/audit/working-days.ts';
import { disclosureStatus } from '../../scripts/lib/network/status.ts';
import { currentSchoolYear as onboardingSchoolYear } from '../../scripts/lib/onboarding/school-year.ts';
import { ROOT, SITES_DIR } from '../helpers/paths.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** An instant at a Vietnam wall-clock time (UTC+7, no daylight saving). */
const vn = (iso: string, time: string) => new Date(`${iso}T${time}+07:00`);

const BOUNDARY_DAYS: [string, string, string][] = [
  ['2026-06-30', '2025-2026', 'the annual công khai deadline (TT 09/2024 Điều 15) falls inside the year it covers'],
  ['2026-07-01', '2025-2026', 'July still closes the old year (results, enrolment)'],
  ['2026-07-31', '2025-2026', 'the last day: enrolment of the first grades ends by 31/7'],
  ['2026-08-01', '2026-2027', 'the first day of the new year'],
  ['2026-08-14', '2026-2027', 'mid-August: class lists and timetables of the new year'],
  ['2026-08-15', '2026-2027', 'mid-August'],
  ['2026-08-31', '2026-2027', 'tựu trường in late August'],
  ['2026-09-01', '2026-2027', 'September'],
  ['2026-09-05', '2026-2027', 'khai giảng'],
  ['2026-12-31', '2026-2027', 'the calendar year ends inside the school year'],
  ['2027-01-01', '2026-2027', 'Tết Dương lịch'],
  ['2026-02-17', '2025-2026', 'Tết Nguyên Đán Bính Ngọ'],
  ['2027-02-06', '2026-2027', 'Tết Nguyên Đán Đinh Mùi'],
];

describe('the school year', () => {
  it.each(BOUNDARY_DAYS)('%s is in năm học %s (%s)', (iso, label) => {
    expect(schoolYearOfDay(iso)).toBe(label);
    expect(schoolYearOfDay(day(iso))).toBe(label);
    expect(schoolYearLabel(schoolYearStart(day(iso)))).toBe(label);
  });

  it('runs from 1 August to 31 July, and its 30/6 deadline lies inside it', () => {
    for (const start of [2024, 2025, 2026, 2027]) {
      const first = schoolYearFirstDay(start);
      expect(dayOf(first)).toBe(`${start}-08-01`);
      expect(schoolYearStart(first)).toBe(start);
      expect(schoolYearStart(addDays(first, -1))).toBe(start - 1);
      expect(schoolYearStart(annualDeadline(start))).toBe(start);
      expect(schoolYearStart(utcDate(start, 9, 5))).toBe(start);
    }
  });

  it('turns at midnight Vietnam time, not UTC: 23:59 on 31/7 is the old year, 00:00 on 1/8 the new one', () => {
    expect(currentSchoolYear(vn('2026-07-31', '23:59:59'))).toBe('2025-2026');
    expect(currentSchoolYear(vn('2026-08-01', '00:00:00'))).toBe('2026-2027');
    // 17:00 UTC on 31 July is already 1 August in Vietnam.
    expect(currentSchoolYear(new Date('2026-07-31T16:59:59Z'))).toBe('2025-2026');
    expect(currentSchoolYear(new Date('2026-07-31T17:00:00Z'))).toBe('2026-2027');
  });

  it('reads and writes labels of two consecutive years, as the content schema does', () => {
    const field = schoolYearField();
    for (const label of ['2025-2026', '2026-2027', '2025-2027', '2025/2026', '25-26', '2026-2025']) {
      expect(isSchoolYear(label), label).toBe(field.safeParse(label).success);
    }
    expect(isSchoolYear('2025-2026')).toBe(true);
    expect(isSchoolYear('2025-2027')).toBe(false);
    expect(firstYearOf('2025-2026')).toBe(2025);
    expect(schoolYearLabel(firstYearOf('2031-2032'))).toBe('2031-2032');
  });
});

describe('today in Vietnam', () => {
  it('is the Asia/Ho_Chi_Minh calendar day of the instant: 23:59 and 00:00 on either side of midnight', () => {
    expect(vnDay(vn('2026-12-31', '23:59:59'))).toBe('2026-12-31');
    expect(vnDay(vn('2027-01-01', '00:00:00'))).toBe('2027-01-01');
    expect(vnDay(new Date('2026-11-21T20:00:00Z'))).toBe('2026-11-22');
    expect(vnDay(new Date('2026-11-21T16:59:59Z'))).toBe('2026-11-21');
  });

  it('as a date is that day at UTC midnight, the form content dates take', () => {
    expect(todayInVietnam(vn('2026-08-01', '00:00:00')).toISOString()).toBe('2026-08-01T00:00:00.000Z');
    expect(todayInVietnam(vn('2026-07-31', '23:59:59')).toISOString()).toBe('2026-07-31T00:00:00.000Z');
  });
});

describe('weeks', () => {
  it('run Monday to Sunday: every day of a week has the same Monday', () => {
    // 28/12/2026 is a Monday; its week crosses into 2027.
    const monday = day('2026-12-28');
    for (let i = 0; i < 7; i += 1) {
      const d = addDays(monday, i);
      expect(weekday(d)).toBe((i + 1) % 7);
      expect(dayOf(mondayOf(d))).toBe('2026-12-28');
    }
    expect(dayOf(mondayOf(day('2027-01-04')))).toBe('2027-01-04');
    expect(dayOf(mondayOf(day('2026-09-05')))).toBe('2026-08-31');
  });
});

describe('every part of the code names the same school year for the same day', () => {
  const site = loadSiteConfig(join(SITES_DIR, 'thcs-nguyen-du'), ROOT);
  const holidays = createCalendar();

  function yearsNamedAt(instant: Date): Record<string, string | undefined> {
    const today = todayInVietnam(instant);
    return {
      calendar: currentSchoolYear(instant),
      search: toSearchRecord('news', 'tin', { title: 'Tin hoạt động', category: 'hoat-dong', date: today })?.filters
        .nam_hoc?.[0],
      api: disclosuresPayload({ siteId: 'thcs-nguyen-du', site, buildDate: instant }, []).current.schoolYear,
      audit: auditSchoolYearLabel(auditSchoolYearStart(today)),
      auditDisclosures: currentYearStatus('thcs', [], today).schoolYear,
      network: disclosureStatus('thcs', undefined, today, holidays).schoolYear,
      networkWithoutLevel: disclosureStatus(undefined, undefined, today, holidays).schoolYear,
      onboarding: onboardingSchoolYear(instant),
    };
  }

  it.each(BOUNDARY_DAYS)('%s → %s', (iso, label) => {
    for (const time of ['00:00:00', '12:00:00', '23:59:59']) {
      const named = yearsNamedAt(vn(iso, time));
      expect(named, `${iso} ${time}`).toEqual(Object.fromEntries(Object.keys(named).map((k) => [k, label])));
    }
  });
});
