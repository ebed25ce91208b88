/**
 * Filter keys and "Loại nội dung" values, shared by the build step and the browser.
 * No imports on purpose: the search page's script bundles this file, and must not
 * pull the content schemas (and Zod) in with it.
 */

/** Filter keys in the index; their Vietnamese labels are UI strings (`search.filter.*`). */
export const FILTER_KEYS = ['loai', 'nam_hoc', 'co_quan', 'don_vi'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * "Đơn vị": on a Phòng's or Sở's portal, which unit published the result (the unit
 * itself or one of its members). Only indexed, and only offered, when the unit has members.
 */
export const UNIT_FILTER = 'don_vi' satisfies FilterKey;

/** Values of the "Loại nội dung" filter, one per section of the portal, in menu order. */
export const CONTENT_TYPES = {
  news: 'Tin tức',
  notice: 'Thông báo',
  documents: 'Văn bản',
  disclosures: 'Công khai',
  admissions: 'Tuyển sinh',
  qa: 'Hỏi đáp',
  consultations: 'Lấy ý kiến',
  about: 'Giới thiệu',
  pages: 'Trang thông tin',
  albums: 'Thư viện ảnh',
  menus: 'Thực đơn',
  plans: 'Kế hoạch',
} as const;
