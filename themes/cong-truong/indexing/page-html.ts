/**
 * Prepares one built page for Pagefind, in memory (the published HTML is untouched):
 * - marks `<main>` as the indexed body, so header, menus and footer stay out;
 * - adds the title, date, filters and sort key of its search record;
 * - adds the text of its PDF attachments, so a phrase inside a PDF finds the page;
 * - adds a hidden `fold` metadata field with `đ` words folded to `d` and the full
 *   forms of abbreviations the page uses. Pagefind searches metadata but never shows
 *   it in excerpts, so "dao tao" finds "đào tạo" without "dao tao" leaking on screen;
 * - moves the facts tables (MetaTable: số ký hiệu, người ký, ngày ban hành…) out of the
 *   text into a hidden `facts` field of their values: "3890/KH" still finds the văn
 *   bản, but excerpts never quote labels and table cells ("Người ký Ngày ban hành…").
 * The page is read with an HTML parser (parse5, through hast), so every entity and
 * character reference ("GD&amp;ĐT", "&#x26;", "&lt; 5", even a bogus "&#xZZ;") is read
 * as a browser reads it, and the text is normalised to NFC.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { EXIT, visit } from 'unist-util-visit';
import { compactDate, type SearchRecord } from '../search/records.ts';
import { foldField } from '../search/vietnamese.ts';
import { nfcTree } from '../lib/rehype-nfc.ts';
import { SEARCH_SYNONYMS } from '../../../content-schemas/search-synonyms.ts';

export interface Attachment {
  title: string;
  text: string;
}

/** Text of an HTML fragment as a browser renders it (no scripts or styles), NFC. */
export function htmlText(html: string): string {
  return toText(fromHtml(html, { fragment: true })).normalize('NFC');
}

/** The first element named `name` that the page itself has (not one the parser implied). */
function firstElement(tree: Root, name: string): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (node) => {
    if (node.tagName !== name || !node.position) return;
    found = node;
    return EXIT;
  });
  return found;
}

// Shared with the members' records of a unit (member-records.ts).
export { compactDate };

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/** Tables of facts the theme renders under a title (components/MetaTable.astro). */
const FACTS_TABLE = 'ct-table--meta';

const hasClass = (node: Element, name: string) => {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
};

function isFactsTable(node: ElementContent): boolean {
  return node.type === 'element' && node.tagName === 'table' && hasClass(node as Element, FACTS_TABLE);
}

/**
 * Labels of data tables, which excerpts would quote without their cells: column headers,
 * captions (they repeat the page's title) and the per-cell labels that stacked tables
 * show on phones ("Bữa trưa: "). The cells' own text stays, each cell a word apart.
 */
function dropTableLabels(region: Element): void {
  const walk = (node: Element) => {
    node.children = node.children.filter((child) => {
      if (child.type !== 'element') return true;
      const el = child as Element;
      if (el.tagName === 'thead' || el.tagName === 'caption' || hasClass(el, 'ct-cell-label')) return false;
      walk(el);
      if (el.tagName === 'td' || el.tagName === 'th') el.children.push({ type: 'text', value: ' ' });
      return true;
    });
  };
  walk(region);
}

/** Removes the facts tables from `region`; returns their values (not labels), one per cell. */
function takeFacts(region: Element): string[] {
  const values: string[] = [];
  const walk = (node: Element) => {
    node.children = node.children.filter((child) => {
      if (isFactsTable(child)) {
        // Cells only: the caption and row headers are labels.
        visit(child as Element, 'element', (cell) => {
          if (cell.tagName === 'td') values.push(toText(cell).trim());
        });
        return false;
      }
      if (child.type === 'element') walk(child as Element);
      return true;
    });
  };
  walk(region);
  return values.filter(Boolean);
}

function hiddenFields(record: SearchRecord, fold: string, facts: string[]): Element {
  const span = (attr: string, name: string, value: string) =>
    element('span', { [attr]: name }, [{ type: 'text', value }]);
  const parts = [
    span('dataPagefindMeta', 'date', compactDate(record.date)),
    span('dataPagefindSort', 'date', record.date),
  ];
  if (record.title) parts.push(span('dataPagefindMeta', 'title', record.title));
  if (fold) parts.push(span('dataPagefindMeta', 'fold', fold));
  if (facts.length) parts.push(span('dataPagefindMeta', 'facts', facts.join(' · ')));
  for (const [key, values] of Object.entries(record.filters))
    for (const value of values ?? []) parts.push(span('dataPagefindFilter', key, value));
  // Elements inside data-pagefind-ignore still give their metadata, filters and sort keys.
  return element('div', { dataPagefindIgnore: true }, parts);
}

/**
 * The region without its `data-pagefind-ignore` parts, as Pagefind reads it: the liên thông
 * home blocks list other portals' entries, whose words must not make this page a match.
 */
function indexedPart<T extends Root | Element>(node: T): T {
  const children = node.children
    .filter((child) => !(child.type === 'element' && child.properties.dataPagefindIgnore != null))
    .map((child) => (child.type === 'element' ? indexedPart(child) : child));
  return { ...node, children } as T;
}

/**
 * The page's `<main>…</main>`, cut out as text: only it is indexed, and the header,
 * menus and footer around it are two thirds of a page that would otherwise be parsed,
 * normalised, serialised and sent to Pagefind for nothing (1000 pages: ~3× less work).
 * Undefined when the page has no single `<main>` (then the whole page is parsed).
 */
function mainOf(html: string): string | undefined {
  const start = html.search(/<main[\s>]/i);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start || html.indexOf('<main', start + 5) >= 0) return undefined;
  return html.slice(start, end + '</main>'.length);
}

/** Returns the page's HTML ready for `index.addHTMLFile`, or undefined if it has no body. */
export function prepareHtml(html: string, record: SearchRecord, attachments: Attachment[]): string | undefined {
  const main = mainOf(html);
  const tree = main === undefined ? fromHtml(html) : fromHtml(main, { fragment: true });
  const region = firstElement(tree, 'main') ?? firstElement(tree, 'body');
  if (!region) return undefined;
  const facts = takeFacts(region);
  dropTableLabels(region);
  const allText = [record.title, toText(indexedPart(region)), ...facts, ...attachments.map((a) => a.text)]
    .join(' ')
    .normalize('NFC');
  const fold = foldField(allText, SEARCH_SYNONYMS);
  region.properties.dataPagefindBody ??= true;
  region.children.push(
    ...attachments.map((a) => element('div', {}, [{ type: 'text', value: a.text }])),
    hiddenFields(record, fold, facts),
  );
  // Character references are decoded by now: "e&#x301;" is NFD until this step.
  nfcTree(region);
  return main === undefined ? toHtml(tree) : `<!doctype html><html><body>${toHtml(region)}</body></html>`;
}
