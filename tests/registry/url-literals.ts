/**
 * Finds section URLs of registry collections written as literals in code, where
 * listUrl, entryUrl or sectionUrl (content-schemas/urls.ts) should stand instead,
 * so that a URL changed in the registry moves every link with it.
 */
import { COLLECTIONS } from '../../content-schemas/index.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `/tin-tuc/`, `/gioi-thieu/lanh-dao/`, …: every list URL and detail section except the home page. */
export const SECTION_URLS = [
  ...new Set(Object.values(COLLECTIONS).flatMap((c) => [c.url, c.detail?.replace('[slug]/', '') ?? c.url])),
].filter((u) => u !== '/');

/** A section URL that starts a path: not `content/tin-tuc/` (a folder) or `/truong-hoc/cong-khai/` (another section). */
const AS_PATH = new RegExp(`(?<![\\w./-])(?:${SECTION_URLS.map(escape).join('|')})`);
/** A section's segment inside a regular expression's alternation: `(tin-tuc|van-ban)`. */
const IN_ALTERNATION = new RegExp(`[(|](?:${SECTION_URLS.map((u) => escape(u.slice(1, -1))).join('|')})[|)]`);
/** Comment lines say where a route is served, for the reader: not a link. */
const COMMENT = /^(\/\/|\*|\/\*|<!--)/;

export interface Literal {
  line: number;
  text: string;
}

/** The lines of `source` that write a section URL of the registry by hand. */
export function urlLiterals(source: string): Literal[] {
  return source.split('\n').flatMap((line, i) => {
    const text = line.trim();
    if (COMMENT.test(text)) return [];
    return AS_PATH.test(line) || IN_ALTERNATION.test(line) ? [{ line: i + 1, text }] : [];
  });
}
