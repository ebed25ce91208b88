/**
 * How the site search reads Vietnamese, shared by the build step (index time) and the
 * search page (query time), so that both sides fold and expand words the same way.
 *
 * Pagefind already ignores tone marks and case, and ranks exact-accent matches first.
 * It does not fold `đ` to `d` (U+0111 has no decomposition) and silently drops query
 * words it does not know: the helpers here cover those two gaps and the abbreviations
 * of SEARCH_SYNONYMS. See docs: shared/reference/stack-notes.md §4.
 */
import type { SearchSynonym } from '../../../content-schemas/search-synonyms.ts';

/** Characters that may wrap a query word and are never part of it. */
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
/** A word of running text: letters, digits, and `&` for "GD&ĐT". */
const WORD = /[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+)*/gu;
/** Queries longer than this are cut: nobody types more, and each word costs a lookup. */
export const MAX_QUERY_WORDS = 12;

/** Comparison key: no tone marks, `đ` → `d`, lower case ("Đoàn" → "doan"). */
export function foldKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

export function hasDStroke(word: string): boolean {
  return /[đĐ]/.test(word);
}

/** The words of a text, in order, NFC. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/**
 * Folded copies of every word with `đ`, deduplicated, as one string: indexed as a
 * hidden metadata field so that "dao tao" finds "đào tạo" while excerpts stay clean.
 */
export function foldedDWords(text: string): string {
  const folded = new Set<string>();
  for (const word of wordsOf(text)) if (hasDStroke(word)) folded.add(foldKey(word));
  return [...folded].join(' ');
}

function synonymIndex(synonyms: readonly SearchSynonym[]): Map<string, SearchSynonym> {
  const index = new Map<string, SearchSynonym>();
  for (const entry of synonyms) for (const short of entry.short) index.set(foldKey(short), entry);
  return index;
}

/** Full forms of the abbreviations a text uses ("TKB" in the text → "thời khóa biểu"). */
export function aliasesFor(text: string, synonyms: readonly SearchSynonym[]): string[] {
  const index = synonymIndex(synonyms.filter((s) => s.indexAlias !== false));
  const found = new Set<string>();
  for (const word of wordsOf(text)) {
    const entry = index.get(foldKey(word));
    if (entry) found.add(entry.long);
  }
  return [...found];
}

/**
 * The hidden `fold` metadata of an indexed text: its `đ` words folded to `d`, the full
 * forms of the abbreviations it uses, and those full forms folded. Own pages and the
 * members' records of a unit get the same field, so both match the same queries.
 */
export function foldField(text: string, synonyms: readonly SearchSynonym[]): string {
  const aliases = aliasesFor(text, synonyms);
  return [foldedDWords(text), ...aliases, foldedDWords(aliases.join(' '))].filter(Boolean).join(' ');
}

/** One thing the user typed, and what is searched for it. */
export interface QueryPart {
  /** The word as typed (NFC, without surrounding punctuation). */
  typed: string;
  /** What Pagefind is asked for: the same word, or the full form of an abbreviation. */
  search: string;
  /** Whether `search` is an expansion of an abbreviation. */
  expanded: boolean;
}

/** NFC, trimmed, single-spaced: the form kept in the URL and shown back to the user. */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Splits a query into parts, expanding abbreviations ("tkb" → "thời khóa biểu"). A word
 * typed twice is one part, unless `repeats` (the phrase as typed, for ranking).
 */
export function parseQuery(
  raw: string,
  synonyms: readonly SearchSynonym[],
  options: { repeats?: boolean } = {},
): QueryPart[] {
  const index = synonymIndex(synonyms);
  const parts: QueryPart[] = [];
  const seen = new Set<string>();
  let previous = '';
  for (const token of normalizeQuery(raw).split(' ')) {
    const typed = token.replace(EDGE_PUNCTUATION, '');
    const after = previous;
    previous = foldKey(typed);
    if (!typed || (seen.has(foldKey(typed)) && !options.repeats)) continue;
    seen.add(foldKey(typed));
    const entry = index.get(foldKey(typed));
    const numeral = after === 'ky' ? TERM_NUMERALS[typed] : undefined;
    if (entry) parts.push({ typed, search: entry.long, expanded: true });
    else if (numeral) parts.push({ typed, search: numeral, expanded: true });
    else parts.push({ typed, search: typed, expanded: false });
    if (parts.length === MAX_QUERY_WORDS) break;
  }
  return parts;
}

/** "học kỳ 1" as parents type it, "học kỳ I" as schools write it. */
const TERM_NUMERALS: Record<string, string> = { '1': 'I', '2': 'II' };

const TELEX_VOWELS: [RegExp, string][] = [
  [/uwow/g, 'ươ'],
  [/uow/g, 'ươ'],
  [/aa/g, 'â'],
  [/aw/g, 'ă'],
  [/ee/g, 'ê'],
  [/oo/g, 'ô'],
  [/ow/g, 'ơ'],
  [/uw/g, 'ư'],
];
const TELEX_TONES: Record<string, string> = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };

/**
 * A word typed in Telex without a Vietnamese keyboard ("hocj" → "học", "phis" → "phí",
 * "ddoanf" → "đoàn"), or undefined when it shows no Telex keys. Tone marks are placed
 * by the common rule; search ignores where they sit anyway.
 */
export function telexWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (!/^[a-z]{2,10}$/.test(lower)) return undefined;
  let text = lower.replace(/^dd/, 'đ');
  for (const [from, to] of TELEX_VOWELS) text = text.replace(from, to);
  const tone =
    TELEX_TONES[text.at(-1)!] && /[aăâeêioôơuưy]/.test(text.slice(0, -1)) ? TELEX_TONES[text.at(-1)!] : undefined;
  if (tone) text = text.slice(0, -1);
  // Doubled vowels alone ("hooc") are more often a slip than Telex: a tone key, dd or w is needed.
  if (text === lower || (!tone && !/^dd|w/.test(lower))) return undefined;
  if (!tone) return text;
  const vowels = [...text.matchAll(/[aăâeêioôơuưy]+/g)].at(-1)!;
  const cluster = vowels[0].replace(/^[ui](?=[aăâeêoôơuưy])/, (m) =>
    /^(q|g)$/.test(text.slice(0, vowels.index)) ? '' : m,
  );
  const start = vowels.index + (vowels[0].length - cluster.length);
  const marked = [...cluster].findIndex((c) => 'ăâêôơư'.includes(c));
  const ends = start + cluster.length === text.length;
  const at =
    start +
    (marked >= 0
      ? cluster.startsWith('ươ')
        ? 1
        : marked
      : cluster.length > 1 && ends
        ? cluster.length - 2
        : cluster.length - 1);
  return `${text.slice(0, at + 1)}${tone}${text.slice(at + 1)}`.normalize('NFC');
}
