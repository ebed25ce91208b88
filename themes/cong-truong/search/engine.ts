/**
 * The query pipeline over Pagefind's JS API (no Pagefind UI): expand abbreviations,
 * find which typed words the site does not contain at all (Pagefind would silently
 * drop them; we drop them too, but say so), then search with filters and sort.
 */
import { SEARCH_SYNONYMS } from '../../../content-schemas/search-synonyms.ts';
import { foldKey, parseQuery, telexWord, wordsOf, type QueryPart } from './vietnamese.ts';
import { phraseFirst, type Phrase } from './phrase-rank.ts';
import { dForm, nearMatches, syllablesOf, wholeWordResults } from './syllables.ts';
import type { FilterKey } from './facets.ts';

/** Pagefind's API shapes live apart, so phrase-rank.ts can use them without importing this file. */
export type { PagefindApi, PagefindFragment, PagefindResult } from './pagefind-api.ts';
import type { PagefindApi, PagefindResult } from './pagefind-api.ts';

export type SortOrder = '' | 'moi-nhat' | 'cu-nhat';

export interface SearchRequest {
  query: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SortOrder;
}

export interface SearchOutcome {
  /** What was typed, word by word, with expansions. */
  parts: QueryPart[];
  /** Typed words found nowhere on the site: left out of the search, and reported. */
  unknown: QueryPart[];
  results: PagefindResult[];
  /** The words searched (abbreviations expanded), to mark in excerpts. */
  words: string[];
  /** Whether the last word matched only as the start of longer words (still being typed). */
  prefix: boolean;
  /** No page holds every word: these hold all but one. */
  partial?: boolean;
}

function pagefindSort(sort: SortOrder, hasQuery: boolean): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'moi-nhat') return { date: 'desc' };
  if (sort === 'cu-nhat') return { date: 'asc' };
  // Browsing by filter alone: newest first reads better than index order.
  return hasQuery ? undefined : { date: 'desc' };
}

function activeFilters(filters: SearchRequest['filters']): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])));
}

async function found(pf: PagefindApi, term: string): Promise<PagefindResult[]> {
  return (await pf.search(term))?.results ?? [];
}

/** The index does not change while the page is open: each answer is computed once per index. */
const answers = new WeakMap<PagefindApi, Map<string, Promise<unknown>>>();

function cached<T>(pf: PagefindApi, key: string, compute: () => Promise<T>): Promise<T> {
  let mine = answers.get(pf);
  if (!mine) answers.set(pf, (mine = new Map()));
  let answer = mine.get(key) as Promise<T> | undefined;
  if (!answer) mine.set(key, (answer = compute()));
  return answer;
}

/** Pages by id. */
type Pages = Map<string, PagefindResult>;

/**
 * Pages holding `word` as a whole word (a quoted Pagefind search), by id. Only single
 * words: Pagefind 1.5's quoted phrases miss pages that hold them ("hop phu huynh" found
 * 1 of 4), so phrases are compared on the loaded text instead (phrase-rank.ts).
 */
function exactPages(pf: PagefindApi, word: string): Promise<Pages> {
  const term = `"${word}"`;
  return cached(pf, `exact:${term.toLowerCase()}`, async () => new Map((await found(pf, term)).map((r) => [r.id, r])));
}

async function union(maps: Promise<Pages>[]): Promise<Pages> {
  return new Map((await Promise.all(maps)).flatMap((m) => [...m]));
}

/**
 * Pages holding `word` whole: as written, or with `đ` written `d` (the hidden fold
 * field holds every `đ` word so spelt), so "dao" finds "đào" and "đào" finds "dao".
 */
function wholeWordPages(pf: PagefindApi, word: string): Promise<Pages> {
  return union([...new Set([word, dForm(word)])].map((w) => exactPages(pf, w)));
}

/** Whether `word` begins a word of the top result (not a near spelling of one). */
async function startsAWord(pf: PagefindApi, word: string): Promise<boolean> {
  const top = (await found(pf, word))[0];
  if (!top) return false;
  const data = await top.data();
  const words = data.content.split(/\s+/);
  const key = foldKey(word);
  // No location in the text: the match is in metadata (title, folded đ words), prefix-matched.
  return (
    !data.locations.length ||
    data.locations.some((i) => wordsOf(words[i] ?? '').some((w) => foldKey(w).startsWith(key)))
  );
}

/**
 * Whether the site has the part at all. Pagefind matches the last word as a prefix
 * or, failing that, as a near spelling ("hooc" finds "hồ"), and silently drops words
 * it cannot find. A part counts if each of its words is on the site whole (tone marks
 * and đ/d aside; "3890/KH" is the words 3890 and KH), or, for the last part, which
 * the user may still be typing, as the start of a word on the site. A typo-corrected
 * match counts as unknown: we say so rather than show pages about "hồ sơ" for "hooc".
 */
function isKnown(pf: PagefindApi, part: QueryPart, last: boolean): Promise<boolean> {
  const words = syllablesOf(wordsOf(part.search));
  const exact = cached(pf, `known:${foldKey(part.search)}`, async () => {
    if (part.expanded) return (await found(pf, part.search)).length > 0;
    const sets = await Promise.all(words.map((w) => wholeWordPages(pf, w)));
    return words.length > 0 && sets.every((s) => s.size > 0);
  });
  if (!last || part.expanded) return exact;
  return cached(
    pf,
    `prefix:${foldKey(part.search)}`,
    async () => (await exact) || (words.length === 1 && startsAWord(pf, part.search)),
  );
}

/**
 * The searched words as one phrase, in the order typed, repeats included ("học kỳ I năm
 * học": parts drop the second "học", the phrase keeps it); compared with tone marks only
 * if the user typed them all.
 */
function phraseOf(query: string, kept: QueryPart[]): Phrase {
  const byKey = new Map(kept.map((p) => [foldKey(p.typed), p]));
  const sequence = parseQuery(query, SEARCH_SYNONYMS, { repeats: true }).flatMap((p) =>
    byKey.has(foldKey(p.typed)) ? [byKey.get(foldKey(p.typed))!] : [],
  );
  const typedMarks = kept.some((p) => foldKey(p.typed) !== p.typed.toLowerCase());
  return {
    words: syllablesOf(sequence.flatMap((p) => wordsOf(p.search))),
    accented: typedMarks && kept.every((p) => !p.expanded),
  };
}

/** Results whose text is compared with the phrase: the first two pages of results. */
const RANK_DEPTH = 2;

/**
 * Words the site lacks that read as Telex typed without a Vietnamese keyboard ("hocj
 * phis") are searched as what they spell ("học phí"), and said so, like an abbreviation.
 */
async function readTelex(pf: PagefindApi, parts: QueryPart[], present: boolean[]): Promise<void> {
  await Promise.all(
    parts.map(async (part, i) => {
      const word = present[i] || part.expanded ? undefined : telexWord(part.typed);
      if (!word) return;
      const read = { typed: part.typed, search: word, expanded: true };
      if (await isKnown(pf, { ...read, expanded: false }, false)) {
        parts[i] = read;
        present[i] = true;
      }
    }),
  );
}

/** Pagefind's matches for the words; a query typed with `đ` also gets the pages that write it `d`. */
async function candidates(
  pf: PagefindApi,
  term: string,
  options: Parameters<PagefindApi['search']>[1],
): Promise<PagefindResult[]> {
  const typed = (await pf.search(term, options))?.results ?? [];
  if (dForm(term) === term) return typed;
  const seen = new Set(typed.map((r) => r.id));
  const more = ((await pf.search(dForm(term), options))?.results ?? []).filter((r) => !seen.has(r.id));
  return [...typed, ...more];
}

/**
 * Runs one search. `current` says whether the caller still wants the answer: when the
 * user has typed on, the rest of the work is skipped (undefined is returned), so the
 * search for the latest query does not queue behind stale ones. Pagefind's matches
 * are narrowed to pages holding every word whole (syllables.ts); by relevance, among
 * the first two pages of results, those whose title, then whose text, holds the words
 * side by side come first, then those holding more of them in adjacent pairs.
 */
export async function runSearch(
  pf: PagefindApi,
  request: SearchRequest,
  current: () => boolean = () => true,
  firstPage = 10,
): Promise<SearchOutcome | undefined> {
  const parts = parseQuery(request.query, SEARCH_SYNONYMS);
  const filters = activeFilters(request.filters);
  if (!parts.length) {
    if (!Object.keys(filters).length) return { parts, unknown: [], results: [], words: [], prefix: false };
    const browse = await pf.search(null, { filters, sort: pagefindSort(request.sort, false) });
    return { parts, unknown: [], results: browse?.results ?? [], words: [], prefix: false };
  }
  const present = await Promise.all(parts.map((p, i) => isKnown(pf, p, i === parts.length - 1)));
  await readTelex(pf, parts, present);
  if (!current()) return undefined;
  const unknown = parts.filter((_, i) => !present[i]);
  const kept = parts.filter((_, i) => present[i]);
  if (!kept.length) return { parts, unknown, results: [], words: [], prefix: false };
  const words = syllablesOf(kept.flatMap((p) => wordsOf(p.search)));
  const [matches, whole] = await Promise.all([
    candidates(pf, kept.map((p) => p.search).join(' '), { filters, sort: pagefindSort(request.sort, true) }),
    Promise.all(words.map((w) => wholeWordPages(pf, w))),
  ]);
  if (!current()) return undefined;
  // An abbreviation's expansion is searched as a phrase, never as a word being typed.
  const lastExpanded = kept.at(-1)!.expanded;
  let narrowed = wholeWordResults(matches, whole, !lastExpanded);
  let partial = false;
  // No page has every word ("chuan bi gi khi di hoc"): rather than nothing, the pages
  // that miss one, said so. Not with filters on: these sets ignore them.
  if (!narrowed.results.length && !Object.keys(filters).length) {
    narrowed = { results: nearMatches(whole), prefix: false };
    partial = narrowed.results.length > 0;
  }
  const outcome = { parts, unknown, words, prefix: narrowed.prefix, partial };
  if (request.sort) return { ...outcome, results: narrowed.results };
  return {
    ...outcome,
    results: await phraseFirst(narrowed.results, phraseOf(request.query, kept), firstPage * RANK_DEPTH),
  };
}
