/**
 * The công khai package of TT 09/2024/TT-BGDĐT, as data: which item each level must
 * publish, under which article, and by which deadline rule. The schema, the CMS,
 * the onboarding skeleton and the audit all read this table.
 */
import type { Level } from './levels.ts';

export const DISCLOSURE_CATEGORIES = {
  'thong-tin-chung': 'Thông tin chung',
  'tai-chinh': 'Thu, chi tài chính',
  'dieu-kien': 'Điều kiện bảo đảm chất lượng',
  'ke-hoach-ket-qua': 'Kế hoạch và kết quả hoạt động',
  'bao-cao-thuong-nien': 'Báo cáo thường niên',
} as const;

export type DisclosureCategory = keyof typeof DISCLOSURE_CATEGORIES;

/** `annual`: before 30/6 of the school year; `menu`: before the Saturday of the week before. */
export type DeadlineRule = 'annual' | 'menu' | 'monthly-plan';

export interface DisclosureItem {
  label: string;
  category: DisclosureCategory;
  /** Legal basis quoted in audit findings. */
  basis: string;
  levels: readonly Level[];
  deadline: DeadlineRule;
  /** The item's wording for a level whose law words it differently (TT 09/2024 Điều 7 for preschools). */
  levelLabels?: Partial<Record<Level, string>>;
}

const SCHOOLS: readonly Level[] = ['mam-non', 'tieu-hoc', 'thcs', 'thpt', 'lien-cap', 'gdtx'];
const GDPT: readonly Level[] = ['tieu-hoc', 'thcs', 'thpt', 'lien-cap'];

export const DISCLOSURE_ITEMS = {
  'thong-tin-chung': {
    label: 'Thông tin chung về cơ sở giáo dục',
    category: 'thong-tin-chung',
    basis: 'Điều 4 Thông tư 09/2024/TT-BGDĐT',
    levels: SCHOOLS,
    deadline: 'annual',
  },
  'co-cau-to-chuc': {
    label: 'Cơ cấu tổ chức, quyết định thành lập, hội đồng trường',
    category: 'thong-tin-chung',
    basis: 'Điều 4 khoản 7 Thông tư 09/2024/TT-BGDĐT',
    levels: SCHOOLS,
    deadline: 'annual',
  },
  'tai-chinh-nam-truoc': {
    label: 'Tình hình tài chính năm trước',
    category: 'tai-chinh',
    basis: 'Điều 5 khoản 1 Thông tư 09/2024/TT-BGDĐT',
    levels: SCHOOLS,
    deadline: 'annual',
  },
  'hoc-phi': {
    label: 'Học phí và các khoản thu khác',
    category: 'tai-chinh',
    basis: 'Điều 5 khoản 2 Thông tư 09/2024/TT-BGDĐT',
    levels: SCHOOLS,
    deadline: 'annual',
  },
  'mien-giam-hoc-bong': {
    label: 'Chính sách miễn, giảm, hỗ trợ, học bổng',
    category: 'tai-chinh',
    basis: 'Điều 5 khoản 3 Thông tư 09/2024/TT-BGDĐT',
    levels: SCHOOLS,
    deadline: 'annual',
  },
  'doi-ngu': {
    label: 'Đội ngũ nhà giáo, cán bộ quản lý và nhân viên',
    category: 'dieu-kien',
    basis: 'Điều 6, 8, 10 Thông tư 09/2024/TT-BGDĐT',
    levels: SCHOOLS,
    deadline: 'annual',
  },
  'co-so-vat-chat': {
    label: 'Cơ sở vật chất, thiết bị',
    category: 'dieu-kien',
    basis: 'Điều 6, 8, 10 Thông tư 09/2024/TT-BGDĐT',
    levels: SCHOOLS,
    deadline: 'annual',
  },
  'sach-giao-khoa': {
    label: 'Danh mục sách giáo khoa sử dụng',
    category: 'dieu-kien',
    basis: 'Điều 8 khoản 2 Thông tư 09/2024/TT-BGDĐT',
    levels: GDPT,
    deadline: 'annual',
  },
  'kiem-dinh': {
    label: 'Kết quả tự đánh giá, kiểm định chất lượng',
    category: 'dieu-kien',
    basis: 'Điều 8 khoản 3, Điều 10 Thông tư 09/2024/TT-BGDĐT',
    levels: [...GDPT, 'gdtx'],
    deadline: 'annual',
  },
  'ke-hoach-tuyen-sinh': {
    label: 'Kế hoạch tuyển sinh',
    category: 'ke-hoach-ket-qua',
    basis: 'Điều 7 khoản 1, Điều 9 khoản 1 Thông tư 09/2024/TT-BGDĐT',
    levels: [...GDPT, 'mam-non'],
    deadline: 'annual',
  },
  'ke-hoach-giao-duc': {
    label: 'Kế hoạch giáo dục năm học',
    levelLabels: { 'mam-non': 'Kế hoạch giáo dục (nuôi dưỡng, chăm sóc, giáo dục) năm học' },
    category: 'ke-hoach-ket-qua',
    basis: 'Điều 7 khoản 1, Điều 9 khoản 1, Điều 11 Thông tư 09/2024/TT-BGDĐT',
    levels: SCHOOLS,
    deadline: 'annual',
  },
  'phoi-hop-gia-dinh': {
    label: 'Quy chế phối hợp giữa nhà trường, gia đình và xã hội',
    category: 'ke-hoach-ket-qua',
    basis: 'Điều 7 khoản 1, Điều 9 khoản 1 Thông tư 09/2024/TT-BGDĐT',
    levels: [...GDPT, 'mam-non'],
    deadline: 'annual',
  },
  'ho-tro-nguoi-hoc': {
    label: 'Chương trình hỗ trợ người học',
    category: 'ke-hoach-ket-qua',
    basis: 'Điều 9 khoản 1 Thông tư 09/2024/TT-BGDĐT',
    levels: GDPT,
    deadline: 'annual',
  },
  'dich-vu-mam-non': {
    label: 'Các dịch vụ giáo dục mầm non',
    category: 'ke-hoach-ket-qua',
    basis: 'Điều 7 khoản 1 Thông tư 09/2024/TT-BGDĐT',
    levels: ['mam-non'],
    deadline: 'annual',
  },
  'ket-qua-nam-truoc': {
    label: 'Kết quả hoạt động năm học trước',
    category: 'ke-hoach-ket-qua',
    basis: 'Điều 7 khoản 2, Điều 9 khoản 2 Thông tư 09/2024/TT-BGDĐT',
    levels: [...GDPT, 'mam-non'],
    deadline: 'annual',
  },
  'bao-cao-thuong-nien': {
    label: 'Báo cáo thường niên (số liệu đến 31/12)',
    category: 'bao-cao-thuong-nien',
    basis: 'Điều 14 Thông tư 09/2024/TT-BGDĐT',
    levels: SCHOOLS,
    deadline: 'annual',
  },
} as const satisfies Record<string, DisclosureItem>;

export type DisclosureItemKey = keyof typeof DISCLOSURE_ITEMS;

/** An item's name as a school of `level` publishes it: "nuôi dưỡng, chăm sóc" is preschool wording only. */
export function disclosureItemLabel(key: DisclosureItemKey, level?: Level): string {
  const item: DisclosureItem = DISCLOSURE_ITEMS[key];
  return (level && item.levelLabels?.[level]) || item.label;
}

/** The items a school of this level must publish each school year. */
export function requiredDisclosureItems(level: Level): DisclosureItemKey[] {
  return (Object.keys(DISCLOSURE_ITEMS) as DisclosureItemKey[]).filter((k) =>
    (DISCLOSURE_ITEMS[k].levels as readonly Level[]).includes(level),
  );
}
