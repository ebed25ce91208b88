/**
 * The audit and the build's defacement check parse each built page once and share
 * what they derive from it (html.ts `pageTree`, defacement.ts, spam-terms.ts). These
 * tests hold the shortcuts to what they replace: on every built page of the example,
 * fixture and network sites the page strings equal a walk of hast-util-from-html's
 * tree and the tags equal a parse of their own; spam matched piece by piece equals
 * matching the joined text, on tricky pieces (NFD, invisible characters, full-width,
 * Greek capitals, terms split between pieces); and the caches never hide a change.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { pageStrings } from '../../scripts/audit/defacement.ts';
import { findTags, visibleText } from '../../scripts/audit/html.ts';
import { findSpam, findSpamInPieces } from '../../scripts/audit/spam-terms.ts';
import { random } from '../../scripts/lib/random.ts';
import { EXAMPLE_DIST, FIXTURE_DIST, NETWORK_DIST } from '../helpers/paths.ts';

function htmlFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) htmlFiles(path, out);
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** pageStrings as it was written before the shared parse: a walk of fromHtml's tree. */
function referenceStrings(html: string): string {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') out.push(node.value);
    if (node.type === 'element') {
      if (node.tagName === 'style') return;
      for (const value of Object.values(node.properties)) {
        const values = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
        for (const v of values) {
          out.push(v);
          if (/^\s*(?:https?:)?\/\//i.test(v)) {
            try {
              out.push(new URL(v, 'https://localhost/').hostname);
            } catch {
              // Not a URL.
            }
          }
        }
      }
      if (node.content) walk(node.content);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(html));
  return out.join('\n');
}

/** Every tag of a page from a parse of its own, as html.ts read them before. */
function referenceTags(html: string): { name: string; attrs: Record<string, string>; index: number }[] {
  const out: { name: string; attrs: Record<string, string>; index: number }[] = [];
  const collect = (node: DefaultTreeAdapterTypes.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (child.sourceCodeLocation) {
        const attrs: Record<string, string> = {};
        for (const { name, value } of child.attrs) attrs[name] = value;
        out.push({ name: child.tagName, attrs, index: child.sourceCodeLocation.startOffset });
      }
      collect(child);
    }
  };
  collect(parse(html, { sourceCodeLocationInfo: true }));
  return out;
}

const PAGES = [EXAMPLE_DIST, FIXTURE_DIST, NETWORK_DIST].flatMap((dir) => htmlFiles(dir));
const TAG_NAMES = ['a', 'img', 'meta', 'html', 'link', 'script', 'iframe', 'footer', 'main', 'noscript', 'input'];

describe('one parse per built page', () => {
  it('gives every built page the strings and tags of two separate parses', () => {
    expect(PAGES.length).toBeGreaterThan(300);
    expect(PAGES.some((file) => /<noscript/i.test(readFileSync(file, 'utf8')))).toBe(true);
    const differing = PAGES.filter((file) => {
      const html = readFileSync(file, 'utf8');
      const tags = referenceTags(html).filter((t) => TAG_NAMES.includes(t.name));
      // Strings first: the shared parse then leaves the tags in the cache for findTags.
      return (
        pageStrings(html) !== referenceStrings(html) ||
        JSON.stringify(findTags(html, TAG_NAMES)) !== JSON.stringify(tags)
      );
    });
    expect(differing).toEqual([]);
  });

  it('reads hostile markup the same way: noscript, template, comments, entities, odd quoting', () => {
    const pages = [
      '<!DOCTYPE html><html><head><noscript><link rel="x" href="https://go88.vip/"></noscript></head><body><noscript><a href="https://ab%63.bet/">nhà cái</a></noscript></body></html>',
      '<html><body><template><p title="nổ hũ">x</p></template><!-- <a href="https://kubet.win">kubet</a> --><a href=https://x.edu.vn/a?b=1&amp;c=đ>lô&#x20;đề</a></body></html>',
      '<p>no html element at all <img alt="ＮＨÀ ＣÁＩ" src=//cdn.example.com/a.png><svg viewBox="0 0 1 1"><title>xổ số</title></svg>',
    ];
    for (const html of pages) {
      expect(pageStrings(html)).toBe(referenceStrings(html));
      expect(findTags(html, TAG_NAMES)).toEqual(referenceTags(html).filter((t) => TAG_NAMES.includes(t.name)));
    }
  });
});

describe('spam matched piece by piece', () => {
  const FRAGMENTS = [
    'nhà',
    'cái',
    'nha cai',
    'NHÀ CÁI',
    'nhà\u200bcái',
    'nha\u00adcai',
    'ｎｈà ｃáｉ',
    'nhà cái'.normalize('NFD'),
    '\u0301',
    'ΟΔΟΣ',
    'Σ',
    'go88',
    'https://ab%63.bet/x',
    'kubet77',
    'lô đề',
    'chăm lo để',
    '3 ca do sốt',
    'Tuyên truyền.',
    ' ',
    '',
    'bắn cá',
    'đổi thưởng',
    'x.vip',
    'Trường THCS Nguyễn Du',
    'Sở GD&ĐT',
    '🎉 khai giảng',
  ];

  it('finds what matching the joined text finds, with the same lines', () => {
    const next = random(12);
    for (let round = 0; round < 3000; round += 1) {
      const pieces = Array.from(
        { length: 1 + Math.floor(next() * 8) },
        () => FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] ?? '',
      );
      expect(findSpamInPieces(pieces)).toEqual(findSpam(pieces.join('\n')));
    }
  });

  it('judges a piece anew in every page it appears in', () => {
    expect(findSpamInPieces(['nha', 'cai']).map((h) => h.term)).toEqual(['nhà cái']);
    expect(findSpamInPieces(['chăm lo', 'cai']).map((h) => h.term)).toEqual([]);
    expect(findSpamInPieces(['nha', 'cai', 'chăm']).map((h) => h.term)).toEqual([]);
  });
});

describe('the text caches', () => {
  it('give the text of the HTML asked for, whatever was asked before', () => {
    const footer = '<p>Trường THCS Nguyễn Du</p><p>Điện thoại: <a href="tel:02838">028 38</a></p>';
    expect(visibleText(footer)).toBe('Trường THCS Nguyễn Du Điện thoại: 028 38');
    expect(visibleText(footer)).toBe('Trường THCS Nguyễn Du Điện thoại: 028 38');
    expect(visibleText(footer.replace('Nguyễn Du', 'Lê Lợi'))).toBe('Trường THCS Lê Lợi Điện thoại: 028 38');
  });
});
