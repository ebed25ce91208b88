/** Tin tức, sự kiện and thông báo (TT 37/2020 Điều 9 khoản 2). */
import { z } from 'astro/zod';
import { audience } from '../audience.ts';
import {
  date,
  draft,
  figure,
  optionalDate,
  optionalText,
  text,
  choice,
  attachments,
  type ImageFn,
  oldPaths,
} from '../fields.ts';

export const NEWS_CATEGORIES = {
  'thong-bao': 'Thông báo',
  'hoat-dong': 'Hoạt động nhà trường',
  'chuyen-mon': 'Chuyên môn',
  'doan-doi': 'Đoàn – Đội',
  'tin-nganh': 'Tin ngành',
  'tuyen-truyen': 'Tuyên truyền, pháp luật',
  'goc-phu-huynh': 'Góc phụ huynh',
  'hoat-dong-cua-be': 'Hoạt động của bé',
  'le-hoi': 'Lễ hội, sự kiện',
} as const;

const categoryKeys = Object.keys(NEWS_CATEGORIES) as [
  keyof typeof NEWS_CATEGORIES,
  ...(keyof typeof NEWS_CATEGORIES)[],
];

export const newsSchema = (image: ImageFn) =>
  z.object({
    title: text(
      { title: 'Tiêu đề', en: 'Title', summary: true, example: 'Lễ khai giảng năm học 2025-2026' },
      { max: 200 },
    ),
    description: text(
      {
        title: 'Tóm tắt (sapo)',
        en: 'Summary',
        description: 'Một hai câu giới thiệu bài, hiện trong danh sách và kết quả tìm kiếm.',
        widget: 'text',
      },
      { max: 400 },
    ),
    date: date({ title: 'Ngày đăng', en: 'Publication date', summary: true }),
    updated: optionalDate({ title: 'Ngày cập nhật', en: 'Last updated' }),
    category: choice(categoryKeys, { title: 'Chuyên mục', en: 'Category', options: NEWS_CATEGORIES }),
    cover: figure(image, { title: 'Ảnh đại diện', en: 'Cover image' })
      .optional()
      .meta({ title: 'Ảnh đại diện', en: 'Cover image' }),
    author: optionalText({ title: 'Người viết', en: 'Author', example: 'Tổ Ngữ văn' }),
    files: attachments(),
    audience: audience(),
    oldPaths: oldPaths(),
    draft: draft(),
  });

export type News = z.infer<ReturnType<typeof newsSchema>>;
