/**
 * «Cài đặt cổng» shows the school's facts but not the technical settings (domain,
 * Git backend, repository, OAuth, province profile): in headless Chromium against
 * decap-server (git mode) and the real build of the mini fixture, an editor
 * changes the phone number, and the saved site.yaml keeps every technical key.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { FIXTURE_SITES_DIR } from '../helpers/paths.ts';
import {
  buildWithAdmin,
  createSiteRepo,
  startDecapServer,
  type DecapServer,
  type SiteRepo,
} from './helpers/sandbox.ts';
import { cleanUpAfter } from './helpers/evidence.ts';
import { chooseOption, openAdmin } from './helpers/admin-page.ts';

const SITE = 'mini';
let repo: SiteRepo;
let decap: DecapServer;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  repo = createSiteRepo(join(FIXTURE_SITES_DIR, SITE), SITE);
  decap = await startDecapServer(repo.root, 'git');
  const built = await buildWithAdmin(repo, SITE, join(repo.base, 'dist'), decap.url);
  if (!built.ok) throw new Error(`build failed:\n${built.error}`);
  server = await serve(join(repo.base, 'dist', SITE));
  browser = await launchBrowser();
});

cleanUpAfter(() => ({ browser, server, decap, repo }));

describe('«Cài đặt cổng» for editors', () => {
  it('edits the school’s facts, hides the technical settings and keeps them in site.yaml', async () => {
    const before = parse(repo.git('show', `main:sites/${SITE}/site.yaml`)) as Record<string, unknown>;
    const page = await openAdmin(browser, server.url);
    await page.goto(`${server.url}/admin/#/collections/settings/entries/site`);
    const phone = page.getByLabel('Điện thoại', { exact: true });
    await phone.waitFor();
    for (const label of ['Tên miền', 'Bộ tiêu chí của địa phương'])
      await expect(page.getByText(label, { exact: true }).count(), label).resolves.toBe(0);
    await expect(page.getByText('Tên đầy đủ của đơn vị', { exact: true }).count()).resolves.toBe(1);
    await phone.fill('028 3896 5678');
    // mini's site.yaml leaves «Loại hình» to its default, which Decap does not fill in an existing file.
    await chooseOption(page, 'Loại hình', 'Công lập');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('button', { name: /^Trạng thái:/ }).waitFor();
    const branch = repo.git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms').trim();
    expect(branch).toMatch(/^cms\/settings\//);
    const after = parse(repo.git('show', `${branch}:sites/${SITE}/site.yaml`)) as Record<string, unknown>;
    expect(after.phone).toBe('028 3896 5678');
    expect(after.domain).toBe(before.domain);
    expect(after.cms).toEqual(before.cms);
    await page.close();
  });
});
