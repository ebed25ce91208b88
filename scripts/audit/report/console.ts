/** The readable console report, in Vietnamese: findings per site, then the ranking table. */
import type { Ranked } from '../index.ts';
import { viDate } from '../dates.ts';
import { parseIsoDate } from '../../../content-schemas/fields.ts';
import { SEVERITY_LABELS, type Finding, type Severity } from '../types.ts';

const ICON: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

/** Columns padded by characters (text is NFC, so one precomposed letter is one column). */
export function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

function where(f: Finding): string {
  const file = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
  return [file, f.url && !file.includes(f.url) ? f.url : ''].filter(Boolean).join(' · ');
}

function siteBlock(r: Ranked): string[] {
  const lines = [
    '',
    `■ ${r.name} (${r.id}) · bộ tiêu chí ${r.profile} · điểm ${r.score}/100 (${r.band})${r.built ? '' : ' · chưa dựng'}`,
    `  ${r.counts.error} lỗi · ${r.counts.warning} cảnh báo · ${r.counts.info} thông tin`,
  ];
  if (!r.findings.length) return [...lines, '  ✔ Không phát hiện vấn đề nào.'];
  for (const f of r.findings) {
    lines.push(
      '',
      `  ${ICON[f.severity]} ${SEVERITY_LABELS[f.severity].padEnd(9)} [${f.rule}] ${f.message}`,
      ...(where(f) ? [`      Vị trí:   ${where(f)}`] : []),
      `      Căn cứ:   ${f.basis}`,
      `      Cách sửa: ${f.fix}`,
    );
  }
  return lines;
}

export function consoleReport(results: readonly Ranked[], date: string): string {
  const shown = viDate(parseIsoDate(date) as Date);
  const lines = [`KẾT QUẢ KIỂM TRA CỔNG THÔNG TIN ĐIỆN TỬ · ngày tham chiếu ${shown}`];
  for (const r of results) lines.push(...siteBlock(r));
  lines.push(
    '',
    'XẾP HẠNG',
    ...table(
      ['Hạng', 'Đơn vị', 'Điểm', 'Xếp loại', 'Lỗi', 'Cảnh báo', 'Thông tin'],
      results.map((r) => [
        String(r.rank),
        `${r.shortName} (${r.id})`,
        String(r.score),
        r.band,
        String(r.counts.error),
        String(r.counts.warning),
        String(r.counts.info),
      ]),
    ).map((l) => `  ${l}`),
  );
  return lines.join('\n');
}
