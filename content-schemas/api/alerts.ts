/** `/api/v1/thong-bao-khan.json`: the alerts in force or still to come when the portal was built. */
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
    link: absoluteUrl(
      like(a.link, { description: 'Địa chỉ đầy đủ của trang chi tiết (chỉ khi là trang web).' }),
    ).optional(),
    audience: a.audience,
  })
  .meta({ title: 'Thông báo khẩn', en: 'Alert' });

export const alertsApiSchema = apiFile(
  {
    title: 'Thông báo khẩn đang và sắp hiển thị',
    en: 'Current and upcoming alerts',
    description:
      'Các thông báo khẩn chưa hết hạn vào ngày dựng cổng (giờ Việt Nam): đang hiển thị hoặc sắp hiển thị, mới bắt đầu trước. Nơi đọc tệp chỉ hiện mỗi thông báo từ ngày bắt đầu đến hết ngày kết thúc.',
  },
  { items: z.array(alertItemSchema).meta({ title: 'Thông báo khẩn', en: 'Alerts' }) },
);

export type AlertsApi = z.output<typeof alertsApiSchema>;
