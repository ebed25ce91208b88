/** Công khai (TT 09/2024/TT-BGDĐT), one entry per item, per năm học. */
import { z } from 'astro/zod';
import { attachments, choice, date, draft, optionalDate, schoolYear, text, oldPaths } from '../fields.ts';
import { DISCLOSURE_CATEGORIES, DISCLOSURE_ITEMS } from '../disclosure-items.ts';

const categoryKeys = Object.keys(DISCLOSURE_CATEGORIES) as [
  keyof typeof DISCLOSURE_CATEGORIES,
  ...(keyof typeof DISCLOSURE_CATEGORIES)[],
];
const itemKeys = Object.keys(DISCLOSURE_ITEMS) as [keyof typeof DISCLOSURE_ITEMS, ...(keyof typeof DISCLOSURE_ITEMS)[]];
const itemLabels = Object.fromEntries(Object.entries(DISCLOSURE_ITEMS).map(([k, v]) => [k, v.label])) as Record<
  keyof typeof DISCLOSURE_ITEMS,
  string
>;

export const disclosureSchema = () =>
  z.object({
    title: text(
      { title: 'Tiêu đề', en: 'Title', summary: true, example: 'Công khai đội ngũ giáo viên năm học 2025-2026' },
      { max: 200 },
    ),
    schoolYear: schoolYear({ title: 'Năm học', en: 'School year', summary: true }),
    category: choice(categoryKeys, {
      title: 'Nhóm nội dung (TT 09/2024)',
      en: 'Category',
      options: DISCLOSURE_CATEGORIES,
    }),
    item: choice(itemKeys, { title: 'Mục công khai', en: 'Disclosure item', options: itemLabels }),
    published: date({ title: 'Ngày công bố', en: 'Publication date', summary: true }),
    eventDate: optionalDate({
      title: 'Ngày phát sinh thông tin',
      en: 'Date the information arose',
      description: 'Khi thông tin thay đổi giữa năm học: phải công khai trong 10 ngày làm việc kể từ ngày này.',
    }),
    files: attachments({ title: 'Tệp công khai (PDF, bảng tính)', en: 'Disclosure files' }),
    oldPaths: oldPaths(),
    draft: draft(),
  });

export type Disclosure = z.infer<ReturnType<typeof disclosureSchema>>;
