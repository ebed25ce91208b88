/**
 * The gambling and spam matcher behind the rule tu-khoa-co-bac and the build's
 * defacement check: the terms of data/spam-keywords.yaml against text normalised so
 * that case, invisible characters (zero-width, soft hyphen, bidi marks: every Unicode
 * "Cf" character), stray combining marks and full-width letters cannot hide a term.
 *
 * Matching runs on a diacritic-folded copy (đ → d) with word boundaries, then checks
 * the original spelling: a term matches text spelled exactly like it, or text typed
 * entirely without diacritics ("nha cai"). Text with diacritics must spell it exactly,
 * because folding alone turns ordinary prose into terms: "chăm lo để" folds to "lo de"
 * (lô đề), "3 ca do sốt" to "ca do" (cá độ); for the same reason a diacritic-less match
 * next to a word with diacritics is ordinary prose, not a term.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { boundedMemo } from './bounded-memo.ts';

/** `topics` may be accepted per entry (spam-exceptions.ts); the others never. */
export type TermGroup = 'topics' | 'phrases' | 'brands';

export interface SpamHit {
  /** The term as listed in the YAML, or the suspicious host name. */
  term: string;
  group: TermGroup | 'tld';
  /** 1-based line of the first occurrence. */
  line: number;
}

interface Term {
  term: string;
  group: TermGroup;
  /** Lowercase NFC spelling without spaces, for the exact-spelling check. */
  exact: string;
  words: number;
  /** The folded words, each of which a match contains: a text lacking one is skipped without the pattern. */
  needles: string[];
  pattern: RegExp;
}

interface TermList {
  terms: Term[];
  topics: Map<string, string>;
  tlds: string[];
  hostPattern: RegExp;
  /** `.tld` for each TLD: a text with none of them holds no suspicious host. */
  tldNeedles: string[];
}

const DATA = fileURLToPath(new URL('./data/spam-keywords.yaml', import.meta.url));
const SEPARATOR = /[\s_-]+/gu;

/** Lowercase NFC without format characters and without marks that do not compose into a letter. */
export function normalizeText(text: string): string {
  return text
    .replace(/\p{Cf}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFC')
    .replace(/\p{M}/gu, '');
}

const foldCache = new Map<string, string>();

/** One base letter per letter (ấ → a, đ → d), so indexes in the folded text are those of the input. */
export function foldText(normalized: string): string {
  return normalized.replace(/[^\x00-\x7f]/gu, (c) => {
    let base = foldCache.get(c);
    if (base === undefined) {
      const first = c === 'đ' ? 'd' : String.fromCodePoint(c.normalize('NFD').codePointAt(0) ?? 0);
      base = first.length === c.length ? first : c;
      foldCache.set(c, base);
    }
    return base;
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(term: string, group: TermGroup): Term {
  const spelled = normalizeText(term).trim();
  const needles = foldText(spelled).split(/\s+/);
  const words = needles.map(escape);
  // Brands also match with digits after them (kubet77, fb888), as in spam domains.
  const end = group === 'brands' ? '(?!\\p{L})' : '(?![\\p{L}\\p{N}])';
  return {
    term,
    group,
    exact: spelled.replace(SEPARATOR, ''),
    words: words.length,
    needles,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s_-]*')}${end}`, 'gu'),
  };
}

let cached: TermList | undefined;

export function termList(): TermList {
  if (cached) return cached;
  const data = parseYaml(readFileSync(DATA, 'utf8')) as Partial<Record<TermGroup | 'tlds', string[]>>;
  const groups: TermGroup[] = ['topics', 'phrases', 'brands'];
  const terms = groups.flatMap((g) => (data[g] ?? []).map((t) => compile(t, g)));
  const tlds = (data.tlds ?? []).map((t) => t.toLowerCase().replace(/^\./, ''));
  cached = {
    terms,
    topics: new Map(terms.filter((t) => t.group === 'topics').map((t) => [t.exact, t.term])),
    tlds,
    // A host name ending in one of the TLDs: go88.vip, https://x.bet/, nhacai.casino.
    hostPattern: new RegExp(
      `(?<![\\p{L}\\p{N}.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${tlds.map(escape).join('|')})(?![\\p{L}\\p{N}-])`,
      'gu',
    ),
    tldNeedles: tlds.map((t) => `.${t}`),
  };
  return cached;
}

/** The topic term a user wrote (any case, with or without diacritics), or undefined if it is not a topic term. */
export function topicTerm(word: string): string | undefined {
  const spelled = normalizeText(word).trim().replace(SEPARATOR, '');
  const list = termList();
  return list.topics.get(spelled) ?? [...list.topics.entries()].find(([exact]) => foldText(exact) === spelled)?.[1];
}

export function isSuspiciousHost(host: string): boolean {
  const tld = host.toLowerCase().replace(/\.$/, '').split('.').pop() ?? '';
  return host.includes('.') && termList().tlds.includes(tld);
}

const hasMarks = (s: string) => foldText(s) !== s;

/** Whether a folded match at [start, end) is the term: exact spelling, or typed without diacritics among words without them. */
function isTerm(term: Term, text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  if (span.replace(SEPARATOR, '') === term.exact) return true;
  if (hasMarks(span) || span.split(SEPARATOR).length !== term.words) return false;
  const before = /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  const after = /^[^\p{L}]*(\p{L}+)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
  return !hasMarks(before) && !hasMarks(after);
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** Every distinct term and suspicious host in `text`, each with the line of its first occurrence. */
export function findSpam(text: string): SpamHit[] {
  const normalized = normalizeText(text);
  return hitsIn(normalized, foldText(normalized));
}

/**
 * Normalised and folded pieces, kept up to this many characters: built pages repeat
 * their menus, footer, class names and links, which are then prepared once. Longer
 * pieces (an article's paragraphs) are each on one page only, and are not kept.
 */
const preparedPiece = boundedMemo(
  (piece) => {
    const normalized = normalizeText(piece);
    return { normalized, folded: foldText(normalized) };
  },
  { limit: 2_000_000, longestKept: 256 },
);

const ASCII = /^[\x00-\x7f]*$/;

function prepared(piece: string): { normalized: string; folded: string } {
  // ASCII has no format characters, marks or compatibility forms: only case changes.
  if (ASCII.test(piece)) {
    const lower = piece.toLowerCase();
    return { normalized: lower, folded: lower };
  }
  return preparedPiece(piece);
}

/**
 * `findSpam(pieces.join('\n'))`, with each piece normalised and folded on its own:
 * the same text, since no character composes, changes case or folds across a line
 * break (normalizeText and foldText work within the pieces a line break separates).
 */
export function findSpamInPieces(pieces: readonly string[]): SpamHit[] {
  const ready = pieces.map(prepared);
  return hitsIn(ready.map((p) => p.normalized).join('\n'), ready.map((p) => p.folded).join('\n'));
}

function hitsIn(normalized: string, folded: string): SpamHit[] {
  const list = termList();
  const hits: SpamHit[] = [];
  for (const term of list.terms) {
    // Most pages hold no word of most terms: a substring search is far cheaper than the pattern.
    if (!term.needles.every((word) => folded.includes(word))) continue;
    term.pattern.lastIndex = 0;
    for (const m of folded.matchAll(term.pattern)) {
      if (!isTerm(term, normalized, m.index, m.index + m[0].length)) continue;
      hits.push({ term: term.term, group: term.group, line: lineOf(normalized, m.index) });
      break;
    }
  }
  const hosts = new Map<string, number>();
  if (!list.tldNeedles.some((tld) => folded.includes(tld))) return hits;
  for (const m of folded.matchAll(list.hostPattern)) if (!hosts.has(m[0])) hosts.set(m[0], m.index);
  for (const [host, index] of hosts) hits.push({ term: host, group: 'tld', line: lineOf(normalized, index) });
  return hits;
}
