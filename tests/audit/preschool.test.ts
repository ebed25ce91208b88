/** Preschool-only công khai deadlines (TT 09/2024 Điều 15): monthly plan, weekly plan, menu. */
import { describe, expect, it } from 'vitest';
import { utcDate } from '../../scripts/audit/dates.ts';
import { weekHasWorkingDay } from '../../scripts/audit/rules/thuc-don.ts';
import { createCalendar } from '../../scripts/audit/working-days.ts';
import type { AuditContext } from '../../scripts/audit/types.ts';
import { describeFindings, rulesHit, variant } from './helpers/variant.ts';
import { menu, plan, toPreschool } from './helpers/preschool.ts';

function preschool() {
  const v = variant();
  toPreschool(v);
  return v;
}

describe('a preschool', () => {
  it('is clean with its menu, weekly and monthly plans on time', () => {
    const result = preschool().audit();
    expect(describeFindings(result)).toEqual([]);
  });

  it('flags a monthly plan published on the 25th of the month before', () => {
    const v = preschool();
    v.write('content/ke-hoach/thang-11-2026.md', plan('thang', '2026-11-01', '2026-10-25'));
    const result = v.audit();
    expect(rulesHit(result)).toEqual(['ke-hoach-thang']);
    expect(result.findings[0]?.message).toBe(
      'Kế hoạch tháng 11/2026 công khai ngày 25/10/2026, không trước ngày 25 của tháng trước (hạn 24/10/2026).',
    );
  });

  it('accepts a monthly plan published on the 24th', () => {
    const v = preschool();
    v.write('content/ke-hoach/thang-11-2026.md', plan('thang', '2026-11-01', '2026-10-24'));
    expect(describeFindings(v.audit())).toEqual([]);
  });

  it('asks for next month’s plan from the 25th', () => {
    const result = preschool().audit({ date: utcDate(2026, 11, 25) });
    expect(rulesHit(result)).toEqual(['ke-hoach-thang']);
    expect(result.findings[0]?.message).toBe('Chưa có kế hoạch giáo dục tháng 12/2026 (hạn 24/11/2026).');
  });

  it('flags a missing weekly plan once the Saturday before has passed', () => {
    const v = preschool();
    v.remove('content/ke-hoach/tuan-23-11-2026.md');
    const result = v.audit();
    expect(rulesHit(result)).toEqual(['ke-hoach-tuan']);
    expect(result.findings[0]?.message).toBe(
      'Chưa có kế hoạch giáo dục tuần từ 23/11/2026 (hạn đăng thứ Bảy 21/11/2026).',
    );
  });

  it('does not yet ask for next week’s plan on the Saturday itself', () => {
    const v = preschool();
    v.remove('content/ke-hoach/tuan-23-11-2026.md');
    v.remove('content/thuc-don/tuan-23-11-2026.md');
    v.write('content/ke-hoach/tuan-16-11-2026.md', plan('tuan', '2026-11-16', '2026-11-14'));
    v.write('content/thuc-don/tuan-16-11-2026.md', menu('2026-11-16', '2026-11-14'));
    expect(describeFindings(v.audit({ date: utcDate(2026, 11, 21) }))).toEqual([]);
  });

  it('flags a weekly plan published on the Monday of its week', () => {
    const v = preschool();
    v.write('content/ke-hoach/tuan-23-11-2026.md', plan('tuan', '2026-11-23', '2026-11-23'));
    const result = v.audit();
    expect(rulesHit(result)).toEqual(['ke-hoach-tuan']);
  });

  it('flags a missing menu for the week', () => {
    const v = preschool();
    v.remove('content/thuc-don/tuan-23-11-2026.md');
    const result = v.audit();
    expect(rulesHit(result)).toEqual(['thuc-don']);
    expect(result.findings[0]?.severity).toBe('warning');
  });

  it('flags a menu published on the Sunday before its week', () => {
    const v = preschool();
    v.write('content/thuc-don/tuan-23-11-2026.md', menu('2026-11-23', '2026-11-22'));
    const result = v.audit();
    expect(rulesHit(result)).toEqual(['thuc-don']);
    expect(result.findings[0]?.message).toBe(
      'Thực đơn tuần từ 23/11/2026 công khai ngày 22/11/2026, sau hạn thứ Bảy 21/11/2026.',
    );
  });

  it('asks for no menu in the Tết week, when no day of the week is a working day', () => {
    const ctx = { calendar: createCalendar() } as unknown as AuditContext;
    expect(weekHasWorkingDay(ctx, utcDate(2026, 2, 16))).toBe(false);
    expect(weekHasWorkingDay(ctx, utcDate(2026, 2, 23))).toBe(true);
    // Tết 2027 (provisional): 05/02 and 08–11/02 off, so Friday 12/02 still works.
    expect(weekHasWorkingDay(ctx, utcDate(2027, 2, 8))).toBe(true);
  });
});
