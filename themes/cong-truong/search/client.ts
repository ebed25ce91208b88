/**
 * The /tim-kiem/ page in the browser: loads Pagefind, fills the filters, searches as
 * the user types (query and filters mirrored in the URL, so a search can be shared),
 * renders results and announces their count in a polite live region.
 * On the root, `data-state="done"` + `data-query` say that the results of a query are
 * rendered (the bench times this), `data-announced` that its count has been announced.
 */
import { DEBOUNCE_MS } from './typing.ts';
import {
  runSearch,
  type PagefindApi,
  type PagefindResult,
  type SearchOutcome,
  type SearchRequest,
  type SortOrder,
} from './engine.ts';
import { normalizeQuery } from './vietnamese.ts';
import { buildExcerpt } from './excerpt.ts';
import { CONTENT_TYPES, FILTER_KEYS, UNIT_FILTER, type FilterKey } from './facets.ts';

const PAGEFIND_URL = '/pagefind/pagefind.js';
const PAGE_SIZE = 10;
/** Wait after a word's first letter: a typist's next key comes sooner. */
const LONE_LETTER_WAIT_MS = 400;
/**
 * While the user types, the result count is announced only once they pause: a screen
 * reader would otherwise read a count for every keystroke (the GOV.UK accessible
 * autocomplete waits the same way). Submitting or changing a filter announces at once.
 */
const ANNOUNCE_TYPING_MS = 500;
const SORTS: readonly SortOrder[] = ['', 'moi-nhat', 'cu-nhat'];

type Strings = Record<string, string>;

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The excerpt around the searched words (excerpt.ts), marks as `<mark>` elements. */
function excerptNodes(content: string, title: string, words: string[], prefix: boolean): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const part of buildExcerpt(content, title, words, prefix))
    out.append(part.mark ? el('mark', 'ct-search__mark', part.text) : part.text);
  return out;
}

function sortOrder(value: string | null): SortOrder {
  return SORTS.includes(value as SortOrder) ? (value as SortOrder) : '';
}

/** Another portal's page (a member's, on a unit's search): Pagefind keeps such URLs as they are. */
export function isOtherPortal(url: string): boolean {
  return /^https?:\/\//.test(url);
}

function filterOrder(key: FilterKey, values: string[], ownUnit: string): string[] {
  // The unit itself first, then its members by name.
  if (key === UNIT_FILTER)
    return values.sort((a, b) => Number(b === ownUnit) - Number(a === ownUnit) || a.localeCompare(b, 'vi'));
  if (key === 'loai') {
    const order: string[] = Object.values(CONTENT_TYPES);
    return values.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  if (key === 'nam_hoc') return values.sort().reverse();
  return values.sort((a, b) => a.localeCompare(b, 'vi'));
}

/** Loads Pagefind and fills the filters with the index's values; throws if it cannot. */
async function loadPagefind(
  root: HTMLElement,
  keys: FilterKey[],
  selects: Record<FilterKey, HTMLSelectElement>,
): Promise<PagefindApi> {
  const pf = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi;
  // Search on the main thread: Pagefind's worker script is 12 KB more to download,
  // and a school site's searches take milliseconds.
  await pf.options({ excerptLength: 30, noWorker: true });
  await pf.init();
  const counts = await pf.filters();
  for (const key of keys) {
    const values = filterOrder(key, Object.keys(counts[key] ?? {}), root.dataset.unit ?? '');
    for (const value of values) selects[key].append(new Option(value, value));
    // A filter with a single value filters nothing: hide it.
    (selects[key].closest('[data-filter]') as HTMLElement).hidden = values.length < 2;
  }
  return pf;
}

export async function startSearch(root: HTMLElement): Promise<void> {
  const s = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const form = root.querySelector('form') as HTMLFormElement;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  // A school's page has no "Đơn vị" select: only the filters the page renders take part.
  const keys = FILTER_KEYS.filter((k) => form.elements.namedItem(k) instanceof HTMLSelectElement);
  const selects = Object.fromEntries(keys.map((k) => [k, form.elements.namedItem(k) as HTMLSelectElement])) as Record<
    FilterKey,
    HTMLSelectElement
  >;
  const sort = form.elements.namedItem('sap_xep') as HTMLSelectElement;
  const status = root.querySelector('[role="status"]') as HTMLElement;
  const list = root.querySelector('ol') as HTMLOListElement;
  const more = root.querySelector('button[data-more]') as HTMLButtonElement;
  const toggle = root.querySelector('button[data-filter-toggle]') as HTMLButtonElement;
  const toggleCount = root.querySelector('[data-filter-count]') as HTMLElement;

  const readQuery = () => {
    input.value = new URLSearchParams(location.search).get('q') ?? '';
  };
  /** Filters and sort from the URL: once Pagefind has filled the filters' options. */
  const readFilters = () => {
    const params = new URLSearchParams(location.search);
    for (const key of keys) selects[key].value = params.get(key) ?? '';
    sort.value = sortOrder(params.get('sap_xep'));
  };
  // Whatever is in the box now was typed before the script arrived (or restored by the
  // browser): it is kept as it is, caret included, and searched as soon as Pagefind is
  // in. Only an empty box takes the URL's query.
  if (!input.value) readQuery();

  let pf: PagefindApi | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let run: (typing?: boolean) => Promise<void> = async () => {};
  // Listen before Pagefind loads, so no key is lost while it does: the search then
  // reads the box as it is at that moment.
  input.addEventListener('input', () => {
    if (!pf) return;
    clearTimeout(timer);
    // A lone letter at the end is usually a word being started, and matching it as a
    // prefix of every word is slow: give the next key more time before searching
    // (it may also be a whole word, as in "học kỳ I").
    const started = /(^|\s)\p{L}$/u.test(input.value);
    timer = setTimeout(() => void run(true), started ? LONE_LETTER_WAIT_MS : DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    // Until Pagefind is in, Enter waits for it rather than reloading the page.
    event.preventDefault();
    clearTimeout(timer);
    if (pf) void run();
  });

  status.textContent = s.loading ?? '';
  try {
    pf = await loadPagefind(root, keys, selects);
  } catch {
    pf = undefined;
    status.textContent = s.error ?? '';
    return;
  }
  const api = pf;
  (form.querySelector('fieldset') as HTMLElement).hidden = false;
  toggle.hidden = false;
  toggle.addEventListener('click', () =>
    toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true')),
  );

  const request = (): SearchRequest => ({
    query: normalizeQuery(input.value),
    filters: Object.fromEntries(keys.map((k) => [k, selects[k].value])),
    sort: sortOrder(sort.value),
  });
  const writeUrl = (r: SearchRequest) => {
    const params = new URLSearchParams();
    if (r.query) params.set('q', r.query);
    for (const [k, v] of Object.entries(r.filters)) if (v) params.set(k, v);
    if (r.sort) params.set('sap_xep', r.sort);
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };
  /** The disclosure names how many filters are on, so a folded set of filters is never a surprise. */
  const showActive = (r: SearchRequest) => {
    const n = Object.values(r.filters).filter(Boolean).length;
    toggleCount.hidden = n === 0;
    toggleCount.replaceChildren(el('span', '', String(n)), el('span', 'sr-only', ` (${fill(s.active ?? '', { n })})`));
    (toggleCount.firstChild as HTMLElement).setAttribute('aria-hidden', 'true');
  };

  let seq = 0;
  let shown = 0;
  let current: { results: PagefindResult[]; words: string[]; prefix: boolean } = {
    results: [],
    words: [],
    prefix: false,
  };

  const renderResult = async (result: PagefindResult): Promise<HTMLLIElement> => {
    const data = await result.data();
    const item = el('li', 'ct-search__result');
    const heading = el('h3', 'ct-search__title');
    const link = el('a', 'ct-search__link', data.meta.title || data.url);
    link.href = data.url;
    heading.append(link);
    const meta = el('p', 'ct-search__meta');
    const section = data.filters.loai?.[0];
    if (section) meta.append(el('span', 'ct-search__section', section));
    // Another unit's page (a member's, or one a unit above addressed here): say whose portal the link leads to.
    const unit = data.meta.unit ?? data.filters[UNIT_FILTER]?.[0];
    if (unit && isOtherPortal(data.url)) meta.append(el('span', 'ct-search__unit', unit));
    const day = data.meta.date ?? '';
    if (/^\d{8}$/.test(day) && day !== '00000000') {
      const time = el('time', 'ct-search__date', `${day.slice(6, 8)}/${day.slice(4, 6)}/${day.slice(0, 4)}`);
      time.dateTime = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
      meta.append(time);
    }
    const excerpt = el('p', 'ct-search__excerpt');
    excerpt.append(excerptNodes(data.content, data.meta.title ?? '', current.words, current.prefix));
    item.append(heading, meta);
    if (excerpt.textContent) item.append(excerpt);
    return item;
  };

  const showMore = async (id: number, focus: boolean) => {
    const batch = current.results.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(batch.map(renderResult));
    if (id !== seq) return;
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= current.results.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  };

  const describe = (outcome: SearchOutcome, r: SearchRequest): string => {
    const lines: string[] = [];
    const n = outcome.results.length;
    const allUnknown = outcome.parts.length > 0 && outcome.unknown.length === outcome.parts.length;
    if (r.query)
      lines.push(
        allUnknown
          ? fill(s.allUnknown ?? '', { q: r.query })
          : fill((n ? (outcome.partial ? s.partial : s.count) : s.none) ?? '', { n, q: r.query }),
      );
    else if (Object.values(r.filters).some(Boolean)) lines.push(fill((n ? s.browse : s.browseNone) ?? '', { n }));
    if (outcome.unknown.length && !allUnknown)
      lines.push(fill(s.unknown ?? '', { words: outcome.unknown.map((p) => `«${p.typed}»`).join(', ') }));
    for (const p of outcome.parts)
      if (p.expanded && !outcome.unknown.includes(p))
        lines.push(fill(s.expanded ?? '', { from: p.typed, to: p.search }));
    return lines.join(' ');
  };

  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const announce = (text: string, query: string, delay: number) => {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      status.textContent = text;
      root.dataset.announced = query;
    }, delay);
  };

  run = async (typing = false) => {
    const id = ++seq;
    const r = request();
    writeUrl(r);
    showActive(r);
    root.dataset.state = 'searching';
    const outcome = await runSearch(api, r, () => id === seq, PAGE_SIZE);
    if (!outcome || id !== seq) return;
    current = { results: outcome.results, words: outcome.words, prefix: outcome.prefix };
    shown = 0;
    list.replaceChildren();
    await showMore(id, false);
    if (id !== seq) return;
    announce(describe(outcome, r), r.query, typing ? ANNOUNCE_TYPING_MS : 0);
    root.dataset.query = r.query;
    root.dataset.state = 'done';
  };

  for (const select of [...Object.values(selects), sort]) select.addEventListener('change', () => void run());
  more.addEventListener('click', () => void showMore(seq, true));
  window.addEventListener('popstate', () => {
    readQuery();
    readFilters();
    void run();
  });

  readFilters();
  status.textContent = '';
  const initial = request();
  showActive(initial);
  // What was typed while Pagefind loaded is searched now, from the box as it is.
  if (initial.query || Object.values(initial.filters).some(Boolean)) await run();
  else root.dataset.state = 'ready';
}
