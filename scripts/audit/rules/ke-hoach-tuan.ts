/** TT 09/2024 Điều 15: a preschool's weekly plan is published by the Saturday of the week before. */
import { dueWeek, isoDate, viDate, weeklyDeadline } from '../dates.ts';
import { collectionFolder, entryAt } from '../rule-helpers.ts';
import type { Draft, Rule } from '../types.ts';
import { weekHasWorkingDay } from './thuc-don.ts';
import { listUrl } from '../../../content-schemas/urls.ts';

export default {
  id: 'ke-hoach-tuan',
  title: 'Kế hoạch giáo dục tuần (mầm non)',
  category: 'cong-khai',
  severity: 'warning',
  basis: 'Điều 15 Thông tư 09/2024/TT-BGDĐT',
  needs: 'content',
  appliesTo: (ctx) => ctx.site?.unitType === 'truong' && ctx.site.level === 'mam-non',
  check: (ctx) => {
    const plans = ctx.of('plans').filter((e) => e.data.kind === 'tuan');
    const drafts = plans.flatMap((e): Draft[] => {
      const deadline = weeklyDeadline(e.data.periodStart);
      const published = e.data.published;
      if (published.getTime() <= deadline.getTime()) return [];
      return [
        {
          ...entryAt(ctx, e, 'published'),
          url: listUrl('plans'),
          message: `Kế hoạch tuần từ ${viDate(e.data.periodStart)} công khai ngày ${viDate(published)}, sau hạn thứ Bảy ${viDate(deadline)}.`,
          fix: 'Đăng kế hoạch giáo dục tuần sau chậm nhất vào thứ Bảy của tuần trước.',
        },
      ];
    });
    const monday = dueWeek(ctx.date);
    const has = plans.some((e) => isoDate(weeklyDeadline(e.data.periodStart)) === isoDate(weeklyDeadline(monday)));
    if (!has && weekHasWorkingDay(ctx, monday)) {
      drafts.push({
        file: collectionFolder(ctx, 'plans'),
        url: listUrl('plans'),
        message: `Chưa có kế hoạch giáo dục tuần từ ${viDate(monday)} (hạn đăng thứ Bảy ${viDate(weeklyDeadline(monday))}).`,
        fix: 'Đăng kế hoạch tuần (mục Kế hoạch tuần, tháng; loại «Kế hoạch tuần»), ngày bắt đầu là thứ Hai.',
      });
    }
    return drafts;
  },
} satisfies Rule;
