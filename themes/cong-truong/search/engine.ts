/**
 * The query pipeline over Pagefind's JS API (no Pagefind UI): expand abbreviations,
 * find which typed words the site does not contain at all (Pagefind would silently
 * drop them; we drop them too, but say so), then search with filters and sort.
 */
import { SEARCH_SYNONYMS } from '../../../content-schemas/search-synonyms.ts';
import { foldKey, parseQuery, wordsOf, type QueryPart } from './vietnamese.ts';
import { phraseFirst, type Phrase } from './phrase-rank.ts';
import type { FilterKey } from './facets.ts';

/** The small part of Pagefind's browser API this page uses (pagefind.js, v1.5). */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  /** The page's indexed text; `locations` index its whitespace-separated words. */
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (term: string) => Promise<void>;
}

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

/** The index does not change while the page is open: each answer is computed once. */
const answers = new Map<string, Promise<boolean>>();

function cached(key: string, compute: () => Promise<boolean>): Promise<boolean> {
  let answer = answers.get(key);
  if (!answer) answers.set(key, (answer = compute()));
  return answer;
}

/** Whether `word` begins a word of the top result (not a near spelling of one). */
async function startsAWord(pf: PagefindApi, word: string): Promise<boolean> {
  const top = (await found(pf, word))[0];
  if (!top) return false;
  const data = await top.data();
  const words = data.content.split(/\s+/);
  const key = foldKey(word);
  // No location in the text: the match is in metadata (title, folded đ words), prefix-matched.
  return !data.locations.length || data.locations.some((i) => foldKey(words[i] ?? '').startsWith(key));
}

/**
 * Whether the site has the part at all. Pagefind matches every word but the last
 * one exactly, and the last one as a prefix or, failing that, as a near spelling
 * ("hooc" finds "hồ"). A quoted search is exact, so: a word counts if it is on the
 * site as typed, or (last word only, as the user may still be typing) as the start
 * of a word on the site. A typo-corrected match counts as unknown: we say so rather
 * than show pages about "hồ sơ" for "hooc".
 */
function isKnown(pf: PagefindApi, part: QueryPart, last: boolean): Promise<boolean> {
  if (part.expanded) return cached(`phrase:${part.search}`, async () => (await found(pf, part.search)).length > 0);
  const exact = cached(`word:${part.search}`, async () => (await found(pf, `"${part.search}"`)).length > 0);
  if (!last) return exact;
  return cached(`prefix:${part.search}`, async () => (await exact) || startsAWord(pf, part.search));
}

/** The searched words as one phrase; compared with tone marks only if the user typed them all. */
function phraseOf(kept: QueryPart[]): Phrase {
  const typedMarks = kept.some((p) => foldKey(p.typed) !== p.typed.toLowerCase());
  return { words: kept.flatMap((p) => wordsOf(p.search)), accented: typedMarks && kept.every((p) => !p.expanded) };
}

/**
 * Runs one search. `current` says whether the caller still wants the answer: when the
 * user has typed on, the rest of the work is skipped (undefined is returned), so the
 * search for the latest query does not queue behind stale ones. By relevance, the first
 * `firstPage` results are reordered so that the typed words side by side come first.
 */
export async function runSearch(pf: PagefindApi, request: SearchRequest, current: () => boolean = () => true, firstPage = 10): Promise<SearchOutcome | undefined> {
  const parts = parseQuery(request.query, SEARCH_SYNONYMS);
  const filters = activeFilters(request.filters);
  if (!parts.length) {
    if (!Object.keys(filters).length) return { parts, unknown: [], results: [] };
    const browse = await pf.search(null, { filters, sort: pagefindSort(request.sort, false) });
    return { parts, unknown: [], results: browse?.results ?? [] };
  }
  const present = await Promise.all(parts.map((p, i) => isKnown(pf, p, i === parts.length - 1)));
  if (!current()) return undefined;
  const unknown = parts.filter((_, i) => !present[i]);
  const kept = parts.filter((_, i) => present[i]);
  if (!kept.length) return { parts, unknown, results: [] };
  const term = kept.map((p) => p.search).join(' ');
  const matches = (await pf.search(term, { filters, sort: pagefindSort(request.sort, true) }))?.results ?? [];
  if (request.sort || !current()) return { parts, unknown, results: matches };
  return { parts, unknown, results: await phraseFirst(matches, phraseOf(kept), firstPage) };
}
