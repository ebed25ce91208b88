/**
 * `/api/v1/cong-khai.json`: every published công khai entry grouped by năm học, and
 * how complete the current năm học is against the TT 09/2024 items of the level.
 */
import { z } from 'astro/zod';
import { disclosureSchema } from '../collections/disclosures.ts';
import { siteSchema } from '../site.ts';
import { absoluteUrl, apiFile, fileLinks, isoDay, labelOf, like } from './fields.ts';

const c = disclosureSchema().shape;

export const disclosureItemSchema = z
  .object({
    slug: z.string().min(1).meta({ title: 'Mã mục (đường dẫn)', en: 'Slug' }),
    title: c.title,
    schoolYear: c.schoolYear,
    category: c.category,
    categoryLabel: labelOf(c.category),
    item: c.item,
    itemLabel: labelOf(c.item),
    published: isoDay(like(c.published)),
    eventDate: isoDay(like(c.eventDate)).optional(),
    url: absoluteUrl({ title: 'Địa chỉ trang công khai', en: 'Disclosure page URL' }),
    files: fileLinks(c.files),
  })
  .meta({ title: 'Mục công khai', en: 'Disclosure entry' });

/** One TT 09/2024 item, by code and name. */
const itemRef = z.object({ item: c.item, itemLabel: labelOf(c.item) }).meta({ ...like(c.item) });

const itemRefs = (title: string, en: string, description: string) => z.array(itemRef).meta({ title, en, description });

export const completenessSchema = z
  .object({
    schoolYear: c.schoolYear,
    level: siteSchema.shape.level,
    expected: itemRefs(
      'Các mục phải công khai',
      'Expected items',
      'Các mục Thông tư 09/2024/TT-BGDĐT quy định cho cấp học của trường; rỗng với Phòng, Sở.',
    ),
    published: itemRefs(
      'Các mục đã công khai',
      'Published items',
      'Các mục phải công khai đã có ít nhất một bài đăng trong năm học.',
    ),
    missing: itemRefs(
      'Các mục còn thiếu',
      'Missing items',
      'Các mục phải công khai chưa có bài đăng nào trong năm học.',
    ),
  })
  .meta({
    title: 'Mức độ đầy đủ năm học hiện tại',
    en: 'Completeness of the current school year',
    description: 'Năm học tính theo ngày dựng cổng (giờ Việt Nam).',
  });

export const disclosuresApiSchema = apiFile(
  {
    title: 'Công khai',
    en: 'Disclosures',
    description:
      'Các mục công khai theo Thông tư 09/2024/TT-BGDĐT đã đăng, theo năm học (mới nhất trước); không có bản nháp.',
  },
  {
    current: completenessSchema,
    years: z
      .array(
        z
          .object({
            schoolYear: c.schoolYear,
            items: z.array(disclosureItemSchema).meta({ title: 'Mục công khai', en: 'Entries' }),
          })
          .meta({ title: 'Năm học', en: 'School year' }),
      )
      .meta({ title: 'Theo năm học', en: 'By school year' }),
  },
);

export type DisclosuresApi = z.output<typeof disclosuresApiSchema>;
