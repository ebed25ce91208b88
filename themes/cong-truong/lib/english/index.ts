/**
 * What English pages say about the unit: site.yaml's English fields where given,
 * else a fallback made from the Vietnamese (positions, hours, the unit's name), else
 * the Vietnamese itself with `lang: 'vi'` so it is marked (WCAG 3.1.2).
 */
import type { SiteConfig } from '../../../../content-schemas/site.ts';
import { hoursInEnglish } from './hours.ts';
import { nameInEnglish } from './names.ts';
import { positionInEnglish } from './positions.ts';

/** A text for an English page and the language it is in (`vi` when no English exists). */
export interface EnglishText {
  text: string;
  lang?: 'vi';
}

const either = (english: string | undefined, vietnamese: string): EnglishText =>
  english ? { text: english } : { text: vietnamese, lang: 'vi' };

export const englishName = (site: SiteConfig): EnglishText =>
  either(site.englishName ?? nameInEnglish(site.name), site.name);
export const englishHours = (site: SiteConfig): EnglishText | undefined =>
  site.workingHours ? either(site.workingHoursEn ?? hoursInEnglish(site.workingHours), site.workingHours) : undefined;
export const englishPosition = (person: { position: string; positionEn?: string }): EnglishText =>
  either(person.positionEn ?? positionInEnglish(person.position), person.position);

export { hoursInEnglish, nameInEnglish, positionInEnglish };
