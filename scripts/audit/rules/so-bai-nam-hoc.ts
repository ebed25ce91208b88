/** Profile target (HCMC CV 4210): at least N news posts per school year. */
import { activeMonths, countBetween, newsDates, numberParam, proRata } from '../activity.ts';
import { schoolYearFirstDay, schoolYearLabel, schoolYearStart, viDate } from '../dates.ts';
import { collectionFolder } from '../rule-helpers.ts';
import type { Draft, Rule } from '../types.ts';
import { listUrl } from '../../../content-schemas/urls.ts';

export default {
  id: 'so-bai-nam-hoc',
  title: 'Số tin bài mỗi năm học',
  category: 'dia-phuong',
  severity: 'warning',
  basis: 'Chỉ tiêu của địa phương (bộ tiêu chí)',
  needs: 'content',
  profileOnly: true,
  check: (ctx, params) => {
    const min = numberParam(params, 'min', 40);
    const dates = newsDates(ctx);
    const folder = collectionFolder(ctx, 'news');
    const first = dates[0];
    if (!first)
      return [
        {
          file: folder,
          url: listUrl('news'),
          message: `Chưa có tin bài nào (chỉ tiêu ${min} tin bài/năm học).`,
          fix: 'Đăng tin bài đều đặn.',
        },
      ];
    const current = schoolYearStart(ctx.date);
    const last = current - 1;
    const from = schoolYearFirstDay(last);
    const to = schoolYearFirstDay(current);
    const months = activeMonths(first, from, to);
    const target = proRata(min, months);
    const count = countBetween(dates, from, to);
    const drafts: Draft[] = [];
    if (months > 0 && count < target) {
      drafts.push({
        file: folder,
        url: listUrl('news'),
        message: `Năm học ${schoolYearLabel(last)} có ${count} tin bài, dưới chỉ tiêu ${target}${months < 12 ? ` (${min} tin bài/năm học, tính theo ${months} tháng hoạt động)` : ''}.`,
        fix: `Bảo đảm ít nhất ${min} tin bài mỗi năm học.`,
      });
    }
    const soFar = countBetween(dates, to, schoolYearFirstDay(current + 1));
    if (soFar < min) {
      drafts.push({
        file: folder,
        url: listUrl('news'),
        severity: 'info',
        message: `Năm học ${schoolYearLabel(current)} đến ngày ${viDate(ctx.date)}: ${soFar}/${min} tin bài.`,
        fix: 'Theo dõi để đạt chỉ tiêu cuối năm học.',
      });
    }
    return drafts;
  },
} satisfies Rule;
