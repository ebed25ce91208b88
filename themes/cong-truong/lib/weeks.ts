/** Picks the entry for the week containing `today`, else the newest one that has started, else the newest. */
import { dayOf } from '../../../content-schemas/calendar.ts';

interface Weekly {
  data: { weekStart?: Date; periodStart?: Date };
}

function start(e: Weekly): string {
  return dayOf((e.data.weekStart ?? e.data.periodStart) as Date);
}

/** `entries` must be sorted newest first. */
export function currentOrLatest<T extends Weekly>(entries: T[], today: string): T | undefined {
  return entries.find((e) => start(e) <= today) ?? entries[0];
}
