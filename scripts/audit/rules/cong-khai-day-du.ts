/**
 * TT 37/2020 Điều 9 khoản 7 and TT 09/2024 Điều 4–11, 15: every công khai item of the
 * school's level, per school year. The year whose 30/6 deadline has passed must be
 * complete (error per missing item); the running year is reported as information.
 */
import { DISCLOSURE_ITEMS, requiredDisclosureItems, type DisclosureItemKey } from '../../../content-schemas/disclosure-items.ts';
import { annualDeadline, lastDueSchoolYear, schoolYearLabel, schoolYearStart, viDate } from '../dates.ts';
import { collectionFolder, isSchool, listSome } from '../rule-helpers.ts';
import type { AuditContext, Draft, Rule } from '../types.ts';

const TT09 = ' Thông tư 09/2024/TT-BGDĐT';

/** "Điều 4 Thông tư 09/2024/TT-BGDĐT" → "Điều 4, Điều 15 Thông tư 09/2024/TT-BGDĐT". */
function withDeadline(basis: string): string {
  return basis.endsWith(TT09) ? `${basis.slice(0, -TT09.length)}, Điều 15${TT09}` : `${basis}; Điều 15${TT09}`;
}

function publishedItems(ctx: AuditContext, start: number): Set<string> {
  const label = schoolYearLabel(start);
  return new Set(ctx.of('disclosures').filter((e) => e.data.schoolYear === label).map((e) => String(e.data.item)));
}

export default {
  id: 'cong-khai-day-du',
  title: 'Đủ các mục công khai',
  category: 'cong-khai',
  severity: 'error',
  basis: 'Điều 9 khoản 7 Thông tư 37/2020/TT-BGDĐT; Điều 4 đến Điều 11, Điều 15 Thông tư 09/2024/TT-BGDĐT',
  needs: 'content',
  appliesTo: (ctx) => isSchool(ctx) && !!ctx.site?.level,
  check: (ctx) => {
    const required = requiredDisclosureItems(ctx.site?.level ?? 'thcs');
    const folder = collectionFolder(ctx, 'disclosures');
    const due = lastDueSchoolYear(ctx.date);
    const done = publishedItems(ctx, due);
    const drafts: Draft[] = required
      .filter((k) => !done.has(k))
      .map((k: DisclosureItemKey) => ({
        file: folder,
        url: '/cong-khai/',
        basis: withDeadline(DISCLOSURE_ITEMS[k].basis),
        message: `Chưa công khai «${DISCLOSURE_ITEMS[k].label}» năm học ${schoolYearLabel(due)} (hạn ${viDate(annualDeadline(due))}).`,
        fix: `Đăng mục công khai năm học ${schoolYearLabel(due)}, chọn «Mục công khai»: ${DISCLOSURE_ITEMS[k].label} (item: ${k}), kèm tệp PDF hoặc bảng tính.`,
      }));
    const running = due + 1;
    if (schoolYearStart(ctx.date) >= running) {
      const now = publishedItems(ctx, running);
      const missing = required.filter((k) => !now.has(k));
      if (missing.length) {
        drafts.push({
          file: folder,
          url: '/cong-khai/',
          severity: 'info',
          message: `Năm học ${schoolYearLabel(running)}: còn ${missing.length}/${required.length} mục chưa công khai (${listSome(missing.map((k) => DISCLOSURE_ITEMS[k].label), 3)}); hạn ${viDate(annualDeadline(running))}.`,
          fix: 'Chuẩn bị và đăng các mục còn lại trước hạn.',
        });
      }
    }
    return drafts;
  },
} satisfies Rule;
