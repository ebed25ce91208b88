/**
 * Prepares one built page for Pagefind, in memory (the published HTML is untouched):
 * - marks `<main>` as the indexed body, so header, menus and footer stay out;
 * - adds the title, date, filters and sort key of its search record;
 * - adds the text of its PDF attachments, so a phrase inside a PDF finds the page;
 * - adds a hidden `fold` metadata field with `đ` words folded to `d` and the full
 *   forms of abbreviations the page uses. Pagefind searches metadata but never shows
 *   it in excerpts, so "dao tao" finds "đào tạo" without "dao tao" leaking on screen.
 */
import type { SearchRecord } from '../../themes/cong-truong/search/records.ts';
import { aliasesFor, foldedDWords } from '../../themes/cong-truong/search/vietnamese.ts';
import { SEARCH_SYNONYMS } from '../../content-schemas/search-synonyms.ts';

export interface Attachment {
  title: string;
  text: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Rough text of an HTML fragment: enough to find words with `đ` and abbreviations. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#?\w+);/g, (all, name: string) => ENTITIES[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : all))
    .normalize('NFC');
}

/** The indexed region: `<main>` if the page has one, else `<body>`. */
function bodyBounds(html: string): { open: number; openEnd: number; close: number; tag: string } | undefined {
  for (const tag of ['main', 'body']) {
    const open = html.search(new RegExp(`<${tag}[\\s>]`, 'i'));
    const close = html.toLowerCase().lastIndexOf(`</${tag}>`);
    if (open >= 0 && close > open) return { open, openEnd: html.indexOf('>', open), close, tag };
  }
  return undefined;
}

/** `YYYY-MM-DD` → `YYYYMMDD`: a date no one types, so it never matches a query word. */
export function compactDate(day: string): string {
  return day.replace(/-/g, '');
}

function hiddenFields(record: SearchRecord, fold: string): string {
  const span = (attr: string, name: string, value: string) => `<span ${attr}="${name}">${escapeHtml(value)}</span>`;
  const parts = [span('data-pagefind-meta', 'date', compactDate(record.date)), span('data-pagefind-sort', 'date', record.date)];
  if (record.title) parts.push(span('data-pagefind-meta', 'title', record.title));
  if (fold) parts.push(span('data-pagefind-meta', 'fold', fold));
  for (const [key, values] of Object.entries(record.filters)) for (const value of values ?? []) parts.push(span('data-pagefind-filter', key, value));
  // Elements inside data-pagefind-ignore still give their metadata, filters and sort keys.
  return `<div data-pagefind-ignore>${parts.join('')}</div>`;
}

/** Returns the page's HTML ready for `index.addHTMLFile`, or undefined if it has no body. */
export function prepareHtml(html: string, record: SearchRecord, attachments: Attachment[]): string | undefined {
  const bounds = bodyBounds(html.normalize('NFC'));
  if (!bounds) return undefined;
  const source = html.normalize('NFC');
  const inner = source.slice(bounds.openEnd + 1, bounds.close);
  const allText = [record.title, htmlText(inner), ...attachments.map((a) => a.text)].join(' ');
  const aliases = aliasesFor(allText, SEARCH_SYNONYMS);
  const fold = [foldedDWords(allText), ...aliases, foldedDWords(aliases.join(' '))].filter(Boolean).join(' ');
  const files = attachments.map((a) => `<div>${escapeHtml(a.text)}</div>`).join('');
  const openTag = source.slice(bounds.open, bounds.openEnd);
  const marked = /data-pagefind-body/.test(openTag) ? openTag : `${openTag} data-pagefind-body`;
  return `${source.slice(0, bounds.open)}${marked}>${inner}${files}${hiddenFields(record, fold)}${source.slice(bounds.close)}`;
}
