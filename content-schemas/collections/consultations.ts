/**
 * Lấy ý kiến góp ý (TT 37/2020 Điều 9 khoản 5): vấn đề, nội dung, nơi nhận, hạn cuối.
 * Whether a consultation is open follows from its deadline and the build date.
 */
import { z } from 'astro/zod';
import { attachments, date, draft, email, optionalText, text, oldPaths } from '../fields.ts';

export const consultationSchema = () =>
  z.object({
    title: text({ title: 'Vấn đề lấy ý kiến', en: 'Issue', summary: true }, { max: 200 }),
    description: text({ title: 'Nội dung tóm tắt', en: 'Summary', widget: 'text' }, { max: 600 }),
    opens: date({ title: 'Ngày bắt đầu', en: 'Opens' }),
    deadline: date({ title: 'Hạn cuối nhận ý kiến', en: 'Deadline', summary: true }),
    address: text({ title: 'Nơi nhận ý kiến (địa chỉ)', en: 'Where to send comments' }),
    email: email({ title: 'Thư điện tử nhận ý kiến', en: 'Email for comments' }),
    result: optionalText({ title: 'Kết quả tiếp thu (sau khi đóng)', en: 'Outcome', widget: 'text' }),
    files: attachments({ title: 'Dự thảo, tài liệu kèm theo', en: 'Draft documents' }),
    oldPaths: oldPaths(),
    draft: draft(),
  });

export type Consultation = z.infer<ReturnType<typeof consultationSchema>>;
