/** Thư viện ảnh: every photo needs its alternative text. */
import { z } from 'astro/zod';
import { date, draft, figure, text, type ImageFn, oldPaths } from '../fields.ts';

export const albumSchema = (image: ImageFn) =>
  z.object({
    title: text({ title: 'Tên album', en: 'Album title', summary: true }, { max: 200 }),
    description: text({ title: 'Mô tả', en: 'Description', widget: 'text' }, { max: 400 }),
    date: date({ title: 'Ngày', en: 'Date', summary: true }),
    photos: z
      .array(figure(image, { title: 'Ảnh', en: 'Photo' }))
      .min(1)
      .meta({ title: 'Các ảnh', en: 'Photos' }),
    oldPaths: oldPaths(),
    draft: draft(),
  });

export type Album = z.infer<ReturnType<typeof albumSchema>>;
