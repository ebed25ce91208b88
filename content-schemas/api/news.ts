/** `/api/v1/tin-tuc.json`: the newest published news and notices, as the RSS feed lists them. */
import { z } from 'astro/zod';
import { newsSchema } from '../collections/news.ts';
import { figure } from '../fields.ts';
import { absoluteUrl, apiFile, fileLinks, isoDay, labelOf, like } from './fields.ts';

/** As many as the RSS feed: enough for a parent unit's "news from the schools". */
export const NEWS_LIMIT = 50;

// The cover is rebuilt as a URL; Astro's image() never runs here.
const n = newsSchema(() => z.string()).shape;
const cover = figure(() => z.string(), like(n.cover)).shape;

export const newsItemSchema = z
  .object({
    slug: z.string().min(1).meta({ title: 'Mã bài (đường dẫn)', en: 'Slug' }),
    title: n.title,
    description: n.description,
    date: isoDay(like(n.date)),
    updated: isoDay(like(n.updated)).optional(),
    category: n.category,
    categoryLabel: labelOf(n.category),
    url: absoluteUrl({ title: 'Địa chỉ bài viết', en: 'Article URL' }),
    cover: z
      .object({
        url: absoluteUrl({ title: 'Địa chỉ ảnh (bản đã tối ưu)', en: 'Image URL (optimised copy)' }),
        width: z.number().int().positive().meta({ title: 'Chiều rộng (điểm ảnh)', en: 'Width (px)' }),
        height: z.number().int().positive().meta({ title: 'Chiều cao (điểm ảnh)', en: 'Height (px)' }),
        alt: cover.alt,
        caption: cover.caption,
      })
      .optional()
      .meta({ ...like(n.cover) }),
    author: n.author,
    files: fileLinks(n.files),
    audience: n.audience,
  })
  .meta({ title: 'Bài viết', en: 'Article' });

export const newsApiSchema = apiFile(
  {
    title: 'Tin tức, thông báo mới nhất',
    en: 'Latest news and notices',
    description: `Tối đa ${NEWS_LIMIT} bài đã đăng, mới nhất trước; không có bản nháp.`,
  },
  { items: z.array(newsItemSchema).max(NEWS_LIMIT).meta({ title: 'Bài viết', en: 'Articles' }) },
);

export type NewsApi = z.output<typeof newsApiSchema>;
