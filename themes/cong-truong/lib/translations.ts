/**
 * The pages that exist in both languages (NĐ 224/2026: the organisation and its
 * contacts in English). One list drives the language switch and the hreflang links.
 */
const PAIRS: readonly { vi: string; en: string }[] = [
  { vi: '/', en: '/en/' },
  { vi: '/lien-he/', en: '/en/lien-he/' },
];

/** Both language versions of the page at `path`, if it has them. */
export function translationsOf(path: string): { vi: string; en: string } | undefined {
  return PAIRS.find((pair) => pair.vi === path || pair.en === path);
}
