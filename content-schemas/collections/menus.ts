/**
 * Thực đơn tuần (TT 09/2024 Điều 7, 9 and 15): published before the Saturday of the
 * week before. One entry per week, starting on its Monday.
 */
import { z } from 'astro/zod';
import { choice, date, draft, oldPaths, optionalText, text } from '../fields.ts';

export const WEEKDAYS = {
  'thu-2': 'Thứ Hai',
  'thu-3': 'Thứ Ba',
  'thu-4': 'Thứ Tư',
  'thu-5': 'Thứ Năm',
  'thu-6': 'Thứ Sáu',
  'thu-7': 'Thứ Bảy',
} as const;

const dayKeys = Object.keys(WEEKDAYS) as [keyof typeof WEEKDAYS, ...(keyof typeof WEEKDAYS)[]];

export const menuSchema = () =>
  z.object({
    title: text(
      { title: 'Tiêu đề', en: 'Title', summary: true, example: 'Thực đơn tuần 10 (10/11 – 14/11/2025)' },
      { max: 200 },
    ),
    weekStart: date({ title: 'Thứ Hai của tuần', en: 'Monday of the week', summary: true }),
    published: date({ title: 'Ngày công bố', en: 'Publication date' }),
    ageGroup: optionalText({ title: 'Đối tượng', en: 'Age group', example: 'Nhà trẻ và mẫu giáo' }),
    days: z
      .array(
        z.object({
          day: choice(dayKeys, { title: 'Ngày', en: 'Day', options: WEEKDAYS }),
          breakfast: optionalText({ title: 'Bữa sáng', en: 'Breakfast' }),
          lunch: text({
            title: 'Bữa trưa',
            en: 'Lunch',
            example: 'Cơm trắng; canh bí đỏ nấu tôm; thịt heo kho trứng cút',
          }),
          snack: optionalText({ title: 'Bữa xế', en: 'Afternoon snack' }),
          dinner: optionalText({ title: 'Bữa chiều', en: 'Afternoon meal' }),
        }),
      )
      .min(1)
      .meta({ title: 'Thực đơn các ngày', en: 'Days' }),
    oldPaths: oldPaths(),
    draft: draft(),
  });

export type Menu = z.infer<ReturnType<typeof menuSchema>>;
