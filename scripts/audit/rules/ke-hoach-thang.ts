/** TT 09/2024 Điều 15: a preschool's monthly plan is published before the 25th of the month before. */
import { dueMonth, monthKey, viDate, viMonth, monthlyDeadline } from '../dates.ts';
import { collectionFolder, entryAt } from '../rule-helpers.ts';
import type { Draft, Rule } from '../types.ts';
import { listUrl } from '../../../content-schemas/urls.ts';

export default {
  id: 'ke-hoach-thang',
  title: 'Kế hoạch giáo dục tháng (mầm non)',
  category: 'cong-khai',
  severity: 'warning',
  basis: 'Điều 15 Thông tư 09/2024/TT-BGDĐT',
  needs: 'content',
  appliesTo: (ctx) => ctx.site?.unitType === 'truong' && ctx.site.level === 'mam-non',
  check: (ctx) => {
    const plans = ctx.of('plans').filter((e) => e.data.kind === 'thang');
    const drafts = plans.flatMap((e): Draft[] => {
      const month = e.data.periodStart;
      const deadline = monthlyDeadline(month);
      const published = e.data.published;
      if (published.getTime() <= deadline.getTime()) return [];
      return [
        {
          ...entryAt(ctx, e, 'published'),
          url: listUrl('plans'),
          message: `Kế hoạch tháng ${viMonth(monthKey(month))} công khai ngày ${viDate(published)}, không trước ngày 25 của tháng trước (hạn ${viDate(deadline)}).`,
          fix: 'Đăng kế hoạch giáo dục tháng sau trước ngày 25 của tháng này.',
        },
      ];
    });
    const month = dueMonth(ctx.date);
    if (!plans.some((e) => monthKey(e.data.periodStart) === monthKey(month))) {
      drafts.push({
        file: collectionFolder(ctx, 'plans'),
        url: listUrl('plans'),
        message: `Chưa có kế hoạch giáo dục tháng ${viMonth(monthKey(month))} (hạn ${viDate(monthlyDeadline(month))}).`,
        fix: 'Đăng kế hoạch tháng (loại «Kế hoạch tháng», ngày bắt đầu là ngày 01 của tháng).',
      });
    }
    return drafts;
  },
} satisfies Rule;
