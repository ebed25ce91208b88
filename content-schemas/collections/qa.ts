/** Hỏi đáp (TT 37/2020 Điều 9 khoản 1 b). The answer is the Markdown body. */
import { z } from 'astro/zod';
import { date, draft, optionalText, text, oldPaths } from '../fields.ts';

export const qaSchema = () =>
  z.object({
    title: text({ title: 'Câu hỏi', en: 'Question', summary: true, widget: 'text' }, { max: 500 }),
    asker: optionalText({
      title: 'Người hỏi',
      en: 'Asked by',
      description: 'Chỉ ghi vai trò, không ghi họ tên đầy đủ, ví dụ "Phụ huynh học sinh lớp 7A".',
    }),
    asked: date({ title: 'Ngày hỏi', en: 'Date asked', summary: true }),
    answeredBy: text({ title: 'Người trả lời', en: 'Answered by', example: 'Ban giám hiệu' }),
    answered: date({ title: 'Ngày trả lời', en: 'Date answered' }),
    oldPaths: oldPaths(),
    draft: draft(),
  });

export type Qa = z.infer<ReturnType<typeof qaSchema>>;
