/**
 * The theme's pages: every file under `routes/` (file-based, like `src/pages`) and
 * the URL pattern Astro serves it at. A collection's folder is served where the
 * registry (content-schemas/index.ts) puts the collection, so its URL is changed there
 * and nowhere else; every other file is served at its own path.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS, type CollectionName } from '../../content-schemas/index.ts';

const ROUTES_DIR = fileURLToPath(new URL('./routes/', import.meta.url));
const ROUTE_FILE = /\.(astro|ts)$/;

/**
 * Route folders (or, for leaders, the file) holding a collection's pages, named after
 * the collection's usual address so the layout reads like the site. Inside a folder,
 * `index`/rest routes and filters (`chuyen-muc/…`, `trang/…`) sit under the registry's
 * `url`, and `[slug]` is its `detail` pattern.
 */
export const COLLECTION_ROUTES = {
  'tin-tuc': 'news',
  'van-ban': 'documents',
  'cong-khai': 'disclosures',
  'tuyen-sinh': 'admissions',
  'gioi-thieu/lanh-dao': 'leaders',
  'hoi-dap': 'qa',
  'lay-y-kien': 'consultations',
  'thu-vien-anh': 'albums',
  'thuc-don': 'menus',
  'ke-hoach-tuan': 'plans',
} as const satisfies Record<string, CollectionName>;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** `tin-tuc/[slug]` → the collection's folder and what follows it (`/[slug]`), if any. */
function collectionOf(path: string): { collection: CollectionName; rest: string } | undefined {
  for (const [folder, collection] of Object.entries(COLLECTION_ROUTES)) {
    if (path === folder || path.startsWith(`${folder}/`)) return { collection, rest: path.slice(folder.length) };
  }
  return undefined;
}

/** A route path below `routes/` (`tin-tuc/[slug]`) placed where the registry puts its collection. */
function registryPath(path: string): string {
  const found = collectionOf(path);
  if (!found) return `/${path}`;
  const { url, detail } = COLLECTIONS[found.collection];
  if (found.rest === '/[slug]' && detail) return detail.slice(0, -1);
  return `${url.slice(0, -1)}${found.rest}`;
}

/** `routes/tin-tuc/[slug].astro` → `/tin-tuc/[slug]` (the registry's pattern); `index` files map to their folder. */
export function routePattern(file: string): string {
  const path = relative(ROUTES_DIR, file).split(sep).join('/').replace(ROUTE_FILE, '');
  const pattern = registryPath(path).replace(/\/index$/, '/');
  return pattern === '/' ? '/' : pattern.replace(/\/$/, '');
}

/** Every page file of the theme with its pattern, as injectRoute wants them. */
export function themeRoutes(): { pattern: string; entrypoint: string }[] {
  return listFiles(ROUTES_DIR)
    .filter((f) => ROUTE_FILE.test(f) && !f.endsWith('.d.ts'))
    .map((file) => ({ pattern: routePattern(file), entrypoint: file }));
}
