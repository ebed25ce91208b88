/** Turns the base fixture into a clean preschool (mầm non): its công khai items, menu and plans. */
import type { Variant } from './variant.ts';

const GDPT_ONLY = ['sach-giao-khoa', 'kiem-dinh', 'ho-tro-nguoi-hoc'];

export function toPreschool(v: Variant): void {
  v.edit('site.yaml', (s) => s.replace('level: thcs', 'level: mam-non'));
  for (const year of ['2025-2026', '2026-2027']) {
    for (const item of GDPT_ONLY) v.remove(`content/cong-khai/${item}-${year}.md`);
    v.write(
      `content/cong-khai/dich-vu-mam-non-${year}.md`,
      `---\ntitle: Công khai các dịch vụ giáo dục mầm non năm học ${year}\nschoolYear: ${year}\ncategory: ke-hoach-ket-qua\nitem: dich-vu-mam-non\npublished: ${year.startsWith('2025') ? '2025-10-10' : '2026-10-10'}\n---\nNhà trường tổ chức bán trú và các dịch vụ theo quy định.\n`,
    );
  }
  v.write('content/thuc-don/tuan-23-11-2026.md', menu('2026-11-23', '2026-11-20'));
  v.write('content/ke-hoach/tuan-23-11-2026.md', plan('tuan', '2026-11-23', '2026-11-20'));
  v.write('content/ke-hoach/thang-11-2026.md', plan('thang', '2026-11-01', '2026-10-20'));
}

export function menu(weekStart: string, published: string): string {
  return `---\ntitle: Thực đơn tuần từ ${weekStart}\nweekStart: ${weekStart}\npublished: ${published}\nageGroup: Nhà trẻ và mẫu giáo\ndays:\n  - day: thu-2\n    lunch: Cơm trắng; canh bí đỏ nấu tôm; thịt kho trứng cút\n---\n`;
}

export function plan(kind: 'tuan' | 'thang', periodStart: string, published: string): string {
  return `---\ntitle: Kế hoạch ${kind === 'tuan' ? 'tuần' : 'tháng'} từ ${periodStart}\nkind: ${kind}\nperiodStart: ${periodStart}\npublished: ${published}\n---\nHoạt động học, chơi và chăm sóc trẻ.\n`;
}
