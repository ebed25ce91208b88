/** Day-first dates of the admin's date field (themes/cong-truong/admin/vn-date.ts). */
import { describe, expect, it } from 'vitest';
import { formatVnDate, parseVnDate, todayInVietnam } from '../../themes/cong-truong/admin/vn-date.ts';

describe('dates typed as dd/mm/yyyy', () => {
  it('reads the day first, with or without leading zeros and with / - or .', () => {
    expect(parseVnDate('05/12/2025')).toBe('2025-12-05');
    expect(parseVnDate('5/12/2025')).toBe('2025-12-05');
    expect(parseVnDate(' 20-11-2025 ')).toBe('2025-11-20');
    expect(parseVnDate('20.11.2025')).toBe('2025-11-20');
    expect(parseVnDate('29/02/2024')).toBe('2024-02-29');
  });

  it('keeps an ISO date pasted from a file', () => {
    expect(parseVnDate('2025-09-05')).toBe('2025-09-05');
  });

  it('refuses what is not a real day, and reads empty as empty', () => {
    for (const text of ['31/02/2025', '29/02/2025', '12/13/2025', '11/20/2025', '05/09/25', 'hôm qua', '2025-02-30'])
      expect(parseVnDate(text), text).toBeUndefined();
    expect(parseVnDate('  ')).toBe('');
  });

  it('shows stored values as dd/mm/yyyy', () => {
    expect(formatVnDate('2025-11-20')).toBe('20/11/2025');
    expect(formatVnDate(new Date(Date.UTC(2025, 8, 5)))).toBe('05/09/2025');
    expect(formatVnDate('')).toBe('');
    expect(formatVnDate(undefined)).toBe('');
  });

  it('takes today in Vietnam (UTC+7), not in the browser’s time zone', () => {
    expect(todayInVietnam(new Date('2025-11-19T17:30:00Z'))).toBe('2025-11-20');
    expect(todayInVietnam(new Date('2025-11-19T16:59:00Z'))).toBe('2025-11-19');
  });
});
