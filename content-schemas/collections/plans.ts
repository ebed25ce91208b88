/**
 * Kế hoạch giáo dục tuần, tháng (TT 09/2024 Điều 15): a preschool's weekly plan is due
 * before the Saturday of the week before, its monthly plan before the 25th of the month before.
 */
import { z } from 'astro/zod';
import { attachments, choice, date, draft, oldPaths, optionalText, text } from '../fields.ts';

export const PLAN_KINDS = { tuan: 'Kế hoạch tuần', thang: 'Kế hoạch tháng' } as const;

const kindKeys = Object.keys(PLAN_KINDS) as [keyof typeof PLAN_KINDS, ...(keyof typeof PLAN_KINDS)[]];

export const planSchema = () =>
  z.object({
    title: text({ title: 'Tiêu đề', en: 'Title', summary: true }, { max: 200 }),
    kind: choice(kindKeys, { title: 'Loại kế hoạch', en: 'Plan kind', options: PLAN_KINDS }),
    periodStart: date({
      title: 'Ngày bắt đầu kỳ kế hoạch',
      en: 'Period start',
      summary: true,
      description: 'Kế hoạch tuần: ngày thứ Hai; kế hoạch tháng: ngày 01 của tháng.',
    }),
    published: date({ title: 'Ngày công bố', en: 'Publication date' }),
    ageGroup: optionalText({ title: 'Lứa tuổi, nhóm lớp', en: 'Age group', example: 'Mẫu giáo lớn (5-6 tuổi)' }),
    files: attachments(),
    oldPaths: oldPaths(),
    draft: draft(),
  });

export type Plan = z.infer<ReturnType<typeof planSchema>>;
