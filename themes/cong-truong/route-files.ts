/**
 * The theme's pages: every file under `routes/` (file-based, like `src/pages`) and
 * the URL pattern Astro serves it at.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROUTES_DIR = fileURLToPath(new URL('./routes/', import.meta.url));
const ROUTE_FILE = /\.(astro|ts)$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** `routes/tin-tuc/[slug].astro` → `/tin-tuc/[slug]`; `index` files map to their folder. */
export function routePattern(file: string): string {
  const path = relative(ROUTES_DIR, file).split(sep).join('/').replace(ROUTE_FILE, '');
  const pattern = `/${path}`.replace(/\/index$/, '/');
  return pattern === '/' ? '/' : pattern.replace(/\/$/, '');
}

/** Every page file of the theme with its pattern, as injectRoute wants them. */
export function themeRoutes(): { pattern: string; entrypoint: string }[] {
  return listFiles(ROUTES_DIR)
    .filter((f) => ROUTE_FILE.test(f) && !f.endsWith('.d.ts'))
    .map((file) => ({ pattern: routePattern(file), entrypoint: file }));
}
