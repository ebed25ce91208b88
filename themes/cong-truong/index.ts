/**
 * The Cổng trường theme as an Astro integration (the Starlight model): it validates
 * its options, exposes the site config (and, for a Phòng or Sở, its member units)
 * to pages through a virtual module, injects every route found under `routes/`
 * (file-based, like `src/pages`) and, once the pages are built, leaves the redirects
 * from the old portal's paths and builds the search index. It adds what the theme
 * needs, as Starlight does: the admin (cms-integration.ts), MDX for its own pages,
 * the sitemap, Tailwind, its Markdown pipeline and image service; a site's
 * astro.config.mjs only says where the site is. So a plain `astro build` makes the
 * whole site; `npm run build` adds validation first, liên thông data, the audit and
 * publishing (scripts/lib/build-site.ts).
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { EMPTY_NETWORK } from '../../content-schemas/network.ts';
import { buildDataFor } from './build-data.ts';
import { runIndexing } from './indexing/run.ts';
import { leaveRedirects } from './redirects.ts';
import { membersOf } from './members.ts';
import { validateThemeOptions, type ThemeOptions } from './options.ts';
import { themeRoutes } from './route-files.ts';
import cmsIntegration from './cms-integration.ts';
import { markdownProcessor } from './lib/markdown.ts';

export type { ThemeOptions } from './options.ts';

const VIRTUAL_ID = 'virtual:cong-truong/site';
const IMAGE_SERVICE = fileURLToPath(new URL('./images/service.ts', import.meta.url));
/**
 * MDX is for the theme's own pages, written by its developers (authored/): their
 * components and props must survive, so not the editors' sanitising pipeline, which
 * would strip them. Editors' content stays Markdown (src/content.config.ts reads *.md).
 */
const THEME_MDX = { extendMarkdownConfig: false };
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
      'astro:config:setup': ({ command, config, injectRoute, updateConfig, logger }) => {
        if (unreadable.length)
          logger.warn(
            `/truong-hoc/ bỏ qua ${unreadable.join(', ')}: site.yaml chưa hợp lệ / skipped: invalid site.yaml`,
          );
        for (const route of themeRoutes()) injectRoute({ ...route, prerender: true });
        updateConfig({
          // Pages are folders with an index.html, linked with a trailing slash (routes, redirects, sitemap).
          trailingSlash: 'always',
          // One cached stylesheet for every page: cheaper than inlining it on slow 3G when a
          // visitor reads several pages, and the HTML validator does not parse Tailwind's CSS.
          build: { format: 'directory', inlineStylesheets: 'never' },
          compressHTML: true,
          devToolbar: { enabled: false },
          integrations: [
            cmsIntegration({ siteId: options.siteId, siteDir: options.siteDir, site: options.site }),
            mdx(THEME_MDX),
            sitemap(),
          ],
          // The theme's one Markdown pipeline (HTML allow-list, NFC), shared with bodyEn.
          markdown: { processor: markdownProcessor },
          // Astro's sharp service with a shared content-addressed cache and decode-once (images/).
          // Named relative to the project, as Astro hashes the entrypoint into image file names:
          // an absolute path would rename every image in another checkout.
          image: {
            service: { entrypoint: `./${relative(fileURLToPath(config.root), IMAGE_SERVICE).split(sep).join('/')}` },
          },
          vite: {
            plugins: [
              tailwindcss(),
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
