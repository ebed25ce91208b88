/**
 * Old portals' news categories onto ours (content-schemas/collections/news.ts). The
 * names are matched folded (no diacritics), so "Đoàn - Đội", "doan-doi" and
 * "DOAN DOI" meet; a name no rule knows is reported and the post lands in
 * `hoat-dong` for an editor to move.
 */
import { NEWS_CATEGORIES } from '../../../content-schemas/collections/news.ts';
import { fold } from './fold.ts';

export type NewsCategory = keyof typeof NEWS_CATEGORIES;

export const DEFAULT_CATEGORY: NewsCategory = 'hoat-dong';

/** First match wins, so the narrower words come first. */
const RULES: [RegExp, NewsCategory][] = [
  [/\bthong bao\b/, 'thong-bao'],
  [/\bphu huynh\b|\bcha me\b/, 'goc-phu-huynh'],
  [/\b(doan|doi|thanh nien|thieu nien|tntp)\b/, 'doan-doi'],
  [/\b(chuyen mon|to chuyen mon|day hoc|hoc tap|thi kiem tra|chuyen de)\b/, 'chuyen-mon'],
  [/\b(tin nganh|tin tu phong|tin tu so|giao duc dao tao|tin giao duc)\b/, 'tin-nganh'],
  [/\b(tuyen truyen|phap luat|an toan giao thong|phong chong)\b/, 'tuyen-truyen'],
  [/\b(be|cua be|be yeu|goc be)\b/, 'hoat-dong-cua-be'],
  [/\b(le hoi|ngay le|su kien le)\b/, 'le-hoi'],
  [/\b(hoat dong|tin tuc|su kien|tin cua truong|tin truong|nha truong|ngoai gio)\b/, 'hoat-dong'],
];

/** Our category for the old one, or undefined when no rule recognises it; `own` (--categories) wins. */
export function mapCategory(oldName: string, own?: Map<string, NewsCategory>): NewsCategory | undefined {
  const folded = fold(oldName);
  if (!folded) return undefined;
  const chosen = own?.get(folded);
  if (chosen) return chosen;
  for (const key of Object.keys(NEWS_CATEGORIES) as NewsCategory[]) {
    if (fold(key) === folded || fold(NEWS_CATEGORIES[key]) === folded) return key;
  }
  return RULES.find(([pattern]) => pattern.test(folded))?.[1];
}

/**
 * The post's own category is the last crumb (the outer ones are sections such as
 * "Tin tức"); a WordPress post with several categories takes the first one known.
 */
export function pickCategory(
  oldNames: string[],
  several = false,
  own?: Map<string, NewsCategory>,
): { category: NewsCategory; unknown?: string } {
  const candidates = several ? oldNames : oldNames.slice(-1);
  for (const name of candidates) {
    const category = mapCategory(name, own);
    if (category) return { category };
  }
  return { category: DEFAULT_CATEGORY, unknown: oldNames.at(-1) ?? '(không có / none)' };
}
