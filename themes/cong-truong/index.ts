/**
 * The Cổng trường theme as an Astro integration (the Starlight model): it validates
 * its options, exposes the site config (and, for a Phòng or Sở, its member units)
 * to pages through a virtual module, injects every route found under `routes/`
 * (file-based, like `src/pages`) and, once the pages are built, leaves the redirects
 * from the old portal's paths and builds the search index. So a plain `astro build`
 * makes the whole site; `npm run build` adds validation first, liên thông data, the
 * audit and publishing (scripts/lib/build-site.ts).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EMPTY_NETWORK } from '../../content-schemas/network.ts';
import { buildDataFor } from './build-data.ts';
import { runIndexing } from './indexing/run.ts';
import { leaveRedirects } from './redirects.ts';
import { membersOf } from './members.ts';
import { validateThemeOptions, type ThemeOptions } from './options.ts';
import { themeRoutes } from './route-files.ts';

export type { ThemeOptions } from './options.ts';

const VIRTUAL_ID = 'virtual:cong-truong/site';
const NETWORK_ID = 'virtual:cong-truong/network';

/**
 * A build needs no pre-bundled dependencies (they serve the dev server's browser),
 * yet the temporary Vite server behind Astro's content sync bundled the dev
 * toolbar on every build, into node_modules/.vite shared by every build root, where
 * builds side by side removed each other's copy. Off for builds, the way Vite turns
 * it off itself (noDiscovery and no include); `npm run dev` keeps it.
 */
const withoutDepOptimizer = {
  name: 'cong-truong-no-dep-optimizer',
  configResolved(config: {
    optimizeDeps: { noDiscovery?: boolean; include?: string[] };
    environments: Record<string, { optimizeDeps: { noDiscovery?: boolean; include?: string[] } }>;
  }) {
    for (const options of [config.optimizeDeps, ...Object.values(config.environments).map((env) => env.optimizeDeps)]) {
      options.noDiscovery = true;
      options.include = [];
    }
  },
};

export default function congTruong(given: ThemeOptions): AstroIntegration {
  const options = validateThemeOptions(given);
  // Schools have no member units; a Phòng or Sở lists the sites that name it as parent.
  const { members, unreadable } =
    options.site.unitType === 'truong'
      ? { members: [], unreadable: [] }
      : membersOf(dirname(resolve(options.siteDir)), options.siteId);
  const moduleSource = `export const siteId = ${JSON.stringify(options.siteId)};
export const members = ${JSON.stringify(members)};
export const siteDir = ${JSON.stringify(resolve(options.siteDir))};
export const site = ${JSON.stringify(options.site)};
export const buildDate = new Date(${JSON.stringify(new Date().toISOString())});`;
  const networkSource = `export const network = ${JSON.stringify(options.network ?? EMPTY_NETWORK)};`;
  const modules = new Map([
    [`\0${VIRTUAL_ID}`, moduleSource],
    [`\0${NETWORK_ID}`, networkSource],
  ]);
  return {
    name: 'cong-truong',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, updateConfig, logger }) => {
        if (unreadable.length)
          logger.warn(
            `/truong-hoc/ bỏ qua ${unreadable.join(', ')}: site.yaml chưa hợp lệ / skipped: invalid site.yaml`,
          );
        for (const route of themeRoutes()) injectRoute({ ...route, prerender: true });
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'cong-truong-site-config',
                resolveId: (id: string) => (id === VIRTUAL_ID || id === NETWORK_ID ? `\0${id}` : undefined),
                load: (id: string) => modules.get(id),
              },
              ...(command === 'build' ? [withoutDepOptimizer] : []),
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The entries' redirects and search records, read once (handed on by the build, or read here).
        const data = buildDataFor(resolve(options.siteDir));
        leaveRedirects(outDir, data.redirects, options.site, logger);
        const indexed = await runIndexing(outDir, {
          records: data.searchRecords,
          unit: options.site.name,
          network: options.network ?? EMPTY_NETWORK,
          onWarning: (message) => logger.warn(`tìm kiếm / search: ${message}`),
        });
        logger.info(`${indexed.pages} trang trong chỉ mục tìm kiếm / pages in the search index`);
      },
    },
  };
}
