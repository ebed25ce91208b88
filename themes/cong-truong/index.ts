/**
 * The Cổng trường theme as an Astro integration (the Starlight model): it receives
 * the validated site config, exposes it (and, for a Phòng or Sở, its member units)
 * to pages through a virtual module, injects every route found under `routes/`
 * (file-based, like `src/pages`) and, once the pages are built, leaves the redirects
 * from the old portal's paths.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../../content-schemas/site.ts';
import { EMPTY_NETWORK, type Network } from '../../content-schemas/network.ts';
import { readSite } from '../../content-schemas/validate.ts';
import { readRedirectsFile, redirectsOf, writeRedirects } from './redirects.ts';
import { membersOf } from './members.ts';
import { themeRoutes } from './route-files.ts';

export interface ThemeOptions {
  siteId: string;
  siteDir: string;
  site: SiteConfig;
  /** Liên thông data assembled by the build (scripts/lib/network/); none by default. */
  network?: Network;
}

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

export default function congTruong(options: ThemeOptions): AstroIntegration {
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
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = resolve(options.siteDir);
        // Handed on by the build, which has read the entries already; read them here otherwise.
        const redirects = readRedirectsFile() ?? redirectsOf(readSite(siteDir, dirname(siteDir)).entries);
        const { written, skipped } = writeRedirects(fileURLToPath(dir), redirects, {
          url: `https://${options.site.domain}/`,
          name: options.site.name,
        });
        if (written.length)
          logger.info(`${written.length} trang chuyển hướng từ cổng cũ / redirects from the old portal`);
        for (const r of skipped) {
          logger.warn(
            `${r.file}: bỏ qua đường dẫn cũ "${r.from}" vì bài chưa có trang trên cổng mới / old path skipped: the entry has no page on the new portal`,
          );
        }
      },
    },
  };
}
