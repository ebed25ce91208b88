/** Tuyển sinh (TT 37/2020 Điều 9 khoản 4 và 8): kế hoạch, thông báo, danh sách. */
import { z } from 'astro/zod';
import { attachments, choice, date, draft, optionalDate, schoolYear, text, url, oldPaths } from '../fields.ts';

export const ADMISSION_KINDS = {
  'ke-hoach': 'Kế hoạch tuyển sinh',
  'thong-bao': 'Thông báo tuyển sinh',
  'danh-sach': 'Danh sách dự tuyển, trúng tuyển',
} as const;

const kindKeys = Object.keys(ADMISSION_KINDS) as [keyof typeof ADMISSION_KINDS, ...(keyof typeof ADMISSION_KINDS)[]];

export const admissionSchema = () =>
  z.object({
    title: text(
      { title: 'Tiêu đề', en: 'Title', summary: true, example: 'Thông báo tuyển sinh lớp 6 năm học 2026-2027' },
      { max: 200 },
    ),
    description: text({ title: 'Tóm tắt', en: 'Summary', widget: 'text' }, { max: 400 }),
    schoolYear: schoolYear({ title: 'Năm học tuyển sinh', en: 'Admission school year', summary: true }),
    kind: choice(kindKeys, { title: 'Loại', en: 'Kind', options: ADMISSION_KINDS }),
    date: date({ title: 'Ngày đăng', en: 'Publication date', summary: true }),
    opens: optionalDate({ title: 'Bắt đầu nhận hồ sơ', en: 'Applications open' }),
    closes: optionalDate({ title: 'Hạn nộp hồ sơ', en: 'Applications close' }),
    quota: z.number().int().positive().optional().meta({ title: 'Chỉ tiêu', en: 'Quota', widget: 'number' }),
    onlineUrl: url({ title: 'Cổng tuyển sinh trực tuyến', en: 'Online admission system' }).optional().meta({
      title: 'Cổng tuyển sinh trực tuyến',
      en: 'Online admission system',
      example: 'https://tuyensinhdaucap.hcm.edu.vn',
    }),
    files: attachments(),
    oldPaths: oldPaths(),
    draft: draft(),
  });

export type Admission = z.infer<ReturnType<typeof admissionSchema>>;
