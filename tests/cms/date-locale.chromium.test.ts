/**
 * Dates on an English browser (many school PCs run English Windows): the admin
 * in a Chromium context with locale en-US, against decap-server and the real
 * build of the mini fixture. Dates are shown as dd/mm/yyyy, typed day first, and
 * stored as YYYY-MM-DD; a day that does not exist is refused at save, in Vietnamese.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../helpers/paths.ts';
import { useAdminSandbox } from './helpers/admin-sandbox.ts';
import { chooseOption, upload } from './helpers/admin-page.ts';
import { openPhoneAdmin } from './helpers/phone.ts';

const SITE = 'mini';
const cms = useAdminSandbox({
  site: SITE,
  uploads: (dir) => copyFileSync(join(ROOT, 'tests/fixtures/cms/cong-van-125.pdf'), join(dir, 'quyet-dinh-210.pdf')),
});

async function openEnglish(path: string): Promise<Page> {
  cms.page = await openPhoneAdmin(cms.browser, cms.server.url, { locale: 'en-US' });
  expect(await cms.page.evaluate(() => navigator.language)).toBe('en-US');
  await cms.page.goto(`${cms.server.url}/admin/#/collections/${path}`);
  await cms.page.getByRole('button', { name: 'Lưu' }).waitFor();
  return cms.page;
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
    await upload(page, 'Chọn tệp', cms.uploads, 'quyet-dinh-210.pdf');
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
    expect(cms.repo.git('for-each-ref', '--format=%(refname)', 'refs/heads/cms')).toBe('');

    await issued.fill('');
    await issued.pressSequentially('20/11/2025');
    // Leaving the field writes the date out in full.
    await issued.press('Tab');
    await expect.poll(() => effective.inputValue()).toBe('05/12/2025');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('button', { name: /^Trạng thái:/ }).waitFor();
    const slug = 'quyet-dinh-thanh-lap-ban-bien-tap-cong-thong-tin-dien-tu';
    const file = cms.repo.git('show', `cms/documents/${slug}:sites/${SITE}/content/van-ban/${slug}.md`);
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
