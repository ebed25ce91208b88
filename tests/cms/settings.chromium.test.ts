/**
 * «Cài đặt cổng» shows the school's facts but not the technical settings (domain,
 * Git backend, repository, OAuth, province profile): in headless Chromium against
 * decap-server (git mode) and the real build of the mini fixture, an editor
 * changes the phone number, and the saved site.yaml keeps every technical key.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useAdminSandbox } from './helpers/admin-sandbox.ts';
import { chooseOption, openAdmin } from './helpers/admin-page.ts';

const SITE = 'mini';
const cms = useAdminSandbox({ site: SITE });

describe('«Cài đặt cổng» for editors', () => {
  it('edits the school’s facts, hides the technical settings and keeps them in site.yaml', async () => {
    const before = parse(cms.repo.git('show', `main:sites/${SITE}/site.yaml`)) as Record<string, unknown>;
    const page = await openAdmin(cms.browser, cms.server.url);
    await page.goto(`${cms.server.url}/admin/#/collections/settings/entries/site`);
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
    const branch = cms.repo.git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms').trim();
    expect(branch).toMatch(/^cms\/settings\//);
    const after = parse(cms.repo.git('show', `${branch}:sites/${SITE}/site.yaml`)) as Record<string, unknown>;
    expect(after.phone).toBe('028 3896 5678');
    expect(after.domain).toBe(before.domain);
    expect(after.cms).toEqual(before.cms);
    await page.close();
  });
});
