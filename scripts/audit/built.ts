/**
 * The index step over a built site (`dist/<id>/`): every HTML page by URL, the XML
 * sitemaps, and every file, read lazily and once.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { REDIRECT_MARK } from '../../themes/cong-truong/redirects.ts';

export interface BuiltPage {
  /** Site-relative URL with a trailing slash for directory pages: `/tin-tuc/a/`. */
  url: string;
  file: string;
  html: () => string;
}

export interface BuiltSite {
  dir: string;
  pages: BuiltPage[];
  /** Every file path relative to `dir`, with `/` separators. */
  files: Set<string>;
  /** `<loc>` values of every `sitemap*.xml` (the index's own entries excluded). */
  sitemapUrls: string[];
  sitemapFiles: string[];
  page: (url: string) => BuiltPage | undefined;
}

/** Folders that are not pages of the portal: the CMS, the search index, the build's assets. */
const SKIP_DIRS = new Set(['admin', 'pagefind', '_astro']);

function walk(dir: string, root: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // The entry's own type saves a stat per file; a link is followed, as statSync does.
    const isDir = entry.isSymbolicLink() ? statSync(path).isDirectory() : entry.isDirectory();
    if (isDir) walk(path, root, out);
    else out.push(relative(root, path).split(sep).join('/'));
  }
}

function isPortalPage(file: string): boolean {
  return (
    file.endsWith('.html') && file !== '404.html' && !SKIP_DIRS.has(file.split('/')[0] ?? '') && !file.startsWith('.')
  );
}

export function urlOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

function cached(path: string): () => string {
  let text: string | undefined;
  return () => (text ??= readFileSync(path, 'utf8'));
}

export function loadBuiltSite(dir: string): BuiltSite | undefined {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
  const all: string[] = [];
  walk(dir, dir, all);
  const files = new Set(all);
  const pages = all
    .filter(isPortalPage)
    .sort()
    .map((f) => ({ url: urlOfFile(f), file: join(dir, f), html: cached(join(dir, f)) }))
    // The redirects from the old portal's paths are not pages of the portal.
    .filter((p) => !p.html().includes(REDIRECT_MARK));
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const sitemapFiles = all.filter((f) => /^sitemap[^/]*\.xml$/.test(f)).sort();
  const sitemapUrls = sitemapFiles
    .flatMap((f) => {
      const xml = readFileSync(join(dir, f), 'utf8');
      // A sitemap index lists sitemaps, not pages.
      if (/<sitemapindex\b/.test(xml)) return [];
      return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1] ?? '');
    })
    .filter(Boolean);
  return { dir, pages, files, sitemapUrls, sitemapFiles, page: (url) => byUrl.get(url) };
}

/** The site path of a same-site link, or undefined for other sites and non-page schemes. */
export function internalPath(href: string, pageUrl: string, ownHosts: readonly string[]): string | undefined {
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('#')) return undefined;
  if (/^(mailto|tel|sms|javascript|data):/i.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, `https://${ownHosts[0] ?? 'localhost'}${pageUrl}`);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  if (!ownHosts.includes(url.hostname.toLowerCase())) return undefined;
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}

/** Whether a site path resolves to a file of the built site (directory → index.html). */
export function resolvesTo(site: BuiltSite, path: string): boolean {
  const clean = path.replace(/^\/+/, '');
  if (clean === '') return site.files.has('index.html');
  if (site.files.has(clean)) return true;
  const dir = clean.endsWith('/') ? clean : `${clean}/`;
  return site.files.has(`${dir}index.html`);
}
