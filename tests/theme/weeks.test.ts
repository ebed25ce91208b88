/**
 * "This week" by the build day: menus, plans and Lịch công tác pick the entry whose week
 * holds the day, with fixed days around the week's edges (Monday, Sunday, the next
 * Monday), and the Lịch công tác's week read from how editors write it.
 */
import { describe, expect, it } from 'vitest';
import { monthSpan, pickCurrent, spanInText, spanState, weekSpan } from '../../themes/cong-truong/lib/weeks.ts';
import { consultationSpan, STATE_OF_SPAN } from '../../themes/cong-truong/lib/consultations.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const menus = ['2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'].map((weekStart) => ({ weekStart }));
const pick = (today: string, entries = menus) => {
  const p = pickCurrent(entries, (m) => weekSpan(day(m.weekStart)), today);
  return p && { week: p.entry.weekStart, state: p.state };
};

describe('weekSpan and monthSpan', () => {
  it('runs a week from Monday to Sunday, whatever day the entry names', () => {
    expect(weekSpan(day('2026-11-23'))).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(weekSpan(day('2026-11-25'))).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(weekSpan(day('2026-12-28'))).toEqual({ start: '2026-12-28', end: '2027-01-03' });
  });

  it('runs a month from its first to its last day, February and December included', () => {
    expect(monthSpan(day('2026-12-01'))).toEqual({ start: '2026-12-01', end: '2026-12-31' });
    expect(monthSpan(day('2028-02-10'))).toEqual({ start: '2028-02-01', end: '2028-02-29' });
  });
});

describe('pickCurrent on fixed build days', () => {
  it('picks the week holding the day, from its Monday to its Sunday', () => {
    expect(pick('2026-11-23')).toEqual({ week: '2026-11-23', state: 'during' });
    expect(pick('2026-11-29')).toEqual({ week: '2026-11-23', state: 'during' });
    expect(pick('2026-11-30')).toEqual({ week: '2026-11-30', state: 'during' });
  });

  it("never shows last week's menu as this week's: past the newest week, the newest is 'after'", () => {
    expect(pick('2026-12-02', menus.slice(0, 3))).toEqual({ week: '2026-11-23', state: 'after' });
    expect(pick('2026-12-07')).toEqual({ week: '2026-11-30', state: 'after' });
  });

  it("does not show next week's menu, published early, before its Monday", () => {
    expect(pick('2026-11-28')).toEqual({ week: '2026-11-23', state: 'during' });
  });

  it('shows the soonest coming week when every entry is still to come', () => {
    expect(pick('2026-11-01')).toEqual({ week: '2026-11-09', state: 'before' });
  });

  it('has nothing to pick from no entries', () => {
    expect(pick('2026-11-01', [])).toBeUndefined();
  });
});

describe('consultations by their span', () => {
  const span = consultationSpan(day('2026-11-16'), day('2026-12-15'));
  it('is open from the opening day to the deadline, both included', () => {
    expect(STATE_OF_SPAN[spanState('2026-11-15', span)]).toBe('upcoming');
    expect(STATE_OF_SPAN[spanState('2026-11-16', span)]).toBe('open');
    expect(STATE_OF_SPAN[spanState('2026-12-15', span)]).toBe('open');
    expect(STATE_OF_SPAN[spanState('2026-12-16', span)]).toBe('closed');
  });
});

describe('spanInText (the week of a Lịch công tác)', () => {
  it.each([
    ['Tuần 12: từ ngày 23/11/2026 đến ngày 29/11/2026', { start: '2026-11-23', end: '2026-11-29' }],
    ['Lịch công tác tuần 12 (từ 23/11 đến 29/11/2026).', { start: '2026-11-23', end: '2026-11-29' }],
    ['từ 28/12 đến hết ngày 03/01/2027', { start: '2026-12-28', end: '2027-01-03' }],
    ['Tu\u0300 ngày 7/12/2026 tới ngày 13/12/2026', undefined],
    ['từ ngày 7/12/2026 tới ngày 13/12/2026', { start: '2026-12-07', end: '2026-12-13' }],
    ['từ 30/02/2026 đến 06/03/2026', undefined],
    ['Lịch công tác của Ban Giám hiệu', undefined],
  ])('%s', (text, expected) => {
    expect(spanInText(text)).toEqual(expected);
  });

  it('reads NFD text as typed on some keyboards', () => {
    expect(spanInText('Tuần 12: từ ngày 23/11/2026 đến ngày 29/11/2026'.normalize('NFD'))).toEqual({
      start: '2026-11-23',
      end: '2026-11-29',
    });
  });
});
