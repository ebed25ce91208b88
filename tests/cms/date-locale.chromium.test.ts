/**
 * Dates on an English browser (many school PCs run English Windows): the admin
 * in a Chromium context with locale en-US, against decap-server and the real
 * build of the mini fixture. Dates are shown as dd/mm/yyyy, typed day first, and
 * stored as YYYY-MM-DD; a day that does not exist is refused at save, in Vietnamese.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { FIXTURE_SITES_DIR, ROOT } from '../helpers/paths.ts';
import {
  buildWithAdmin,
  createSiteRepo,
  startDecapServer,
  type DecapServer,
  type SiteRepo,
} from './helpers/sandbox.ts';
import { cleanUpAfter } from './helpers/evidence.ts';
import { chooseOption, upload } from './helpers/admin-page.ts';
import { openPhoneAdmin } from './helpers/phone.ts';

const SITE = 'mini';
let repo: SiteRepo;
let decap: DecapServer;
let server: StaticServer;
let browser: Browser;
let current: Page | undefined;
let uploads: string;

beforeAll(async () => {
  repo = createSiteRepo(join(FIXTURE_SITES_DIR, SITE), SITE);
  uploads = join(repo.base, 'uploads');
  mkdirSync(uploads);
  copyFileSync(join(ROOT, 'tests/fixtures/cms/cong-van-125.pdf'), join(uploads, 'quyet-dinh-210.pdf'));
  decap = await startDecapServer(repo.root, 'git');
  const built = await buildWithAdmin(repo, SITE, join(repo.base, 'dist'), decap.url);
  if (!built.ok) throw new Error(`build failed:\n${built.error}`);
  server = await serve(join(repo.base, 'dist', SITE));
  browser = await launchBrowser();
});

cleanUpAfter(() => ({ page: current, browser, server, decap, repo }));

async function openEnglish(path: string): Promise<Page> {
  current = await openPhoneAdmin(browser, server.url, { locale: 'en-US' });
  expect(await current.evaluate(() => navigator.language)).toBe('en-US');
  await current.goto(`${server.url}/admin/#/collections/${path}`);
  await current.getByRole('button', { name: 'Lưu' }).waitFor();
  return current;
}

/** Today in Vietnam as dd/mm/yyyy, computed here independently of the admin. */
function todayVn(): string {
  const [y, m, d] = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

describe('dates on an en-US browser', () => {
  it('shows the default publication date as dd/mm/yyyy', async () => {
    const page = await openEnglish('news/new');
    await expect.poll(() => page.getByLabel('Ngày đăng', { exact: true }).inputValue()).toBe(todayVn());
  });

  it('takes dates typed day first and stores them as YYYY-MM-DD; an impossible day is refused', async () => {
    const page = await openEnglish('documents/new');
    await page
      .getByLabel('Trích yếu', { exact: true })
      .fill('Quyết định thành lập Ban biên tập cổng thông tin điện tử');
    await page.getByLabel('Số ký hiệu', { exact: true }).fill('210/QĐ-THCSTN');
    await chooseOption(page, 'Loại văn bản', 'Quyết định');
    await page.getByLabel('Cơ quan ban hành', { exact: true }).fill('Trường THCS Thử Nghiệm');
    await chooseOption(page, 'Cấp ban hành', 'Nhà trường');
    await page.getByRole('button', { name: 'Thêm tệp đính kèm' }).click();
    await page.getByLabel('Tên tệp', { exact: true }).fill('Toàn văn quyết định');
    await upload(page, 'Chọn tệp', uploads, 'quyet-dinh-210.pdf');
    const issued = page.getByLabel('Ngày ban hành', { exact: true });
    const effective = page.getByLabel(/^Ngày hiệu lực/);
    await issued.pressSequentially('31/02/2025');
    await effective.pressSequentially('5/12/2025');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page
      .getByText(
        '«Ngày ban hành»: «31/02/2025» không phải một ngày có thật. Ghi theo dạng ngày/tháng/năm, ví dụ 05/09/2025.',
      )
      .waitFor();
    expect(repo.git('for-each-ref', '--format=%(refname)', 'refs/heads/cms')).toBe('');

    await issued.fill('');
    await issued.pressSequentially('20/11/2025');
    // Leaving the field writes the date out in full.
    await issued.press('Tab');
    await expect.poll(() => effective.inputValue()).toBe('05/12/2025');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('button', { name: /^Trạng thái:/ }).waitFor();
    const slug = 'quyet-dinh-thanh-lap-ban-bien-tap-cong-thong-tin-dien-tu';
    const file = repo.git('show', `cms/documents/${slug}:sites/${SITE}/content/van-ban/${slug}.md`);
    expect(file).toContain('issued: 2025-11-20');
    expect(file).toContain('effective: 2025-12-05');

    // Opened again, the saved entry shows the same dd/mm/yyyy.
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Ngày ban hành', { exact: true }).inputValue(), { timeout: 20_000 })
      .toBe('20/11/2025');
    await expect.poll(() => page.getByLabel(/^Ngày hiệu lực/).inputValue()).toBe('05/12/2025');
  });
});
