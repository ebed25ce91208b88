// Builds one school site. The build script sets CONG_TRUONG_SITE (and the output
// folder); everything else comes from sites/<id>/site.yaml, validated by the schemas.
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import congTruong from './themes/cong-truong/index.ts';
import { loadSiteConfig } from './content-schemas/validate.ts';
import { readNetworkFile } from './content-schemas/network.ts';

const siteId = process.env.CONG_TRUONG_SITE;
if (!siteId) {
  throw new Error(
    'Chưa chọn trường: chạy "npm run build -- --site <id>". / No site selected: run "npm run build -- --site <id>".',
  );
}
const sitesRoot = process.env.CONG_TRUONG_SITES_DIR ?? './sites';
const siteDir = `${sitesRoot}/${siteId}`;
const site = loadSiteConfig(siteDir);
// Liên thông: what the build read from the other portals of the hierarchy (scripts/lib/network/).
const network = readNetworkFile();
// Astro's content cache records entry paths relative to the project root. Builds run
// in private roots (scripts/lib/build-root.ts), `npm run dev` in the checkout: each
// place gets its own cache, or a cache written by one loses the other's images.
const placeKey = createHash('sha1')
  .update(relative(process.cwd(), resolve(siteDir)))
  .digest('hex')
  .slice(0, 8);

export default defineConfig({
  site: `https://${site.domain}`,
  srcDir: './themes/cong-truong/src',
  publicDir: `${siteDir}/public`,
  outDir: process.env.CONG_TRUONG_OUT ?? `./dist/${siteId}`,
  // One cache per site and place: the content store and image cache must not mix between schools.
  cacheDir: `${process.env.CONG_TRUONG_CACHE_DIR ?? './node_modules/.astro'}/${siteId}-${placeKey}`,
  // Everything else the theme needs (URLs with a trailing slash, the admin, MDX, the
  // sitemap, Tailwind, its Markdown pipeline and image service) it sets itself.
  integrations: [congTruong({ siteId, siteDir, site, network })],
});
