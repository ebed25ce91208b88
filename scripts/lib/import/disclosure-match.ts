/**
 * A công khai post's TT 09/2024 item (content-schemas/disclosure-items.ts) and năm
 * học, from its title. Old portals file everything under "Ba công khai" with titles
 * such as "Công khai đội ngũ giáo viên năm học 2023-2024" or "Biểu mẫu 19 – Thông
 * tư 36"; an unrecognised title is reported, never guessed.
 */
import { DISCLOSURE_ITEMS, type DisclosureItemKey } from '../../../content-schemas/disclosure-items.ts';
import { isSchoolYear } from '../../../content-schemas/calendar.ts';
import { fold } from './fold.ts';

const RULES: [RegExp, DisclosureItemKey][] = [
  [/\bbao cao thuong nien\b/, 'bao-cao-thuong-nien'],
  [/\b(doi ngu|giao vien|nha giao|can bo quan ly|nhan vien)\b/, 'doi-ngu'],
  [/\b(co so vat chat|thiet bi|phong hoc)\b/, 'co-so-vat-chat'],
  [/\b(sach giao khoa)\b/, 'sach-giao-khoa'],
  [/\b(kiem dinh|tu danh gia)\b/, 'kiem-dinh'],
  [/\b(tuyen sinh)\b/, 'ke-hoach-tuyen-sinh'],
  [/\b(hoc phi|khoan thu|cac khoan thu|thu chi|muc thu)\b/, 'hoc-phi'],
  [/\b(mien giam|hoc bong|ho tro hoc tap)\b/, 'mien-giam-hoc-bong'],
  [/\b(tai chinh|du toan|quyet toan|ngan sach)\b/, 'tai-chinh-nam-truoc'],
  [/\b(co cau to chuc|quyet dinh thanh lap|hoi dong truong)\b/, 'co-cau-to-chuc'],
  [/\b(phoi hop|gia dinh va xa hoi)\b/, 'phoi-hop-gia-dinh'],
  [/\b(ho tro nguoi hoc)\b/, 'ho-tro-nguoi-hoc'],
  [/\b(dich vu giao duc mam non)\b/, 'dich-vu-mam-non'],
  [/\b(ket qua (hoat dong|giao duc|nam hoc)|chat luong giao duc thuc te)\b/, 'ket-qua-nam-truoc'],
  [/\b(ke hoach giao duc|ke hoach nam hoc|cam ket chat luong)\b/, 'ke-hoach-giao-duc'],
  [/\b(thong tin chung)\b/, 'thong-tin-chung'],
];

export function disclosureItem(title: string): DisclosureItemKey | undefined {
  const folded = fold(title);
  return RULES.find(([pattern]) => pattern.test(folded))?.[1];
}

export function disclosureCategory(item: DisclosureItemKey) {
  return DISCLOSURE_ITEMS[item].category;
}

/** "năm học 2023-2024", "NH 2023 - 2024", "2023–2024": the first two consecutive years named. */
export function schoolYearIn(text: string): string | undefined {
  for (const m of text.normalize('NFC').matchAll(/(?<!\d)(\d{4})\s*[-–—/]\s*(\d{4})(?!\d)/g)) {
    const label = `${m[1]}-${m[2]}`;
    if (isSchoolYear(label)) return label;
  }
  return undefined;
}
