/**
 * The import report: what was imported, what was skipped and why, and what needs an
 * editor's look. Markdown with Vietnamese headings (English beside them) for people,
 * JSON for scripts, both in `sites/<id>/.import/`.
 */
import type { Kind, Review, Skipped } from './types.ts';

export interface ImportedEntry {
  file: string;
  title: string;
  url: string;
  /** `template`: written over new-school's unfilled frame («[CẦN THAY]») of the same page or item. */
  status: 'new' | 'updated' | 'template' | 'unchanged';
}

export interface ImportReport {
  site: string;
  source: string;
  kind: Kind | 'wxr' | 'feed';
  dryRun: boolean;
  imported: ImportedEntry[];
  skipped: Skipped[];
  review: Review[];
  /** Files under media/ and public/tep/ written or kept. */
  files: { file: string; status: string }[];
  /** Query-string rules written into the nginx map. */
  nginxRules: number;
  nginxMap?: string;
}

const ISSUES: Record<Review['issue'], string> = {
  category: 'Chuyên mục chưa khớp / Unrecognised category',
  'image-alt': 'Ảnh chưa có mô tả / Images without alt text',
  'static-page': 'Trang tĩnh chưa có chỗ, nhập thành bản nháp / Static pages without a place, kept as drafts',
  'disclosure-conflict': 'Trùng công khai đã có, không ghi đè / Conflicts with existing disclosures, not overwritten',
  leader: 'Lãnh đạo chưa nhập đủ / Leaders not imported',
  menu: 'Thực đơn chưa nhận ra / Menus not recognised',
  'disclosure-item': 'Chưa xếp vào mục TT 09/2024 / Not mapped to a TT 09/2024 item',
  'document-number': 'Văn bản thiếu số ký hiệu / Documents without a number',
  'document-facts': 'Thông tin văn bản cần kiểm tra / Document facts to check',
  asset: 'Ảnh, tệp không mang sang được / Photos and files not brought over',
  unsafe: 'Mã nguy hiểm đã gỡ khỏi bài / Unsafe markup removed from posts',
  'old-url': 'Địa chỉ cũ không chuyển hướng được / Old addresses without a redirect',
  edited: 'Tệp đã được sửa, không ghi đè / Edited files left as they are',
  validation: 'Lỗi kiểm tra nội dung / Validation problems',
  date: 'Thiếu ngày đăng / Missing dates',
};

const STATUS: Record<ImportedEntry['status'], string> = {
  new: 'mới / new',
  updated: 'cập nhật / updated',
  template: 'thay khung mẫu / replaces the template frame',
  unchanged: 'không đổi / unchanged',
};

export function reportMarkdown(report: ImportReport): string {
  const count = (s: ImportedEntry['status']) => report.imported.filter((e) => e.status === s).length;
  const out = [
    `# Báo cáo nhập nội dung cổng cũ / Import report: ${report.site}`,
    '',
    `- Nguồn / Source: ${report.source} (${report.kind})${report.dryRun ? ' — chạy thử, chưa ghi gì / dry run, nothing written' : ''}`,
    `- Đã nhập / Imported: ${report.imported.length} (mới / new ${count('new')}, thay khung mẫu / replacing template frames ${count('template')}, cập nhật / updated ${count('updated')}, không đổi / unchanged ${count('unchanged')})`,
    `- Bỏ qua / Skipped: ${report.skipped.length}`,
    `- Cần biên tập viên xem / Needs an editor's look: ${report.review.length}`,
    `- Quy tắc nginx cho địa chỉ có truy vấn / nginx rules for query-string addresses: ${report.nginxRules}${report.nginxMap ? ` (${report.nginxMap})` : ''}`,
    '',
    '## Đã nhập / Imported',
    '',
    ...report.imported.map((e) => `- \`${e.file}\` ${e.title} — ${e.url} (${STATUS[e.status]})`),
    '',
    "## Cần biên tập viên xem / Needs an editor's look",
  ];
  for (const issue of Object.keys(ISSUES) as Review['issue'][]) {
    const rows = report.review.filter((r) => r.issue === issue);
    if (!rows.length) continue;
    out.push(
      '',
      `### ${ISSUES[issue]}`,
      '',
      ...rows.map((r) => `- ${r.file ? `\`${r.file}\` ` : ''}${r.url}: ${r.words.vi} / ${r.words.en}`),
    );
  }
  out.push(
    '',
    '## Bỏ qua / Skipped',
    '',
    ...report.skipped.map((s) => `- ${s.url}: ${s.reason.vi} / ${s.reason.en}`),
    '',
  );
  return out.join('\n');
}
