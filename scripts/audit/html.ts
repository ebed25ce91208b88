/**
 * Just enough HTML reading for the audit, on the theme's own output: tags with their
 * attributes, an element's inner HTML, visible text. Regular expressions over a known,
 * well-formed generator output; not a general HTML parser.
 */

export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** Offset of the tag in the page, to find its line. */
  index: number;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

const ATTR = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!name || name in attrs) continue;
    attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Removes comments, scripts and styles, whose text is not page content. */
export function stripNonContent(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, ' ')
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, ' ');
}

/** Every start tag of the given names (lowercase), in document order. */
export function findTags(html: string, names: readonly string[]): Tag[] {
  const pattern = new RegExp(`<(${names.join('|')})(?=[\\s/>])([^>]*)>`, 'gi');
  return [...stripNonContent(html).matchAll(pattern)].map((m) => ({
    name: (m[1] ?? '').toLowerCase(),
    attrs: parseAttrs(m[2] ?? ''),
    index: m.index ?? 0,
  }));
}

/** Inner HTML of every element with this tag name (not nested in itself). */
export function elementContents(html: string, name: string): string[] {
  const pattern = new RegExp(`<${name}(?=[\\s>])[^>]*>([\\s\\S]*?)<\\/${name}\\s*>`, 'gi');
  return [...stripNonContent(html).matchAll(pattern)].map((m) => m[1] ?? '');
}

/** Visible text: tags removed, entities decoded, whitespace collapsed, NFC. */
export function visibleText(html: string): string {
  return decodeEntities(stripNonContent(html).replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** Text plus the attributes people read (alt, title, aria-label, meta content). */
export function readableText(html: string): string {
  const attrs = findTags(html, ['img', 'a', 'meta', 'area', 'input', 'button', 'abbr'])
    .flatMap((t) => [t.attrs.alt, t.attrs.title, t.attrs['aria-label'], t.attrs.content, t.attrs.value])
    .filter((v): v is string => !!v);
  return `${visibleText(html)} ${attrs.join(' ')}`.normalize('NFC');
}

export function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < source.length; i += 1) if (source.charCodeAt(i) === 10) line += 1;
  return line;
}
