/** Whether a consultation takes comments, judged on the build date (Vietnam time). */
import { dayOf } from './dates.ts';
import type { DaySpan, SpanState } from './weeks.ts';

export type ConsultationState = 'open' | 'closed' | 'upcoming';

/** The days comments are taken, opening day and deadline included. */
export function consultationSpan(opens: Date, deadline: Date): DaySpan {
  return { start: dayOf(opens), end: dayOf(deadline) };
}

/** A consultation's state for each state of its span (the browser script redoes the choice). */
export const STATE_OF_SPAN: Record<SpanState, ConsultationState> = {
  before: 'upcoming',
  during: 'open',
  after: 'closed',
};

export function consultationState(today: string, opens: Date, deadline: Date): ConsultationState {
  if (today < dayOf(opens)) return 'upcoming';
  return today <= dayOf(deadline) ? 'open' : 'closed';
}
