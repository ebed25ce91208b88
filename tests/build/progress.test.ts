/** The build's progress lines and summary table, with a fixed clock; the default concurrency. */
import { describe, expect, it } from 'vitest';
import { createProgress, failureReport, summaryTable } from '../../scripts/lib/progress.ts';
import { defaultConcurrency } from '../../scripts/lib/build-many.ts';
import type { BuildResult } from '../../scripts/lib/build-site.ts';

const GB = 1024 ** 3;

const results: BuildResult[] = [
  { site: 'mn-hoa-sen', ok: true, pages: 24, ms: 7_400 },
  {
    site: 'thcs-hong',
    ok: false,
    pages: 0,
    ms: 300,
    error: '✗ sites/thcs-hong/content/tin-tuc/a.md\n  • «Ngày đăng» (date): thiếu thông tin bắt buộc.',
  },
  { site: 'thpt-ba-to', ok: true, pages: 131, ms: 12_050 },
];

describe('progress lines', () => {
  it('one line per start and per finish, with the time since the command began', () => {
    const lines: string[] = [];
    let now = 0;
    const progress = createProgress(
      3,
      (l) => lines.push(l),
      () => now,
    );
    progress.start('mn-hoa-sen');
    now = 1_000;
    progress.start('thcs-hong');
    now = 1_300;
    progress.finish(results[1]!);
    now = 7_400;
    progress.finish(results[0]!);
    now = 65_000;
    progress.start('thpt-ba-to');
    progress.finish(results[2]!);
    expect(lines).toEqual([
      '[00:00] ▶ 1/3 mn-hoa-sen: bắt đầu / started',
      '[00:01] ▶ 2/3 thcs-hong: bắt đầu / started',
      '[00:01] ✗ 1/3 thcs-hong: LỖI / FAILED sau / after 0.3 s',
      '[00:07] ✓ 2/3 mn-hoa-sen: 24 trang / pages, 7.4 s',
      '[01:05] ▶ 3/3 thpt-ba-to: bắt đầu / started',
      '[01:05] ✓ 3/3 thpt-ba-to: 131 trang / pages, 12.1 s',
    ]);
  });
});

describe('summary', () => {
  it('a table of site, pages, time and status, with totals', () => {
    expect(summaryTable(results, 19_800)).toBe(
      [
        'Trường / site     Trang / pages  Thời gian / time  Trạng thái / status',
        '────────────────  ─────────────  ────────────────  ────────────────────',
        'mn-hoa-sen                   24             7.4 s  OK',
        'thcs-hong                     –             0.3 s  LỖI / FAILED',
        'thpt-ba-to                  131            12.1 s  OK',
        'Tổng / total (3)            155            19.8 s  2 OK, 1 LỖI / FAILED',
      ].join('\n'),
    );
  });

  it('the errors of failed sites only', () => {
    expect(failureReport(results)).toBe(
      '── thcs-hong ──\n✗ sites/thcs-hong/content/tin-tuc/a.md\n  • «Ngày đăng» (date): thiếu thông tin bắt buộc.',
    );
  });
});

describe('defaultConcurrency', () => {
  it('half the cores, one build per free gigabyte, at least one', () => {
    expect(defaultConcurrency(2, 22 * GB, 0)).toBe(1);
    expect(defaultConcurrency(8, 22 * GB, 0)).toBe(4);
    expect(defaultConcurrency(16, 3.5 * GB, 0)).toBe(3);
    expect(defaultConcurrency(16, 22 * GB, 2 * GB)).toBe(2);
    expect(defaultConcurrency(1, 0.5 * GB, 0)).toBe(1);
  });
});
