/** Profile criterion (HCMC CV 4210): a công khai section for every school year, current one included. */
import { numberParam } from '../activity.ts';
import { firstYearOf, schoolYearLabel, schoolYearStart } from '../dates.ts';
import { collectionFolder } from '../rule-helpers.ts';
import type { Rule } from '../types.ts';
import { listUrl } from '../../../content-schemas/urls.ts';

export default {
  id: 'cong-khai-moi-nam-hoc',
  title: 'Chuyên mục công khai theo năm học',
  category: 'dia-phuong',
  severity: 'warning',
  basis: 'Chỉ tiêu của địa phương (bộ tiêu chí)',
  needs: 'content',
  profileOnly: true,
  appliesTo: (ctx) => ctx.site?.unitType === 'truong',
  check: (ctx, params) => {
    const years = numberParam(params, 'years', 5);
    const current = schoolYearStart(ctx.date);
    const disclosures = ctx.of('disclosures');
    const have = new Set(disclosures.map((e) => firstYearOf(e.data.schoolYear)));
    const starts = [...ctx.of('news').map((e) => e.data.date), ...disclosures.map((e) => e.data.published)];
    const firstYear = starts.length ? Math.min(...starts.map((d) => schoolYearStart(d))) : current;
    const missing: number[] = [];
    for (let y = Math.max(firstYear, current - years + 1); y <= current; y += 1) if (!have.has(y)) missing.push(y);
    return missing.map((y) => ({
      file: collectionFolder(ctx, 'disclosures'),
      url: listUrl('disclosures'),
      message: `Không có chuyên mục công khai năm học ${schoolYearLabel(y)}.`,
      fix: `Đăng các mục công khai của năm học ${schoolYearLabel(y)} (trường «Năm học» ghi ${schoolYearLabel(y)}).`,
    }));
  },
} satisfies Rule;
