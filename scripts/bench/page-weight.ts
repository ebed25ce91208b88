/**
 * Page weight of a built site: for every HTML page, the bytes (raw and gzip) of the
 * page and of the stylesheets and scripts it links. The theme's budget is HTML + CSS
 * ≤ 30 KB gzip and 0 bytes of JS on every page except search and admin.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { elementContents, findTags } from '../audit/html.ts';

export interface PageWeightRow {
  /** URL path of the page, e.g. `/tin-tuc/le-khai-giang/`. */
  page: string;
  htmlBytes: number;
  htmlGzip: number;
  cssBytes: number;
  cssGzip: number;
  /** External and inline scripts, JSON-LD excluded (it is data, not code). */
  jsBytes: number;
  /** HTML + CSS, gzip: the number the budget is about. */
  totalGzip: number;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function urlPath(distDir: string, file: string): string {
  const path = `/${relative(distDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/** Same-site URLs of the stylesheets and scripts a page loads. */
function linked(
  html: string,
  tag: 'link' | 'script',
  attr: 'href' | 'src',
  keep: (attrs: Record<string, string>) => boolean,
): string[] {
  return findTags(html, [tag])
    .filter((t) => keep(t.attrs))
    .map((t) => t.attrs[attr] ?? '')
    .filter((url) => url.startsWith('/'));
}

/** Bytes of inline scripts, JSON-LD excluded. Scripts never nest, so tags and contents pair up. */
function inlineScriptBytes(html: string): number {
  const tags = findTags(html, ['script']);
  return elementContents(html, 'script').reduce(
    (n, code, i) => (tags[i]?.attrs.type?.toLowerCase() === 'application/ld+json' ? n : n + Buffer.byteLength(code)),
    0,
  );
}

export function measurePageWeight(distDir: string): PageWeightRow[] {
  const cache = new Map<string, Buffer>();
  const asset = (href: string) => {
    if (!cache.has(href))
      cache.set(href, readFileSync(join(distDir, decodeURIComponent(href.split(/[?#]/)[0] as string))));
    return cache.get(href) as Buffer;
  };
  return htmlFiles(distDir)
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const css = linked(html, 'link', 'href', (a) => (a.rel ?? '').split(/\s+/).includes('stylesheet')).map(asset);
      const inlineCss = elementContents(html, 'style').reduce((n, style) => n + Buffer.byteLength(style), 0);
      const external = linked(html, 'script', 'src', () => true).map(asset);
      const inlineJs = inlineScriptBytes(html);
      const htmlBytes = Buffer.byteLength(html);
      const htmlGzip = gzip(html);
      const cssJoined = Buffer.concat(css);
      const cssGzip = css.length ? gzip(cssJoined) : 0;
      return {
        page: urlPath(distDir, file),
        htmlBytes,
        htmlGzip,
        cssBytes: cssJoined.length + inlineCss,
        cssGzip,
        jsBytes: external.reduce((n, b) => n + b.length, 0) + inlineJs,
        totalGzip: htmlGzip + cssGzip,
      };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
}
