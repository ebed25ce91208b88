/**
 * Văn bản (TT 37/2020 Điều 9 khoản 3). Metadata follow the NĐ 42/2022 field set:
 * số ký hiệu, loại, cơ quan ban hành, ngày ban hành, ngày hiệu lực, trích yếu, tệp.
 */
import { z } from 'astro/zod';
import { audience } from '../audience.ts';
import { attachments, choice, date, draft, optionalDate, optionalText, schoolYear, text, oldPaths } from '../fields.ts';

export const DOCUMENT_TYPES = {
  'quyet-dinh': 'Quyết định',
  'cong-van': 'Công văn',
  'ke-hoach': 'Kế hoạch',
  'thong-bao': 'Thông báo',
  'bao-cao': 'Báo cáo',
  'huong-dan': 'Hướng dẫn',
  'chi-thi': 'Chỉ thị',
  'thong-tu': 'Thông tư',
  'nghi-dinh': 'Nghị định',
  luat: 'Luật',
  'quy-che': 'Quy chế',
  'bieu-mau': 'Biểu mẫu',
  khac: 'Văn bản khác',
} as const;

/** Issuer level: the hierarchy of units is data, so a renamed office is just a new label. */
export const ISSUER_LEVELS = {
  truong: 'Nhà trường',
  'xa-phuong': 'UBND xã, phường (Phòng Văn hóa - Xã hội)',
  'phong-gddt': 'Phòng GD&ĐT (trước 01/7/2025)',
  so: 'Sở GD&ĐT',
  'ubnd-tinh': 'UBND tỉnh, thành phố',
  bo: 'Bộ GD&ĐT',
  'chinh-phu': 'Chính phủ, Quốc hội',
  khac: 'Cơ quan khác',
} as const;

const typeKeys = Object.keys(DOCUMENT_TYPES) as [keyof typeof DOCUMENT_TYPES, ...(keyof typeof DOCUMENT_TYPES)[]];
const levelKeys = Object.keys(ISSUER_LEVELS) as [keyof typeof ISSUER_LEVELS, ...(keyof typeof ISSUER_LEVELS)[]];

export const documentSchema = () =>
  z.object({
    title: text(
      {
        title: 'Trích yếu',
        en: 'Summary (title)',
        summary: true,
        example: 'Kế hoạch tuyển sinh lớp 6 năm học 2025-2026',
      },
      { max: 300 },
    ),
    number: text({ title: 'Số ký hiệu', en: 'Reference number', summary: true, example: '125/KH-THCSND' }, { max: 60 }),
    type: choice(typeKeys, { title: 'Loại văn bản', en: 'Document type', options: DOCUMENT_TYPES }),
    issuer: text({ title: 'Cơ quan ban hành', en: 'Issuing body', example: 'Sở Giáo dục và Đào tạo TP. Hồ Chí Minh' }),
    issuerLevel: choice(levelKeys, { title: 'Cấp ban hành', en: 'Issuer level', options: ISSUER_LEVELS }),
    signer: optionalText({ title: 'Người ký', en: 'Signed by', example: 'Nguyễn Văn A' }),
    issued: date({ title: 'Ngày ban hành', en: 'Date of issue', summary: true }),
    effective: optionalDate({ title: 'Ngày hiệu lực', en: 'Effective date' }),
    schoolYear: schoolYear()
      .optional()
      .meta({ title: 'Năm học', en: 'School year', description: 'Ghi theo dạng 2025-2026 (không bắt buộc).' }),
    legacyForm: optionalText({ title: 'Biểu mẫu cũ (TT 36/2017)', en: 'Legacy form', example: 'TT36-BM10' }),
    files: attachments({ title: 'Tệp văn bản', en: 'Document files' }, 1),
    audience: audience(),
    oldPaths: oldPaths(),
    draft: draft(),
  });

export type Document = z.infer<ReturnType<typeof documentSchema>>;
