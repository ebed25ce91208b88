/**
 * Whole-syllable matching on top of Pagefind. Pagefind ignores tone marks (good:
 * "hoc phi" = "học phí") but matches the last query word as a prefix of any word
 * ("phi" → "phiếu", "phím") and scores each syllable on its own, so "tuyen sinh" can
 * rank "Tuyên truyền … học sinh" above "tuyển sinh" (phrase-rank.ts answers that). A
 * quoted one-word Pagefind search is exact (tone marks still ignored): the sets of
 * pages such searches return are what this module combines. Pure: only ids and words.
 */

/** `đ` → `d`, as the index's hidden `fold` field holds every `đ` word ("Đào" → "Dào"). */
export function dForm(word: string): string {
  return word.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** The words of a query as the index splits them: "GD&ĐT" is GD and ĐT, "3890/KH" is 3890 and KH. */
export function syllablesOf(words: readonly string[]): string[] {
  return words.flatMap((w) => w.split('&')).filter(Boolean);
}

/**
 * Keeps the results that hold every searched word as a whole word. The last word may
 * still be being typed: it counts as a prefix ("hoc ph" → "học phí") unless some
 * result holds it whole ("hoc phi": then pages with only "phiếu" are dropped).
 * Returns whether the last word was matched as a prefix.
 */
export function wholeWordResults<T extends { id: string }>(
  results: T[],
  whole: readonly ReadonlySet<string>[] | readonly ReadonlyMap<string, unknown>[],
  lastMayBePrefix = true,
): { results: T[]; prefix: boolean } {
  const last = whole.length - 1;
  const lastWhole = !lastMayBePrefix || (last >= 0 && results.some((r) => whole[last]!.has(r.id)));
  const kept = results.filter((r) => whole.every((set, i) => set.has(r.id) || (i === last && !lastWhole)));
  return { results: kept, prefix: last >= 0 && !lastWhole };
}

/**
 * When no page holds every word of a query of three words or more: the pages holding
 * all but one, those with more of the words first, then in the order first found.
 */
export function nearMatches<T>(whole: readonly ReadonlyMap<string, T>[]): T[] {
  if (whole.length < 3) return [];
  const count = new Map<string, { page: T; n: number }>();
  for (const pages of whole) {
    for (const [id, page] of pages) {
      const seen = count.get(id);
      if (seen) seen.n += 1;
      else count.set(id, { page, n: 1 });
    }
  }
  return [...count.values()]
    .filter((c) => c.n >= whole.length - 1)
    .sort((a, b) => b.n - a.n)
    .map((c) => c.page);
}
