/**
 * How build time grows with the number of schools (N), posts (M) and photos (K):
 * one row per size measured in the work folder (its results-N×M×K.json files, one
 * per `npm run bench` run), so a note can quote several runs side by side.
 * `npm run bench -- --summary`; printed after every bench run as well.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult } from './build.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export function readResults(workDir: string): BenchResult[] {
  if (!existsSync(workDir)) return [];
  return readdirSync(workDir)
    .filter((name) => /^results-\d+x\d+x\d+\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(join(workDir, name), 'utf8')) as BenchResult)
    .sort((a, b) => a.size.schools - b.size.schools || a.size.posts - b.size.posts || a.size.photos - b.size.photos);
}

function row(r: BenchResult): string[] {
  const s = r.size;
  const photos = `${s.photos}${s.phone ? ' 12 MP' : ''}${s.inlineEvery ? `, 1/${s.inlineEvery} trong bài` : ''}`;
  const schoolsOnly = (list: { site: string; seconds: number }[]) =>
    list.filter((x) => x.site !== s.unit).map((x) => x.seconds);
  return [
    String(s.schools),
    String(s.posts),
    photos,
    String(s.attachments),
    String(r.build.pages),
    String(r.build.wallSeconds),
    String(median(schoolsOnly(r.build.perSite))),
    String(r.build.pagesPerSecond),
    String(r.warm.wallSeconds),
    String(median(schoolsOnly(r.warm.perSite))),
    String(r.rebuild.wallSeconds),
    `${r.projection.coldMinutes} / ${r.projection.warmMinutes}`,
    `${r.machine.loadBefore}→${r.machine.loadAfter}`,
    r.date.slice(0, 16).replace('T', ' '),
  ];
}

export function growthTable(results: BenchResult[]): string {
  const head = [
    'N trường',
    'M bài',
    'K ảnh',
    'PDF',
    'trang',
    'lạnh (s)',
    'lạnh/trường',
    'trang/s',
    'ấm (s)',
    'ấm/trường',
    '--changed (s)',
    '600 trường/20 máy (phút, lạnh / ấm)',
    'tải máy',
    'ngày (UTC)',
  ];
  const rows = results.map(row);
  const widths = head.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]!].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    'Thời gian dựng theo N trường × M bài × K ảnh / build time by N schools × M posts × K photos (cold = empty caches, warm = nothing changed; per school = median)',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}
