/** Vietnamese date formatting, the same on every page: 05/09/2025. */
const dateFormat = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** The `datetime` of a `<time>`: the day's `YYYY-MM-DD`, from the shared school calendar. */
export { dayOf as isoDate } from '../../../content-schemas/calendar.ts';

/** A `tel:` link for a phone as written ("028 3829 1234 máy lẻ 12" → "tel:02838291234;ext=12"). */
export function telHref(phone: string): string {
  const [number = '', extension] = phone.split(/\s*(?:máy lẻ|ext\.?)\s*/u);
  const digits = number.replace(/[^\d+]/g, '');
  return extension ? `tel:${digits};ext=${extension.replace(/\D/g, '')}` : `tel:${digits}`;
}
