/**
 * The set-up every Chromium CMS suite shares, written once: fixture sites in a
 * throwaway Git repository, decap-server in git mode on it, the real build of one
 * site with its admin pointed at that decap-server, a static server and Chromium.
 * Registers the suite's beforeAll and, through cleanUpAfter, its afterEach/afterAll.
 */
import { beforeAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser.ts';
import { serve, type StaticServer } from '../../helpers/serve.ts';
import { FIXTURE_SITES_DIR } from '../../helpers/paths.ts';
import { buildWithAdmin, createSitesRepo, startDecapServer, type DecapServer, type SiteRepo } from './sandbox.ts';
import { cleanUpAfter } from './evidence.ts';

export interface AdminSandboxOptions {
  /** The site built and served (default: mini). */
  site?: string;
  /** Where the fixture sites come from (default: tests/fixtures/sites). */
  sitesDir?: string;
  /** Other sites of `sitesDir` committed beside it (a Phòng's schools). */
  withSites?: string[];
  /** Fills the editor's own folder of files to upload, before anything starts. */
  uploads?: (dir: string) => void | Promise<void>;
  /** false: no decap-server, so the admin shows its set-up screen. */
  decap?: boolean;
  /** Name prefix of the screenshot and decap-server log a failed test leaves (see cleanUpAfter). */
  evidence?: string;
}

/** Filled in by beforeAll; `page` is the running test's page, closed after it. */
export interface AdminSandbox {
  site: string;
  repo: SiteRepo;
  decap?: DecapServer;
  server: StaticServer;
  browser: Browser;
  /** The editor's computer: files picked for upload, outside the repository. */
  uploads: string;
  /** Where the site was built (outside the repository: decap-server's git mode commits everything in it). */
  outRoot: string;
  page?: Page;
}

export function useAdminSandbox(options: AdminSandboxOptions = {}): AdminSandbox {
  const { site = 'mini', sitesDir = FIXTURE_SITES_DIR, withSites = [] } = options;
  const sandbox = { site } as AdminSandbox;
  beforeAll(async () => {
    sandbox.repo = createSitesRepo([site, ...withSites].map((id) => [join(sitesDir, id), id] as const));
    sandbox.uploads = join(sandbox.repo.base, 'uploads');
    mkdirSync(sandbox.uploads);
    await options.uploads?.(sandbox.uploads);
    if (options.decap !== false) sandbox.decap = await startDecapServer(sandbox.repo.root, 'git');
    sandbox.outRoot = join(sandbox.repo.base, 'dist');
    const built = await buildWithAdmin(sandbox.repo, site, sandbox.outRoot, sandbox.decap?.url);
    if (!built.ok) throw new Error(`build failed:\n${built.error}`);
    sandbox.server = await serve(join(sandbox.outRoot, site));
    sandbox.browser = await launchBrowser();
  });
  cleanUpAfter(() => sandbox, options.evidence);
  return sandbox;
}
