/** Lãnh đạo (TT 37/2020 Điều 9 khoản 1 a): họ tên, chức vụ, điện thoại, email, nhiệm vụ. */
import { z } from 'astro/zod';
import { email, figure, oldPaths, optionalText, order, phone, text, type ImageFn } from '../fields.ts';

export const leaderSchema = (image: ImageFn) =>
  z.object({
    name: text({ title: 'Họ và tên', en: 'Full name', summary: true, example: 'Nguyễn Thị Thu Hà' }),
    position: text({ title: 'Chức vụ', en: 'Position', summary: true, example: 'Hiệu trưởng' }),
    positionEn: optionalText({ title: 'Chức vụ (tiếng Anh)', en: 'Position (English)', example: 'Principal' }),
    phone: phone({ title: 'Điện thoại', en: 'Phone' }),
    email: email({ title: 'Thư điện tử', en: 'Email' }),
    duties: text({ title: 'Nhiệm vụ được giao', en: 'Assigned duties', widget: 'text' }),
    photo: figure(image, { title: 'Ảnh chân dung', en: 'Portrait' })
      .optional()
      .meta({ title: 'Ảnh chân dung', en: 'Portrait' }),
    order: order(),
    oldPaths: oldPaths(),
  });

export type Leader = z.infer<ReturnType<typeof leaderSchema>>;
