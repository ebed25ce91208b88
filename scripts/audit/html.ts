/**
 * HTML reading for the audit: tags with their attributes, an element's inner HTML,
 * visible text. Pages are read with an HTML parser, so entities, comments, scripts
 * and odd attribute quoting are read as a browser reads them; what is in a comment
 * or a script is never taken for a tag or for text. Tags come from parse5 itself
 * (attribute names and source offsets as written), text from hast-util-to-text
 * (the browser's innerText rules: no scripts, styles or head; no space inside a
 * word split by an inline tag).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

export interface Tag {
  name: string;
  /** Attribute values with entities decoded; names lowercase. */
  attrs: Record<string, string>;
  /** Offset of the tag in the page, to find its line. */
  index: number;
}

interface ParsedTag extends Tag {
  /** Offsets of the element's inner HTML in the page. */
  inner: [number, number];
  /** Offset just after the element, its end tag included. */
  end: number;
}

/**
 * Every rule reads every page: each page is parsed once and its tags kept, up to
 * this much HTML (the pages' text is held by built.ts anyway; tags are small).
 */
const CACHE_CHARS = 64_000_000;
const cache = new Map<string, ParsedTag[]>();
let cachedChars = 0;

function collect(node: DefaultTreeAdapterTypes.ParentNode, out: ParsedTag[]): void {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    const loc = child.sourceCodeLocation;
    // Elements the parser implied (a missing <body>) are not tags of the page.
    if (loc) {
      const attrs: Record<string, string> = {};
      for (const { name, value } of child.attrs) attrs[name] = value;
      const innerStart = loc.startTag?.endOffset ?? loc.startOffset;
      out.push({
        name: child.tagName,
        attrs,
        index: loc.startOffset,
        inner: [innerStart, loc.endTag?.startOffset ?? Math.max(innerStart, loc.endOffset)],
        end: loc.endOffset,
      });
    }
    collect(child, out);
  }
}

function parsed(html: string): DefaultTreeAdapterTypes.Document {
  return parse(html, { sourceCodeLocationInfo: true });
}

function remember(html: string, document: DefaultTreeAdapterTypes.Document): ParsedTag[] {
  const tags: ParsedTag[] = [];
  collect(document, tags);
  for (const [key] of cache) {
    if (cachedChars + html.length <= CACHE_CHARS) break;
    cache.delete(key);
    cachedChars -= key.length;
  }
  cache.set(html, tags);
  cachedChars += html.length;
  return tags;
}

function tagsOf(html: string): ParsedTag[] {
  return cache.get(html) ?? remember(html, parsed(html));
}

type FromParse5 = (tree: DefaultTreeAdapterTypes.Document) => Root;

/**
 * hast-util-from-html is parse5 plus hast-util-from-parse5: the audit takes that very
 * module (the one hast-util-from-html resolves), so one parse gives a page's tags and
 * its hast tree. If the two packages ever resolve another parse5 than ours, pages are
 * parsed twice again, never differently.
 */
async function loadFromParse5(): Promise<FromParse5 | undefined> {
  const here = createRequire(import.meta.url);
  const fromHtmlsOwn = createRequire(here.resolve('hast-util-from-html'));
  if (fromHtmlsOwn.resolve('parse5') !== here.resolve('parse5')) return undefined;
  const module = (await import(pathToFileURL(fromHtmlsOwn.resolve('hast-util-from-parse5')).href)) as {
    fromParse5: FromParse5;
  };
  return module.fromParse5;
}
const fromParse5 = await loadFromParse5();

/**
 * The page as hast-util-from-html reads it, from the parse that also gives its tags.
 * hast-util-from-html parses with scripting off (a <noscript>'s content is markup), the
 * tags with scripting on (it is text): a page with a <noscript> is parsed both ways.
 */
export function pageTree(html: string): Root {
  if (!fromParse5 || /<noscript/i.test(html)) return fromHtml(html);
  const document = parsed(html);
  if (!cache.has(html)) remember(html, document);
  return fromParse5(document);
}

/** Every start tag of the given names (lowercase), in document order. */
export function findTags(html: string, names: readonly string[]): Tag[] {
  return tagsOf(html)
    .filter((t) => names.includes(t.name))
    .map(({ name, attrs, index }) => ({ name, attrs, index }));
}

/** Inner HTML of every element with this tag name (not nested in itself). */
export function elementContents(html: string, name: string): string[] {
  let outerEnd = -1;
  const contents: string[] = [];
  for (const tag of tagsOf(html)) {
    if (tag.name !== name || tag.index < outerEnd) continue;
    outerEnd = tag.end;
    contents.push(html.slice(...tag.inner));
  }
  return contents;
}

/** visibleText of HTML already read: every page repeats its footer, parsed once. */
const TEXT_CACHE_ENTRIES = 10_000;
const texts = new Map<string, string>();

/** Visible text, whitespace collapsed, NFC. */
export function visibleText(html: string): string {
  let text = texts.get(html);
  if (text !== undefined) return text;
  text = toText(fromHtml(html)).replace(/\s+/g, ' ').trim().normalize('NFC');
  if (texts.size >= TEXT_CACHE_ENTRIES) texts.clear();
  texts.set(html, text);
  return text;
}

/** Text plus what people read elsewhere: the document title, and alt, title, aria-label, meta content, value. */
export function readableText(html: string): string {
  const titles = elementContents(html, 'title').map(visibleText);
  const attrs = findTags(html, ['img', 'a', 'meta', 'area', 'input', 'button', 'abbr'])
    .flatMap((t) => [t.attrs.alt, t.attrs.title, t.attrs['aria-label'], t.attrs.content, t.attrs.value])
    .filter((v): v is string => !!v);
  return `${visibleText(html)} ${[...titles, ...attrs].join(' ')}`.normalize('NFC');
}

export function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < source.length; i += 1) if (source.charCodeAt(i) === 10) line += 1;
  return line;
}
