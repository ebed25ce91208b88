/**
 * The theme's route files (themes/cong-truong/routes/). A collection's folder is served
 * where the registry puts it (route-files.ts); every other file at its own path, which
 * these helpers turn into the files a URL may come from.
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

/** The files that may build a list page: `x/index.astro`, `x.astro`, or a rest route for its pagination. */
export function listRouteFiles(url: string): string[] {
  const path = url.replace(/^\/|\/$/g, '');
  if (!path) return ['index.astro'];
  return [`${path}/index.astro`, `${path}.astro`, `${path}/[...page].astro`, `${path}/[...index].astro`];
}
