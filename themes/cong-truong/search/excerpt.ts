/**
 * The excerpt under a search result, built from the page's indexed text (Pagefind's
 * own excerpt marks by its own folding: no mark for "dao" on "đào", marks on digits
 * inside dates, and it starts by repeating the title). Here: the window of text that
 * holds most of the searched words, after the title; whole words marked with the same
 * folding as the search (tone marks and đ/d aside); numbers marked only where they
 * stand as numbers or codes ("lớp 6", "3890/KH"), never inside a date ("09/6/2026")
 * or a decimal ("38,9%"). Pure: text in, parts out.
 */
import { foldKey, wordsOf } from './vietnamese.ts';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Words shown per excerpt (Pagefind's excerptLength, as before). */
export const EXCERPT_WORDS = 30;
/** A window may start this many words before its first match, to begin with the sentence. */
const LEAD_WORDS = 6;

/** Tokens in which no digit is ever a match: dates and decimal numbers. */
const DATE_OR_DECIMAL = /^\(?(\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?|\d{4}-\d{2}-\d{2}|\d+[.,]\d+%?)[\p{P}\p{S}]*$/u;

/** One word of the text: where it is, and its comparison key. */
interface Word {
  token: number;
  start: number;
  end: number;
  key: string;
  /** A number inside a date or a decimal: never a match. */
  off: boolean;
  letters: boolean;
}

function wordsIn(tokens: string[], from: number): Word[] {
  const words: Word[] = [];
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    const numbersOff = DATE_OR_DECIMAL.test(token);
    for (const m of token.matchAll(/[\p{L}\p{N}]+/gu)) {
      const letters = /^\p{L}/u.test(m[0]);
      words.push({
        token: i,
        start: m.index,
        end: m.index + m[0].length,
        key: foldKey(m[0]),
        off: numbersOff && /^\p{N}+$/u.test(m[0]),
        letters,
      });
    }
  }
  return words;
}

/**
 * The words to mark. When the searched words stand side by side somewhere, only those
 * places are marked ("dao tao": "đào tạo", not every "đạo"); otherwise each word
 * wherever it is. The last word may match as a prefix while it is being typed.
 */
function marked(words: Word[], keys: readonly string[], prefix: boolean): Word[] {
  const matches = (w: Word | undefined, k: number) => {
    if (!w || w.off) return false;
    const key = keys[k]!;
    return w.key === key || (prefix && k === keys.length - 1 && w.letters && w.key.startsWith(key));
  };
  if (keys.length > 1) {
    const runs: Word[] = [];
    for (let j = 0; j + keys.length <= words.length; j++) {
      if (keys.every((_, k) => matches(words[j + k], k))) runs.push(...words.slice(j, j + keys.length));
    }
    if (runs.length) return runs;
  }
  return words.filter((w) => keys.some((_, k) => matches(w, k)));
}

/** How many tokens at the start of `tokens` repeat the title, or 0. */
function titleLength(tokens: string[], title: string): number {
  const titleKey = wordsOf(title).map(foldKey).join(' ');
  if (!titleKey) return 0;
  const n = title.trim().split(/\s+/).length;
  const head = wordsOf(tokens.slice(0, n).join(' ')).map(foldKey).join(' ');
  return head === titleKey && tokens.length > n ? n : 0;
}

/**
 * The excerpt of `content` for the searched `words`. `prefix`: the last word was
 * matched only as the start of longer words (the user is still typing it).
 */
export function buildExcerpt(
  content: string,
  title: string,
  words: readonly string[],
  prefix: boolean,
  length = EXCERPT_WORDS,
): ExcerptPart[] {
  const tokens = content.split(/\s+/).filter(Boolean);
  const from = titleLength(tokens, title);
  const hits: [number, number][][] = tokens.map(() => []);
  for (const w of marked(wordsIn(tokens, from), [...new Set(words.map(foldKey))], prefix))
    hits[w.token]!.push([w.start, w.end]);
  const start = bestWindow(tokens, hits, from, length);
  const end = Math.min(tokens.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && !last.mark && !mark) last.text += text;
    else if (text) parts.push({ text, mark });
  };
  if (start > from) push('… ', false);
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    let at = 0;
    for (const [s, e] of hits[i]!) {
      push(token.slice(at, s), false);
      push(token.slice(s, e), true);
      at = e;
    }
    push(token.slice(at) + (i < end - 1 ? ' ' : ''), false);
  }
  if (end < tokens.length) push(' …', false);
  return parts;
}

/**
 * First token of the earliest window holding the most distinct marked words, begun at
 * the start of its sentence when that is near.
 */
function bestWindow(tokens: string[], hits: [number, number][][], from: number, length: number): number {
  if (tokens.length - from <= length) return from;
  const keyAt = (i: number) => new Set(hits[i]!.map(([a, b]) => foldKey(tokens[i]!.slice(a, b))));
  const all = new Set(hits.flatMap((_, i) => [...keyAt(i)]));
  let best = { start: from, distinct: 0 };
  for (let s = from; s < tokens.length && best.distinct < all.size; s++) {
    if (!hits[s]!.length) continue;
    const seen = new Set<string>();
    for (let i = s; i < Math.min(tokens.length, s + length - LEAD_WORDS); i++)
      for (const key of keyAt(i)) seen.add(key);
    if (seen.size > best.distinct) best = { start: s, distinct: seen.size };
  }
  if (!best.distinct) return from;
  // Back to the start of the sentence when it is close, else a few words of context.
  for (let i = best.start - 1; i >= Math.max(from, best.start - LEAD_WORDS); i--) {
    if (/[.!?:;…]$/.test(tokens[i]!)) return i + 1;
  }
  return Math.max(from, best.start - 2);
}
