/**
 * Vietnamese words are mostly two or three syllables, and Pagefind scores each
 * syllable on its own: for "thuc don" a long plan that says "thực phẩm" and "đơn vị"
 * many times can outrank the week's menu. Among the results shown first (whose text
 * the page loads anyway), those whose title, then whose text, holds the searched words
 * side by side come first; Pagefind's order is kept within each group.
 */
import { foldKey, wordsOf } from './vietnamese.ts';
import type { PagefindFragment, PagefindResult } from './pagefind-api.ts';

export interface Phrase {
  words: string[];
  /** Compare with tone marks (the user typed them), else folded ("thuc don" = "thực đơn"). */
  accented: boolean;
}

/** Texts already turned into word lines: the same pages come back query after query. */
const lines = new Map<string, string>();
const MAX_LINES = 200;

/** The text's words, folded or lower-cased as one string ("Thực đơn: cơm" → " thuc don com "). */
function wordLine(text: string, accented: boolean): string {
  const key = `${accented ? 1 : 0}${text}`;
  const known = lines.get(key);
  if (known !== undefined) return known;
  // One normalisation of the whole text, not one per word: page texts run to thousands of words.
  const keyed = accented ? text.normalize('NFC').toLowerCase() : foldKey(text);
  const line = ` ${wordsOf(keyed).join(' ')} `;
  if (lines.size >= MAX_LINES) lines.delete(lines.keys().next().value!);
  lines.set(key, line);
  return line;
}

/** Whether `text` holds the phrase's words consecutively (punctuation between them aside). */
export function containsPhrase(text: string, phrase: Phrase): boolean {
  return wordLine(text, phrase.accented).includes(wordLine(phrase.words.join(' '), phrase.accented));
}

/**
 * 0: the title starts with the phrase, or for a number ("3890/KH") the facts table of a
 * văn bản holds it (its số ký hiệu names it as a title does); 1: the title holds it
 * ("thuc don": the week's menu before a question that mentions the menu); 2: the text
 * does; 3: neither.
 */
export function phraseTier(fragment: Pick<PagefindFragment, 'content' | 'meta'>, phrase: Phrase): number {
  const title = wordLine(fragment.meta.title ?? '', phrase.accented);
  const words = wordLine(phrase.words.join(' '), phrase.accented);
  if (title.startsWith(words)) return 0;
  if (phrase.words.some((w) => /\d/.test(w)) && containsPhrase(fragment.meta.facts ?? '', phrase)) return 0;
  if (title.includes(words)) return 1;
  return containsPhrase(fragment.content, phrase) ? 2 : 3;
}

/**
 * How a page holds the phrase, as a sort key: its phrase tier as typed (tone marks
 * count when the user typed them: "trực tuyến" before "tuyển"), its tier with tone marks
 * aside (a slip such as "tuyển sinh lơp 6" still finds "lớp 6"), then how many adjacent
 * pairs of the words it holds side by side, negated ("tuyen sinh lop 6": "tuyển sinh
 * lớp 10" holds two of three, "Tuyên truyền … học sinh" none).
 */
export function phraseRank(
  fragment: Pick<PagefindFragment, 'content' | 'meta'>,
  phrase: Phrase,
): [number, number, number] {
  const folded = { ...phrase, accented: false };
  const line = `${wordLine(fragment.meta.title ?? '', false)}${wordLine(fragment.content, false)}`;
  const pairs = phrase.words
    .slice(1)
    .filter((word, i) => line.includes(wordLine(`${phrase.words[i]} ${word}`, false))).length;
  const foldedTier = phraseTier(fragment, folded);
  return [phrase.accented ? phraseTier(fragment, phrase) : foldedTier, foldedTier, -pairs || 0];
}

function loadOnce(result: PagefindResult): PagefindResult {
  let fragment: Promise<PagefindFragment> | undefined;
  return { ...result, data: () => (fragment ??= result.data()) };
}

interface Ranked {
  result: PagefindResult;
  i: number;
  /** phraseRank, then 1 for another portal's page: smaller first. */
  key: number[];
  type: string;
  day: string;
}

/**
 * Within results that rank equal, the entries of one series (same section, same title
 * but for its numbers: "Thực đơn tuần 10 (…)", "Kế hoạch tuyển sinh lớp 6 năm học …")
 * take the slots the series holds, newest first: this week's menu before last week's,
 * this year's plan before last year's; other pages keep Pagefind's order.
 */
function newestPerSection(list: Ranked[]): Ranked[] {
  const out = [...list];
  for (let start = 0; start < out.length;) {
    let end = start;
    while (end < out.length && out[end]!.key.join() === out[start]!.key.join()) end++;
    const run = out.slice(start, end);
    for (const type of new Set(run.map((r) => r.type))) {
      const slots = run.flatMap((r, k) => (r.type === type ? [start + k] : []));
      const newest = run.filter((r) => r.type === type).sort((a, b) => b.day.localeCompare(a.day) || a.i - b.i);
      slots.forEach((slot, k) => (out[slot] = newest[k]!));
    }
    start = end;
  }
  return out;
}

/**
 * Reorders the first `count` results by phraseRank; among equals, the site's own pages
 * before other portals' (members', units above), and within a series the newest
 * first. A one-word phrase changes nothing.
 */
export async function phraseFirst(results: PagefindResult[], phrase: Phrase, count: number): Promise<PagefindResult[]> {
  if (phrase.words.length < 2) return results;
  // Pagefind builds the excerpt on every data() call: the page renders these same results next.
  const head = results.slice(0, count).map(loadOnce);
  const fragments = await Promise.all(head.map((r) => r.data()));
  const ranked = head
    .map((result, i): Ranked => {
      const f = fragments[i]!;
      const key = [...phraseRank(f, phrase), Number(/^https?:/.test(f.url))];
      const series = `${f.filters.loai?.[0] ?? ''}:${wordLine((f.meta.title ?? '').replace(/\d+/g, ' '), false)}`;
      return { result, i, key, type: series, day: f.meta.date ?? '' };
    })
    .sort((a, b) => a.key.reduce((d, k, j) => d || k - b.key[j]!, 0) || a.i - b.i);
  return [...newestPerSection(ranked).map((x) => x.result), ...results.slice(count)];
}
