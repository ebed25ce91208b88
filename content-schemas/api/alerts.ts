/** `/api/v1/thong-bao-khan.json`: the alerts shown on the portal when it was built. */
import { z } from 'astro/zod';
import { alertSchema } from '../collections/alerts.ts';
import { absoluteUrl, apiFile, isoDay, labelOf, like } from './fields.ts';

const a = alertSchema().shape;

export const alertItemSchema = z
  .object({
    slug: z.string().min(1).meta({ title: 'Mã thông báo', en: 'Slug' }),
    title: a.title,
    level: a.level,
    levelLabel: labelOf(a.level),
    start: isoDay(like(a.start)),
    end: isoDay(like(a.end)),
    link: absoluteUrl(like(a.link, { description: 'Địa chỉ đầy đủ của trang chi tiết (chỉ khi là trang web).' })).optional(),
  })
  .meta({ title: 'Thông báo khẩn', en: 'Alert' });

export const alertsApiSchema = apiFile(
  { title: 'Thông báo khẩn đang hiển thị', en: 'Active alerts', description: 'Các thông báo khẩn còn hiệu lực vào ngày dựng cổng (giờ Việt Nam), mới bắt đầu trước.' },
  { items: z.array(alertItemSchema).meta({ title: 'Thông báo khẩn', en: 'Alerts' }) },
);

export type AlertsApi = z.output<typeof alertsApiSchema>;
