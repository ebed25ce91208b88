/** The năm học of a date, and the short name derived from a school's full name. */
import { describe, expect, it } from 'vitest';
import { currentSchoolYear, isSchoolYear } from '../../scripts/lib/onboarding/school-year.ts';
import { shortNameOf } from '../../scripts/lib/onboarding/short-name.ts';
import { isTemplateText, TEMPLATE_MARKER } from '../../scripts/lib/onboarding/marker.ts';

describe('currentSchoolYear', () => {
  it.each([
    ['2025-09-01T00:00:00+07:00', '2025-2026'],
    ['2025-12-31T23:59:00+07:00', '2025-2026'],
    ['2026-01-01T00:00:00+07:00', '2025-2026'],
    ['2026-07-31T23:59:00+07:00', '2025-2026'],
    ['2026-08-01T00:00:00+07:00', '2026-2027'],
    // 18:00 UTC on 31 July is already 1 August in Vietnam.
    ['2026-07-31T18:00:00Z', '2026-2027'],
  ])('%s is in năm học %s', (instant, year) => {
    expect(currentSchoolYear(new Date(instant))).toBe(year);
  });

  it('accepts only two consecutive years', () => {
    expect([isSchoolYear('2025-2026'), isSchoolYear('2025-2027'), isSchoolYear('2025/2026')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe('shortNameOf', () => {
  it.each([
    ['Trường Trung học cơ sở Nguyễn Du', 'THCS Nguyễn Du'],
    ['Trường THPT Ba Tơ', 'THPT Ba Tơ'],
    ['Trường Mầm non Hoa Sen', 'MN Hoa Sen'],
    ['Trường Tiểu học, Trung học cơ sở và Trung học phổ thông Việt Úc', 'TH, THCS và THPT Việt Úc'],
    ['Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên quận 3', 'TT GDNN-GDTX quận 3'],
  ])('%s → %s', (name, short) => {
    expect(shortNameOf(name)).toBe(short);
  });
});

describe('the template marker', () => {
  it('is one constant, and placeholder values that cannot hold it are recognised too', () => {
    expect(TEMPLATE_MARKER).toBe('[CẦN THAY]');
    expect(
      ['[CẦN THAY] Họ và tên', 'lien-he@thcs-a.invalid', 'thcs-a.invalid', '0000 000 000', 'c2@hcm.edu.vn'].map(
        isTemplateText,
      ),
    ).toEqual([true, true, true, true, false]);
    // NFD text (decomposed accents) still matches.
    expect(isTemplateText('[CẦN THAY]'.normalize('NFD'))).toBe(true);
  });
});
