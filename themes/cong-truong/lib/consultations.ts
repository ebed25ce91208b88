/** Whether a consultation takes comments, judged on the build date (Vietnam time). */
import { dayOf } from './dates.ts';

export type ConsultationState = 'open' | 'closed' | 'upcoming';

export function consultationState(today: string, opens: Date, deadline: Date): ConsultationState {
  if (today < dayOf(opens)) return 'upcoming';
  return today <= dayOf(deadline) ? 'open' : 'closed';
}
