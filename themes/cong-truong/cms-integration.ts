/**
 * Decap CMS at `/admin/` of every site, as an Astro integration: at build it
 * writes `admin/index.html`, `admin/config.yml` (generated from content-schemas
 * for this site) and the cached admin bundle into the output; in `astro dev` it
 * serves the same files from memory, with `local_backend` on so decap-server
 * edits the files on disk.
 *
 * CONG_TRUONG_CMS_LOCAL_BACKEND=<url> also turns the local backend on in a build
 * (to try a built admin against decap-server on this machine, as the tests do).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../../content-schemas/site.ts';
import { loadSiteConfig } from '../../content-schemas/validate.ts';
import {
  buildCmsConfig,
  cmsConfigYaml,
  type AudienceUnit,
  type ExistingDisclosure,
  type GeneratedCmsConfig,
} from '../../content-schemas/cms/index.ts';
import { readNetworkFile, type Network } from '../../content-schemas/network.ts';
import { membersOf } from '../../content-schemas/members.ts';
import { ensureAdminBundle, type AdminBundle } from './admin/bundle.ts';
import { adminPage } from './admin/html.ts';

export interface CmsIntegrationOptions {
  siteId: string;
  siteDir: string;
  site: SiteConfig;
}

/**
 * The Git repository holding the site: config paths are relative to it. Real
 * paths, because builds run in a private root made of symlinks (build-root.ts).
 */
export function repoRoot(from: string): string {
  let dir = realpathSync(resolve(from));
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export function sitePathInRepo(siteDir: string): string {
  return relative(repoRoot(siteDir), realpathSync(resolve(siteDir)))
    .split('\\')
    .join('/');
}

export interface AdminFiles {
  html: string;
  yaml: string;
  generated: GeneratedCmsConfig;
}

/**
 * The units a Phòng or Sở may address (`audience`): its members in the sites folder
 * at any depth (a Sở's offices, then their schools), then the remote members the
 * build read over HTTPS (Network.members). None for a school.
 */
export function audienceUnits(site: SiteConfig, siteDir: string, network: Network = readNetworkFile()): AudienceUnit[] {
  if (site.unitType === 'truong') return [];
  const sitesDir = dirname(resolve(siteDir));
  const self = resolve(siteDir).split(/[\\/]/).pop() ?? '';
  const seen = new Set([self]);
  const units: AudienceUnit[] = [];
  const walk = (unitId: string, via: string[]) => {
    for (const member of membersOf(sitesDir, unitId).members) {
      if (seen.has(member.id)) continue;
      seen.add(member.id);
      units.push({ id: member.id, name: member.name, ...(via.length ? { via } : {}) });
      if (member.unitType !== 'truong') walk(member.id, [...via, member.name]);
    }
  };
  walk(self, []);
  for (const { unit } of network.members) if (!seen.has(unit.id)) units.push({ id: unit.id, name: unit.name });
  return units;
}

/** The site's công khai entries (item and năm học of each), for the save rule "one entry per item and năm học". */
export function existingDisclosures(siteDir: string): ExistingDisclosure[] {
  const folder = join(siteDir, 'content/cong-khai');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => {
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(folder, name), 'utf8'))?.[1];
      if (!front) return [];
      try {
        const data = parseYaml(front) as Record<string, unknown>;
        return [{ slug: name.replace(/\.md$/, ''), title: data.title, item: data.item, schoolYear: data.schoolYear }];
      } catch {
        // The build's validation reports a broken file with its name; the admin just skips it.
        return [];
      }
    });
}

export function adminFiles(
  site: SiteConfig,
  siteDir: string,
  bundle: Pick<AdminBundle, 'entry'>,
  localBackend?: boolean | string,
): AdminFiles {
  const generated = buildCmsConfig({
    site,
    sitePath: sitePathInRepo(siteDir),
    localBackend,
    members: audienceUnits(site, siteDir),
    disclosures: existingDisclosures(siteDir),
  });
  const html = adminPage({
    title: site.shortName,
    entry: bundle.entry,
    primary: site.theme.primary,
    connectOrigins: generated.connectOrigins,
    saveRules: generated.saveRules,
    setupProblems: localBackend ? [] : generated.warnings,
  });
  return { html, yaml: cmsConfigYaml(generated), generated };
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export default function cmsIntegration(options: CmsIntegrationOptions): AstroIntegration {
  const envBackend = process.env.CONG_TRUONG_CMS_LOCAL_BACKEND;
  return {
    name: 'cong-truong-cms',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const bundle = ensureAdminBundle();
        bundle.catch((error: unknown) =>
          logger.error(`Không đóng gói được trang quản trị / admin bundle failed: ${String(error)}`),
        );
        server.middlewares.use('/admin', (req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://x').pathname;
          if (req.originalUrl === '/admin') return void res.writeHead(301, { location: '/admin/' }).end();
          bundle
            .then((b) => {
              // Re-read site.yaml on every request, so edits made through the CMS show up.
              const files = adminFiles(loadSiteConfig(options.siteDir), options.siteDir, b, envBackend ?? true);
              if (path === '/' || path === '/index.html')
                return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(files.html);
              if (path === '/config.yml')
                return void res.writeHead(200, { 'content-type': 'text/yaml; charset=utf-8' }).end(files.yaml);
              const file = join(b.dir, path);
              if (!file.startsWith(b.dir) || !b.files.includes(path.slice(1)) || !statSync(file).isFile())
                return next();
              res.writeHead(200, {
                'content-type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream',
              });
              res.end(readFileSync(file));
            })
            .catch(next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = join(fileURLToPath(dir), 'admin');
        const bundle = await ensureAdminBundle();
        const files = adminFiles(options.site, options.siteDir, bundle, envBackend);
        for (const warning of files.generated.warnings) logger.warn(`${options.siteId}: ${warning}`);
        mkdirSync(outDir, { recursive: true });
        for (const file of bundle.files) cpSync(join(bundle.dir, file), join(outDir, file));
        writeFileSync(join(outDir, 'index.html'), files.html);
        writeFileSync(join(outDir, 'config.yml'), files.yaml);
        logger.info(
          `/admin/: ${bundle.built ? 'đóng gói mới / bundled' : 'dùng bản đã đóng gói / cached bundle'} ${bundle.key}`,
        );
      },
    },
  };
}
