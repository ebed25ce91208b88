/** Thông báo khẩn: a dated banner, shown only between its start and end (no marquee). */
import { z } from 'astro/zod';
import { audience } from '../audience.ts';
import { choice, date, siteLink, text } from '../fields.ts';

export const ALERT_LEVELS = { info: 'Thông tin', warning: 'Lưu ý', urgent: 'Khẩn' } as const;

const levelKeys = Object.keys(ALERT_LEVELS) as [keyof typeof ALERT_LEVELS, ...(keyof typeof ALERT_LEVELS)[]];

const DETAILS_LINK = { title: 'Đường dẫn chi tiết', en: 'Details link', example: '/thong-bao/nghi-hoc-do-bao/' };

export const alertSchema = () =>
  z.object({
    title: text({ title: 'Nội dung thông báo', en: 'Message', summary: true, widget: 'text' }, { max: 300 }),
    level: choice(levelKeys, { title: 'Mức độ', en: 'Level', options: ALERT_LEVELS }),
    start: date({ title: 'Hiển thị từ ngày', en: 'Show from', summary: true }),
    end: date({ title: 'Hiển thị đến hết ngày', en: 'Show until' }),
    // Rendered on every page: the same rule as the links of site.yaml (no javascript:, data:, //host).
    link: siteLink(DETAILS_LINK).optional().meta(DETAILS_LINK),
    audience: audience(),
  });

export type Alert = z.infer<ReturnType<typeof alertSchema>>;
