/** TT 09/2024 Điều 15: the annual công khai of school year Y–(Y+1) is published by 30/6/(Y+1). */
import { DISCLOSURE_ITEMS, type DisclosureItemKey } from '../../../content-schemas/disclosure-items.ts';
import { annualDeadline, daysBetween, schoolYearOf, viDate } from '../dates.ts';
import { entryAt, isSchool } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';

export default {
  id: 'cong-khai-han-nam',
  title: 'Hạn công khai hằng năm (30/6)',
  category: 'cong-khai',
  severity: 'warning',
  basis: 'Điều 15 Thông tư 09/2024/TT-BGDĐT',
  needs: 'content',
  appliesTo: isSchool,
  check: (ctx) =>
    ctx
      .of('disclosures')
      .filter((e) => !e.data.eventDate && DISCLOSURE_ITEMS[e.data.item as DisclosureItemKey]?.deadline === 'annual')
      .flatMap((e) => {
        const deadline = annualDeadline(schoolYearOf(String(e.data.schoolYear)));
        const published = e.data.published as Date;
        if (published.getTime() <= deadline.getTime()) return [];
        return [{
          ...entryAt(ctx, e, 'published'),
          url: `/cong-khai/`,
          message: `«${String(e.data.title)}» được công khai ngày ${viDate(published)}, muộn ${daysBetween(deadline, published)} ngày so với hạn ${viDate(deadline)}.`,
          fix: 'Đã đăng muộn thì không sửa được ngày; hãy công khai các năm học sau trước 30/6. Nếu đây là thông tin thay đổi giữa năm, ghi «Ngày phát sinh thông tin» (eventDate) để áp dụng hạn 10 ngày làm việc.',
        }];
      }),
} satisfies Rule;
