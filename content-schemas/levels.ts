/** Unit types and school levels (regulations decision 5). */
export const UNIT_TYPES = {
  truong: 'Trường học',
  phong: 'Phòng quản lý giáo dục cấp xã (Phòng Văn hóa - Xã hội)',
  so: 'Sở Giáo dục và Đào tạo',
} as const;

export const LEVELS = {
  'mam-non': 'Mầm non',
  'tieu-hoc': 'Tiểu học',
  thcs: 'Trung học cơ sở',
  thpt: 'Trung học phổ thông',
  'lien-cap': 'Liên cấp',
  gdtx: 'Giáo dục thường xuyên',
} as const;

export type UnitType = keyof typeof UNIT_TYPES;
export type Level = keyof typeof LEVELS;

export const LEVEL_KEYS = Object.keys(LEVELS) as [Level, ...Level[]];

/** Levels that TT 09/2024 treats as general education (Điều 8–9). */
export const GENERAL_EDUCATION: readonly Level[] = ['tieu-hoc', 'thcs', 'thpt', 'lien-cap'];
