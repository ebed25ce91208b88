/**
 * Trang tĩnh (giới thiệu, lịch sử, chức năng nhiệm vụ, cơ cấu tổ chức…).
 * The file name is the page key; the theme maps known keys to their URLs.
 */
import { z } from 'astro/zod';
import { figure, oldPaths, optionalDate, optionalText, order, text, type ImageFn } from '../fields.ts';

/** Page keys the law or the recommended IA expects, with their URL. */
export const PAGE_ROUTES = {
  'gioi-thieu': '/gioi-thieu/',
  'lich-su': '/gioi-thieu/lich-su/',
  'chuc-nang-nhiem-vu': '/gioi-thieu/chuc-nang-nhiem-vu/',
  'co-cau-to-chuc': '/gioi-thieu/co-cau-to-chuc/',
  'co-so-vat-chat': '/gioi-thieu/co-so-vat-chat/',
  'thanh-tich': '/gioi-thieu/thanh-tich/',
  'ban-bien-tap': '/gioi-thieu/ban-bien-tap/',
  'lien-he': '/lien-he/',
  'chinh-sach-bao-mat': '/chinh-sach-bao-mat/',
  'kha-nang-tiep-can': '/kha-nang-tiep-can/',
  'thoi-khoa-bieu': '/thoi-khoa-bieu/',
  'lich-cong-tac': '/lich-cong-tac/',
} as const;

export type PageKey = keyof typeof PAGE_ROUTES;

/** Pages TT 37/2020 Điều 9 khoản 1 requires of every school. */
export const REQUIRED_PAGES: readonly PageKey[] = [
  'gioi-thieu',
  'lich-su',
  'chuc-nang-nhiem-vu',
  'co-cau-to-chuc',
  'lien-he',
];

export const pageSchema = (image: ImageFn) =>
  z.object({
    title: text({ title: 'Tiêu đề trang', en: 'Page title', summary: true }, { max: 200 }),
    description: text({ title: 'Mô tả ngắn', en: 'Short description', widget: 'text' }, { max: 300 }),
    titleEn: optionalText({ title: 'Tiêu đề (tiếng Anh)', en: 'Title (English)' }),
    bodyEn: optionalText({ title: 'Nội dung tiếng Anh', en: 'English text', widget: 'markdown' }),
    updated: optionalDate({ title: 'Ngày cập nhật', en: 'Last updated' }),
    image: figure(image, { title: 'Hình minh họa (ví dụ sơ đồ tổ chức)', en: 'Illustration' })
      .optional()
      .meta({ title: 'Hình minh họa (ví dụ sơ đồ tổ chức)', en: 'Illustration' }),
    order: order(),
    oldPaths: oldPaths(),
  });

export type Page = z.infer<ReturnType<typeof pageSchema>>;
