/**
 * The theme's routes are files (Astro's file-based routing): a URL is the path of a
 * file under themes/cong-truong/routes/. These helpers find the file that builds a
 * registry URL, so a test can say which file to move when the registry changes.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/paths.ts';

export const ROUTES_DIR = join(ROOT, 'themes/cong-truong/routes');

/** Every route file, as a path relative to the routes folder (`tin-tuc/[slug].astro`). */
export function routeFiles(dir = ROUTES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative(ROUTES_DIR, join(d.parentPath, d.name)))
    .sort();
}

/** `/tin-tuc/[slug]/` → `tin-tuc/[slug].astro`: where Astro expects the route of a pattern. */
export function detailRouteFile(pattern: string): string {
  return `${pattern.replace(/^\/|\/$/g, '')}.astro`;
}

/** The files that may build a list page: `x/index.astro`, `x.astro`, or a rest route for its pagination. */
export function listRouteFiles(url: string): string[] {
  const path = url.replace(/^\/|\/$/g, '');
  if (!path) return ['index.astro'];
  return [`${path}/index.astro`, `${path}.astro`, `${path}/[...page].astro`, `${path}/[...index].astro`];
}
