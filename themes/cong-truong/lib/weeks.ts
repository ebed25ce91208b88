/**
 * "This week" on a static site: which menu, weekly plan or Lịch công tác is current on
 * the build date (Vietnam time), from the one school calendar. Pages also carry each
 * entry's span (`data-ct-span="start/end"`) so a tiny script (ThisWeekScript.astro) can
 * redo the choice of words in the browser when the page is older than the week.
 */
import { addDays, dayOf, mondayOf, utcDate } from '../../../content-schemas/calendar.ts';

/** Calendar days `YYYY-MM-DD`, both ends included. */
export interface DaySpan {
  start: string;
  end: string;
}

/** Where `today` stands against a span: not yet, inside it, or past it. */
export type SpanState = 'before' | 'during' | 'after';

/** The Monday-to-Sunday week holding `day` (menus and plans name the week's Monday). */
export function weekSpan(day: Date): DaySpan {
  const monday = mondayOf(day);
  return { start: dayOf(monday), end: dayOf(addDays(monday, 6)) };
}

/** The calendar month that `first` falls in (monthly plans). */
export function monthSpan(first: Date): DaySpan {
  const start = utcDate(first.getUTCFullYear(), first.getUTCMonth() + 1, 1);
  const next = utcDate(first.getUTCFullYear(), first.getUTCMonth() + 2, 1);
  return { start: dayOf(start), end: dayOf(addDays(next, -1)) };
}

export function spanState(today: string, span: DaySpan): SpanState {
  if (today < span.start) return 'before';
  return today <= span.end ? 'during' : 'after';
}

/** The `data-ct-span` value the browser script reads. */
export function spanAttr(span: DaySpan): string {
  return `${span.start}/${span.end}`;
}

/**
 * The entry to show as current on `today`: the one whose span holds today (the latest
 * starting, if several do), else the latest one already past, else the soonest to come.
 */
export function pickCurrent<T>(
  entries: T[],
  spanOf: (e: T) => DaySpan,
  today: string,
): { entry: T; span: DaySpan; state: SpanState } | undefined {
  const rows = entries
    .map((entry) => ({ entry, span: spanOf(entry) }))
    .map((r) => ({ ...r, state: spanState(today, r.span) }));
  const latestFirst = [...rows].sort((a, b) => b.span.start.localeCompare(a.span.start));
  return (
    latestFirst.find((r) => r.state === 'during') ?? latestFirst.find((r) => r.state === 'after') ?? latestFirst.at(-1)
  );
}

const DAY_MONTH_YEAR = /(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/;
const RANGE = new RegExp(
  `từ(?: ngày)? ${DAY_MONTH_YEAR.source}\\s+(?:đến|tới)(?: hết)?(?: ngày)? ${DAY_MONTH_YEAR.source}`,
  'iu',
);

/**
 * The week a Lịch công tác page covers, read from its words as editors write them
 * ("tuần 12 (từ 23/11 đến 29/11/2026)", "từ ngày 23/11/2026 đến ngày 29/11/2026").
 * The page is Markdown, so this is the only place its week is stated.
 */
export function spanInText(text: string): DaySpan | undefined {
  const m = RANGE.exec(text.normalize('NFC'));
  if (!m) return undefined;
  const [, d1, m1, y1, d2, m2, y2] = m;
  const endYear = Number(y2 ?? y1);
  if (!endYear) return undefined;
  // "từ 28/12 đến 03/01/2027" starts in the year before.
  const startYear = Number(y1 ?? (Number(m1) > Number(m2) ? endYear - 1 : endYear));
  const start = utcDate(startYear, Number(m1), Number(d1));
  const end = utcDate(endYear, Number(m2), Number(d2));
  if (
    Number.isNaN(start.getTime()) ||
    Number.isNaN(end.getTime()) ||
    end < start ||
    dayOf(start).slice(8) !== String(d1).padStart(2, '0') ||
    dayOf(end).slice(8) !== String(d2).padStart(2, '0')
  )
    return undefined;
  return { start: dayOf(start), end: dayOf(end) };
}
