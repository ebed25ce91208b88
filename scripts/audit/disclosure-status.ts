/**
 * The công khai deadlines of TT 09/2024 Điều 15, in one place: the audit rules
 * (cong-khai-day-du, cong-khai-han-nam, cong-khai-10-ngay) judge a school with them,
 * and the liên thông loader shows a Phòng or Sở its members' status with the same
 * answers, so the office's page and the audit never disagree.
 */
import {
  DISCLOSURE_ITEMS,
  requiredDisclosureItems,
  type DisclosureItemKey,
} from '../../content-schemas/disclosure-items.ts';
import type { Level } from '../../content-schemas/levels.ts';
import { annualDeadline, firstYearOf, schoolYearLabel, schoolYearStart } from './dates.ts';
import type { HolidayCalendar } from './working-days.ts';

/** TT 09/2024 Điều 15: information that changes or arises is published within 10 working days. */
export const WORKING_DAYS_LIMIT = 10;

/** What the deadlines read of one công khai entry. */
export interface DisclosureFacts {
  schoolYear: string;
  item: string;
  published: Date;
  eventDate?: Date;
}

export interface EntryDeadline {
  deadline: Date;
  /** The audit rule that judges it: 10 working days from the event, or 30/6 of the year. */
  rule: 'cong-khai-10-ngay' | 'cong-khai-han-nam';
}

/** The deadline of one entry, or undefined when no rule sets one (an item with another rhythm). */
export function entryDeadline(d: DisclosureFacts, calendar: HolidayCalendar): EntryDeadline | undefined {
  if (d.eventDate)
    return { deadline: calendar.addWorkingDays(d.eventDate, WORKING_DAYS_LIMIT), rule: 'cong-khai-10-ngay' };
  if (DISCLOSURE_ITEMS[d.item as DisclosureItemKey]?.deadline !== 'annual') return undefined;
  return { deadline: annualDeadline(firstYearOf(d.schoolYear)), rule: 'cong-khai-han-nam' };
}

/** Published past its deadline (as the audit's warning says). */
export function isLate(d: DisclosureFacts, calendar: HolidayCalendar): boolean {
  const due = entryDeadline(d, calendar);
  return !!due && d.published.getTime() > due.deadline.getTime();
}

/** The items with at least one entry in the school year that starts in `start`. */
export function publishedItems(
  entries: readonly Pick<DisclosureFacts, 'schoolYear' | 'item'>[],
  start: number,
): Set<string> {
  const label = schoolYearLabel(start);
  return new Set(entries.filter((e) => e.schoolYear === label).map((e) => e.item));
}

export interface YearStatus {
  schoolYear: string;
  /** 30/6 at the end of the year. */
  due: Date;
  /** The deadline has passed on `date`: a missing item is an error, not a to-do. */
  overdue: boolean;
  required: DisclosureItemKey[];
  missing: DisclosureItemKey[];
}

/** The current school year (from `date`) of a school of `level`: what is due, what is missing. */
export function currentYearStatus(
  level: Level,
  entries: readonly Pick<DisclosureFacts, 'schoolYear' | 'item'>[],
  date: Date,
): YearStatus {
  const start = schoolYearStart(date);
  const due = annualDeadline(start);
  const required = requiredDisclosureItems(level);
  const done = publishedItems(entries, start);
  return {
    schoolYear: schoolYearLabel(start),
    due,
    overdue: due.getTime() < date.getTime(),
    required,
    missing: required.filter((k) => !done.has(k)),
  };
}
