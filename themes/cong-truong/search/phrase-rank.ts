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

/** The text's words, folded or lower-cased as one string ("Thực đơn: cơm" → " thuc don com "). */
function wordLine(text: string, accented: boolean): string {
  // One normalisation of the whole text, not one per word: page texts run to thousands of words.
  const keyed = accented ? text.normalize('NFC').toLowerCase() : foldKey(text);
  return ` ${wordsOf(keyed).join(' ')} `;
}

/** Whether `text` holds the phrase's words consecutively (punctuation between them aside). */
export function containsPhrase(text: string, phrase: Phrase): boolean {
  return wordLine(text, phrase.accented).includes(wordLine(phrase.words.join(' '), phrase.accented));
}

/** 0: the title holds the phrase; 1: the text does; 2: neither. */
export function phraseTier(fragment: Pick<PagefindFragment, 'content' | 'meta'>, phrase: Phrase): number {
  if (containsPhrase(fragment.meta.title ?? '', phrase)) return 0;
  return containsPhrase(fragment.content, phrase) ? 1 : 2;
}

/**
 * How a page holds the phrase: its phrase tier (smaller first), then how many adjacent
 * pairs of the words it holds side by side (more first) ("tuyen sinh lop 6": "tuyển sinh lớp 10" holds
 * two of three, "Tuyên truyền … học sinh" none).
 */
export function phraseRank(fragment: Pick<PagefindFragment, 'content' | 'meta'>, phrase: Phrase): [number, number] {
  const line = `${wordLine(fragment.meta.title ?? '', phrase.accented)}${wordLine(fragment.content, phrase.accented)}`;
  const pairs = phrase.words.slice(1).filter((word, i) => line.includes(wordLine(`${phrase.words[i]} ${word}`, phrase.accented))).length;
  return [phraseTier(fragment, phrase), pairs];
}

function loadOnce(result: PagefindResult): PagefindResult {
  let fragment: Promise<PagefindFragment> | undefined;
  return { ...result, data: () => (fragment ??= result.data()) };
}

/** Reorders the first `count` results by phraseRank; a one-word phrase changes nothing. */
export async function phraseFirst(results: PagefindResult[], phrase: Phrase, count: number): Promise<PagefindResult[]> {
  if (phrase.words.length < 2) return results;
  // Pagefind builds the excerpt on every data() call: the page renders these same results next.
  const head = results.slice(0, count).map(loadOnce);
  const fragments = await Promise.all(head.map((r) => r.data()));
  const ranked = head
    .map((result, i) => ({ result, i, rank: phraseRank(fragments[i]!, phrase) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || b.rank[1] - a.rank[1] || a.i - b.i)
    .map((x) => x.result);
  return [...ranked, ...results.slice(count)];
}
