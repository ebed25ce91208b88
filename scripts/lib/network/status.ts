/**
 * A member's công khai for the current năm học, judged by the audit's own deadline
 * rules (scripts/audit/disclosure-status.ts): published items (late or not), missing
 * items (overdue or still due).
 */
import type { DisclosuresApi } from '../../../content-schemas/api/disclosures.ts';
import { DISCLOSURE_ITEMS, type DisclosureItemKey } from '../../../content-schemas/disclosure-items.ts';
import { parseIsoDate } from '../../../content-schemas/fields.ts';
import type { Level } from '../../../content-schemas/levels.ts';
import type { MemberDisclosureStatus } from '../../../content-schemas/network.ts';
import { currentYearStatus, isLate } from '../../audit/disclosure-status.ts';
import { schoolYearLabel, schoolYearStart } from '../../audit/dates.ts';
import type { HolidayCalendar } from '../../audit/working-days.ts';

type Item = DisclosuresApi['years'][number]['items'][number];

const day = (value: string) => parseIsoDate(value) as Date;

/** `date` is the build day in Vietnam at UTC midnight, as the audit takes it. */
export function disclosureStatus(
  level: Level | undefined,
  disclosures: DisclosuresApi | undefined,
  date: Date,
  calendar: HolidayCalendar,
): MemberDisclosureStatus {
  if (!level) return { schoolYear: schoolYearLabel(schoolYearStart(date)), expected: 0, published: [], missing: [] };
  const entries: Item[] = (disclosures?.years ?? []).flatMap((y) => y.items);
  const year = currentYearStatus(level, entries, date);
  const required = new Set<string>(year.required);
  const published = entries
    .filter((e) => e.schoolYear === year.schoolYear && required.has(e.item))
    .sort(
      (a, b) =>
        year.required.indexOf(a.item as DisclosureItemKey) - year.required.indexOf(b.item as DisclosureItemKey) ||
        a.published.localeCompare(b.published),
    )
    .map((e) => ({
      item: e.item,
      itemLabel: e.itemLabel,
      url: e.url,
      published: e.published,
      late: isLate(
        {
          schoolYear: e.schoolYear,
          item: e.item,
          published: day(e.published),
          eventDate: e.eventDate ? day(e.eventDate) : undefined,
        },
        calendar,
      ),
    }));
  return {
    schoolYear: year.schoolYear,
    expected: year.required.length,
    published,
    missing: year.missing.map((k) => ({ item: k, itemLabel: DISCLOSURE_ITEMS[k].label, overdue: year.overdue })),
  };
}
