/** Profile target: at least N news posts in every month (the last 12 whole months). */
import { countBetween, newsDates, numberParam } from '../activity.ts';
import { monthKey, utcDate, viMonth } from '../dates.ts';
import { collectionFolder, listSome } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';
import { listUrl } from '../../../content-schemas/urls.ts';

export default {
  id: 'so-bai-thang',
  title: 'Số tin bài mỗi tháng',
  category: 'dia-phuong',
  severity: 'warning',
  basis: 'Chỉ tiêu của địa phương (bộ tiêu chí)',
  needs: 'content',
  profileOnly: true,
  check: (ctx, params) => {
    const min = numberParam(params, 'min', 1);
    const dates = newsDates(ctx);
    const first = dates[0];
    if (!first) return [];
    const y = ctx.date.getUTCFullYear();
    const m = ctx.date.getUTCMonth();
    const short: string[] = [];
    for (let i = 12; i >= 1; i -= 1) {
      const from = utcDate(y, m + 1 - i, 1);
      const to = utcDate(y, m + 2 - i, 1);
      if (to.getTime() <= utcDate(first.getUTCFullYear(), first.getUTCMonth() + 1, 1).getTime()) continue;
      if (countBetween(dates, from, to) < min) short.push(viMonth(monthKey(from)));
    }
    if (!short.length) return [];
    return [
      {
        file: collectionFolder(ctx, 'news'),
        url: listUrl('news'),
        message: `${short.length} tháng có ít hơn ${min} tin bài: ${listSome(short, 12)}.`,
        fix: `Đăng ít nhất ${min} tin, bài mỗi tháng.`,
      },
    ];
  },
} satisfies Rule;
