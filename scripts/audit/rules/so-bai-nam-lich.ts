/** Profile target: at least N news posts per calendar year (pro rata in the portal's first year). */
import { activeMonths, countBetween, newsDates, numberParam, proRata } from '../activity.ts';
import { utcDate, viDate } from '../dates.ts';
import { collectionFolder } from '../rule-helpers.ts';
import type { Draft, Rule } from '../types.ts';
import { listUrl } from '../../../content-schemas/urls.ts';

export default {
  id: 'so-bai-nam-lich',
  title: 'Số tin bài mỗi năm',
  category: 'dia-phuong',
  severity: 'warning',
  basis: 'Chỉ tiêu của địa phương (bộ tiêu chí)',
  needs: 'content',
  profileOnly: true,
  check: (ctx, params) => {
    const min = numberParam(params, 'min', 50);
    const dates = newsDates(ctx);
    const folder = collectionFolder(ctx, 'news');
    const year = ctx.date.getUTCFullYear();
    const first = dates[0];
    if (!first)
      return [
        {
          file: folder,
          url: listUrl('news'),
          message: `Chưa có tin bài nào (chỉ tiêu ${min} tin bài/năm).`,
          fix: 'Đăng tin bài đều đặn hằng tháng.',
        },
      ];
    const drafts: Draft[] = [];
    const last = year - 1;
    const months = activeMonths(first, utcDate(last, 1, 1), utcDate(year, 1, 1));
    const target = proRata(min, months);
    const count = countBetween(dates, utcDate(last, 1, 1), utcDate(year, 1, 1));
    if (months > 0 && count < target) {
      drafts.push({
        file: folder,
        url: listUrl('news'),
        message: `Năm ${last} có ${count} tin bài, dưới chỉ tiêu ${target}${months < 12 ? ` (${min} tin bài/năm, tính theo ${months} tháng hoạt động)` : ''}.`,
        fix: `Bảo đảm ít nhất ${min} tin, bài mỗi năm.`,
      });
    }
    const soFar = countBetween(dates, utcDate(year, 1, 1), utcDate(year + 1, 1, 1));
    if (soFar < min) {
      drafts.push({
        file: folder,
        url: listUrl('news'),
        severity: 'info',
        message: `Năm ${year} đến ngày ${viDate(ctx.date)}: ${soFar}/${min} tin bài.`,
        fix: 'Theo dõi để đạt chỉ tiêu cuối năm.',
      });
    }
    return drafts;
  },
} satisfies Rule;
