/**
 * What `npm run build` prints: one line when a site starts and one when it ends
 * (with the time since the command began), then a summary table and the errors of
 * the sites that failed. Plain text, no cursor tricks, so CI logs read the same.
 */
import type { BuildResult } from './build-site.ts';

export function formatElapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export interface Progress {
  start(site: string): void;
  finish(result: BuildResult): void;
  warn(site: string, message: string): void;
}

export function createProgress(
  total: number,
  write: (line: string) => void = (l) => console.log(l),
  now = () => Date.now(),
): Progress {
  const began = now();
  let started = 0;
  let finished = 0;
  const width = String(total).length;
  const stamp = () => `[${formatElapsed(now() - began)}]`;
  const count = (n: number) => `${String(n).padStart(width)}/${total}`;
  return {
    start(site) {
      started += 1;
      write(`${stamp()} ▶ ${count(started)} ${site}: bắt đầu / started`);
    },
    finish(result) {
      finished += 1;
      const what = result.ok
        ? `✓ ${count(finished)} ${result.site}: ${result.pages} trang / pages, ${seconds(result.ms)}`
        : `✗ ${count(finished)} ${result.site}: LỖI / FAILED sau / after ${seconds(result.ms)}`;
      write(`${stamp()} ${what}`);
    },
    warn(site, message) {
      write(`${stamp()} ⚠ ${site}: ${message}`);
    },
  };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === 1 || c === 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

/** site · pages · time · status, one row per site, plus a total row. */
export function summaryTable(results: readonly BuildResult[], wallMs?: number): string {
  const rows = [['Trường / site', 'Trang / pages', 'Thời gian / time', 'Trạng thái / status']];
  for (const r of results)
    rows.push([r.site, r.ok ? String(r.pages) : '–', seconds(r.ms), r.ok ? 'OK' : 'LỖI / FAILED']);
  const ok = results.filter((r) => r.ok);
  rows.push([
    `Tổng / total (${results.length})`,
    String(ok.reduce((n, r) => n + r.pages, 0)),
    wallMs === undefined ? '' : seconds(wallMs),
    `${ok.length} OK, ${results.length - ok.length} LỖI / FAILED`,
  ]);
  return table(rows);
}

/** The full error of each failed site, in the order they were built. */
export function failureReport(results: readonly BuildResult[]): string {
  return results
    .filter((r) => !r.ok)
    .map((r) => `── ${r.site} ──\n${r.error ?? ''}`.trimEnd())
    .join('\n\n');
}
