/**
 * The HTML report a parent unit can publish as is: ranking of all schools, each
 * school's findings, the scoring formula and the rule list. Self-contained (inline
 * CSS, no JavaScript), lang="vi", tables with caption and th scope.
 */
import type { Ranked } from '../index.ts';
import { viDate } from '../dates.ts';
import { parseIsoDate } from '../../../content-schemas/fields.ts';
import { BANDS, CATEGORY_CAPS, WEIGHTS } from '../score.ts';
import { CATEGORY_LABELS, SEVERITY_LABELS, type Category, type Finding } from '../types.ts';
import { ruleRows } from './rules-table.ts';

export const REPORT_TITLE = 'Kết quả kiểm tra, đánh giá cổng thông tin điện tử các trường';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CSS = `
:root{color-scheme:light;--ink:#1f2933;--muted:#52606d;--line:#cbd2d9;--head:#0b4f8a}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:#fff}
header,main,footer{max-width:72rem;margin:0 auto;padding:1rem 1.25rem}
header{border-bottom:4px solid var(--head)}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0;color:var(--head)}
h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
a{color:#0b4f8a}
a:focus{outline:3px solid #b45309;outline-offset:2px}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:.25rem 0;color:var(--muted)}
th,td{border:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
thead th{background:#e4ecf4}
td.num,th.num{text-align:right;white-space:nowrap}
.sev-error{color:#9b1c1c;font-weight:700}
.sev-warning{color:#8a4b00;font-weight:700}
.sev-info{color:#334e68}
.band{font-weight:700}
.meta{color:var(--muted)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
.rule{white-space:nowrap}
@media print{a{color:inherit;text-decoration:none}h2{break-after:avoid}tr{break-inside:avoid}}
`;

function rankingTable(results: readonly Ranked[]): string {
  const rows = results.map(
    (r) =>
      `<tr><td class="num">${r.rank}</td><th scope="row"><a href="#truong-${esc(r.id)}">${esc(r.name)}</a></th><td class="num">${r.score}</td><td class="band">${esc(r.band)}</td><td class="num">${r.counts.error}</td><td class="num">${r.counts.warning}</td><td class="num">${r.counts.info}</td><td>${r.built ? 'Đủ' : 'Chưa dựng trang, chưa kiểm tra phần giao diện'}</td></tr>`,
  );
  return `<table><caption>Xếp hạng ${results.length} đơn vị theo điểm (cao xuống thấp)</caption>
<thead><tr><th scope="col" class="num">Hạng</th><th scope="col">Đơn vị</th><th scope="col" class="num">Điểm</th><th scope="col">Xếp loại</th><th scope="col" class="num">Lỗi</th><th scope="col" class="num">Cảnh báo</th><th scope="col" class="num">Thông tin</th><th scope="col">Phạm vi kiểm tra</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

function where(f: Finding): string {
  const parts = [
    f.file ? `<code>${esc(f.file)}${f.line ? `:${f.line}` : ''}</code>` : '',
    f.url ? `<code>${esc(f.url)}</code>` : '',
  ].filter(Boolean);
  return parts.join('<br>') || '—';
}

function penaltiesTable(r: Ranked): string {
  const cats = Object.keys(CATEGORY_CAPS) as Category[];
  const rows = cats.map(
    (c) =>
      `<tr><th scope="row">${esc(CATEGORY_LABELS[c])}</th><td class="num">${r.penalties[c] ?? 0}</td><td class="num">${CATEGORY_CAPS[c]}</td></tr>`,
  );
  return `<table><caption>Điểm trừ theo nhóm tiêu chí của ${esc(r.shortName)}</caption>
<thead><tr><th scope="col">Nhóm tiêu chí</th><th scope="col" class="num">Điểm trừ</th><th scope="col" class="num">Trừ tối đa</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

function siteSection(r: Ranked): string {
  const findings = r.findings.length
    ? `<table><caption>Các vấn đề phát hiện ở ${esc(r.shortName)} (${r.findings.length})</caption>
<thead><tr><th scope="col">Mức</th><th scope="col">Tiêu chí</th><th scope="col">Vấn đề</th><th scope="col">Vị trí</th><th scope="col">Căn cứ</th><th scope="col">Cách khắc phục</th></tr></thead>
<tbody>${r.findings.map((f) => `<tr><td class="sev-${f.severity}">${esc(SEVERITY_LABELS[f.severity])}</td><td class="rule"><code>${esc(f.rule)}</code></td><td>${esc(f.message)}</td><td>${where(f)}</td><td>${esc(f.basis)}</td><td>${esc(f.fix)}</td></tr>`).join('\n')}</tbody></table>`
    : '<p>Không phát hiện vấn đề nào.</p>';
  return `<section id="truong-${esc(r.id)}" aria-labelledby="tieu-de-${esc(r.id)}">
<h3 id="tieu-de-${esc(r.id)}">${r.rank}. ${esc(r.name)}</h3>
<p class="meta">Mã: <code>${esc(r.id)}</code> · Bộ tiêu chí: <code>${esc(r.profile)}</code> · Điểm: <strong>${r.score}/100</strong> (${esc(r.band)}) · ${r.counts.error} lỗi, ${r.counts.warning} cảnh báo, ${r.counts.info} thông tin${r.built ? '' : ' · Chưa dựng trang nên chưa kiểm tra phần giao diện'}</p>
${penaltiesTable(r)}
${findings}
</section>`;
}

function formulaSection(): string {
  const caps = (Object.keys(CATEGORY_CAPS) as Category[])
    .map((c) => `<tr><th scope="row">${esc(CATEGORY_LABELS[c])}</th><td class="num">${CATEGORY_CAPS[c]}</td></tr>`)
    .join('\n');
  const bands = BANDS.map(
    (b, i) => `${esc(b.label)}: ${i === 0 ? `từ ${b.min}` : `${b.min}–${(BANDS[i - 1]?.min ?? 101) - 1}`}`,
  ).join('; ');
  return `<section aria-labelledby="cach-tinh-diem"><h2 id="cach-tinh-diem">Cách tính điểm</h2>
<p>Mỗi vấn đề phát hiện bị trừ điểm theo mức: lỗi ${WEIGHTS.error} điểm, cảnh báo ${WEIGHTS.warning} điểm, thông tin ${WEIGHTS.info} điểm.
Điểm trừ của một tiêu chí không vượt quá hai lần điểm trừ của vấn đề nặng nhất thuộc tiêu chí đó (một lỗi lặp lại nhiều lần không lấn át các lỗi khác).
Điểm trừ của mỗi nhóm tiêu chí không vượt quá mức tối đa của nhóm. Điểm = 100 trừ tổng điểm trừ các nhóm, thấp nhất là 0.</p>
<table><caption>Mức trừ tối đa của từng nhóm tiêu chí</caption><thead><tr><th scope="col">Nhóm tiêu chí</th><th scope="col" class="num">Trừ tối đa</th></tr></thead><tbody>${caps}</tbody></table>
<p>Xếp loại: ${bands}. Các đơn vị cùng điểm được xếp theo số lỗi, rồi số cảnh báo (ít hơn xếp trước).</p>
<p>Mức «lỗi» dành cho yêu cầu bắt buộc (Điều 9 Thông tư 37/2020/TT-BGDĐT, Thông tư 09/2024/TT-BGDĐT); các yêu cầu bố cục của cổng thông tin cơ quan nhà nước (Nghị định 224/2026/NĐ-CP, Thông tư 32/2017/TT-BTTTT) là lỗi với Sở GD&amp;ĐT và là cảnh báo (khuyến nghị) với trường học.</p>
</section>`;
}

function rulesSection(): string {
  const rows = ruleRows().map((r) => {
    const sev =
      r.severity.truong === r.severity.so
        ? SEVERITY_LABELS[r.severity.truong]
        : `${SEVERITY_LABELS[r.severity.truong]} (trường), ${SEVERITY_LABELS[r.severity.so]} (Sở)`;
    return `<tr><td><code>${esc(r.id)}</code></td><td>${esc(r.title)}${r.profileOnly ? ' (theo bộ tiêu chí địa phương)' : ''}</td><td>${esc(CATEGORY_LABELS[r.category])}</td><td>${esc(sev)}</td><td>${esc(r.basis)}</td></tr>`;
  });
  return `<section aria-labelledby="tieu-chi"><h2 id="tieu-chi">Các tiêu chí kiểm tra</h2>
<table><caption>Danh sách ${rows.length} tiêu chí, mức độ và căn cứ</caption>
<thead><tr><th scope="col">Mã</th><th scope="col">Tiêu chí</th><th scope="col">Nhóm</th><th scope="col">Mức</th><th scope="col">Căn cứ</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

export function htmlReport(results: readonly Ranked[], date: string, issuer = ''): string {
  const shown = viDate(parseIsoDate(date) as Date);
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${REPORT_TITLE}</title>
<meta name="description" content="${esc(`${REPORT_TITLE}, ngày ${shown}`)}">
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#noi-dung">Bỏ qua, tới nội dung chính</a>
<header>
<h1>${REPORT_TITLE}</h1>
<p class="meta">${issuer ? `${esc(issuer)} · ` : ''}Ngày kiểm tra (ngày tham chiếu): ${shown} · ${results.length} đơn vị · Căn cứ Điều 16 Thông tư 37/2020/TT-BGDĐT (kiểm tra, đánh giá, xếp hạng cổng thông tin điện tử)</p>
</header>
<main id="noi-dung">
<section aria-labelledby="xep-hang"><h2 id="xep-hang">Bảng xếp hạng</h2>
${rankingTable(results)}
</section>
<section aria-labelledby="chi-tiet"><h2 id="chi-tiet">Kết quả chi tiết từng đơn vị</h2>
${results.map(siteSection).join('\n')}
</section>
${formulaSection()}
${rulesSection()}
</main>
<footer><p class="meta">Báo cáo do công cụ kiểm tra tự động của bộ công cụ Cổng trường lập từ nội dung và trang đã dựng của từng đơn vị, theo cùng một ngày tham chiếu. Kết quả giúp rà soát, không thay thế việc kiểm tra của cơ quan có thẩm quyền.</p></footer>
</body>
</html>
`;
}
