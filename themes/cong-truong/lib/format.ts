/** Vietnamese date formatting, the same on every page: 05/09/2025. */
const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

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

/**
 * `text` cut into runs, marking words a line must not break inside: numbers and codes
 * joined by a hyphen or slash ("2026-2027", "125/KH-THCSND", "15.1/80"), where browsers
 * would otherwise break after the hyphen or slash in a narrow table cell.
 */
export function keepTogether(text: string): { text: string; keep: boolean }[] {
  return text
    .split(/(\S+[-/‐‑]\S+)/u)
    .filter(Boolean)
    .map((part) => ({ text: part, keep: /^\S+[-/‐‑]\S+$/u.test(part) }));
}

/** A phone as written, in the page's language: "máy lẻ 12" reads "ext. 12" in English. */
export function phoneText(phone: string, locale: 'vi' | 'en'): string {
  return locale === 'en' ? phone.replace(/\s*máy lẻ\s*/giu, ' ext. ') : phone;
}
