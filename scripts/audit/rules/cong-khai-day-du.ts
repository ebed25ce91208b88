/**
 * TT 37/2020 Điều 9 khoản 7 and TT 09/2024 Điều 4–11, 15: every công khai item of the
 * school's level, for each school year, by 30/6 at the end of that year
 * (regulations.md §B.5). For the current school year (from the reference date), each
 * missing item is a warning, a to-do with its deadline, until that deadline passes;
 * then an error. The year before, once its deadline has passed, must be complete and
 * still online: one error lists what is missing, checked only if the portal already
 * existed by that deadline.
 */
import { DISCLOSURE_ITEMS, type DisclosureItemKey } from '../../../content-schemas/disclosure-items.ts';
import { publicationDate } from '../context.ts';
import { annualDeadline, schoolYearLabel, viDate } from '../dates.ts';
import { currentYearStatus, publishedItems as itemsOfYear, type DisclosureFacts } from '../disclosure-status.ts';
import { collectionFolder, isSchool } from '../rule-helpers.ts';
import type { AuditContext, Draft, Rule } from '../types.ts';
import { listUrl } from '../../../content-schemas/urls.ts';

const TT09 = ' Thông tư 09/2024/TT-BGDĐT';

/** "Điều 4 Thông tư 09/2024/TT-BGDĐT" → "Điều 4, Điều 15 Thông tư 09/2024/TT-BGDĐT". */
function withDeadline(basis: string): string {
  return basis.endsWith(TT09) ? `${basis.slice(0, -TT09.length)}, Điều 15${TT09}` : `${basis}; Điều 15${TT09}`;
}

function facts(ctx: AuditContext): Pick<DisclosureFacts, 'schoolYear' | 'item'>[] {
  return ctx.of('disclosures').map((e) => ({ schoolYear: e.data.schoolYear, item: e.data.item }));
}

/** The portal's first dated entry: before it, earlier school years lived elsewhere. */
function portalStart(ctx: AuditContext): Date | undefined {
  const dates = ctx.entries.map(publicationDate).filter((d): d is Date => !!d);
  return dates.length ? new Date(Math.min(...dates.map((d) => d.getTime()))) : undefined;
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
    const folder = collectionFolder(ctx, 'disclosures');
    const {
      schoolYear,
      due,
      overdue,
      required,
      missing: missingNow,
    } = currentYearStatus(ctx.site?.level ?? 'thcs', facts(ctx), ctx.date);
    const drafts: Draft[] = missingNow.map((k: DisclosureItemKey) => ({
      file: folder,
      url: listUrl('disclosures'),
      basis: withDeadline(DISCLOSURE_ITEMS[k].basis),
      ...(overdue ? {} : { severity: 'warning' as const }),
      message: `Chưa công khai «${DISCLOSURE_ITEMS[k].label}» năm học ${schoolYear} (hạn ${viDate(due)}).`,
      fix: `Đăng mục công khai năm học ${schoolYear}, chọn «Mục công khai»: ${DISCLOSURE_ITEMS[k].label} (item: ${k}), kèm tệp PDF hoặc bảng tính.`,
    }));
    const previous = Number(schoolYear.slice(0, 4)) - 1;
    const deadline = annualDeadline(previous);
    const start = portalStart(ctx);
    if (deadline.getTime() < ctx.date.getTime() && start && start.getTime() <= deadline.getTime()) {
      const before = itemsOfYear(facts(ctx), previous);
      const missing = required.filter((x) => !before.has(x));
      if (missing.length) {
        drafts.push({
          file: folder,
          url: listUrl('disclosures'),
          message: `Năm học ${schoolYearLabel(previous)} (hạn công khai ${viDate(deadline)}) thiếu ${missing.length}/${required.length} mục: ${missing.map((k) => DISCLOSURE_ITEMS[k].label).join('; ')}.`,
          fix: `Các năm học trước phải còn trên cổng: đăng lại hoặc bổ sung các mục công khai năm học ${schoolYearLabel(previous)} (item: ${missing.join(', ')}).`,
        });
      }
    }
    return drafts;
  },
} satisfies Rule;
