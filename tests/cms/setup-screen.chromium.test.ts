/**
 * A real deployment whose backend settings are incomplete: the mini fixture uses
 * GitHub without an OAuth proxy (cms.baseUrl), built without a local backend and
 * served from 127.0.0.1. The admin shows a Vietnamese screen naming what is
 * missing, instead of a GitHub login that would lead to Netlify; with the local
 * backend (npm run dev, the other tests) the login is there as before.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURE_SITES_DIR } from '../helpers/paths.ts';
import { loadSiteConfig } from '../../content-schemas/validate.ts';
import { adminFiles } from '../../themes/cong-truong/cms-integration.ts';
import { useAdminSandbox } from './helpers/admin-sandbox.ts';

const SITE = 'mini';
const cms = useAdminSandbox({ site: SITE, decap: false });

describe('admin of a site whose backend is not configured', () => {
  it('explains in Vietnamese what is missing, with no login that leads elsewhere', async () => {
    const page = await cms.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${cms.server.url}/admin/`);
    await page.getByRole('heading', { name: 'Trang quản trị chưa được kết nối với kho nội dung' }).waitFor();
    await expect(
      page.getByText('GitHub: thiếu cms.baseUrl (máy chủ OAuth) nên không đăng nhập được.').count(),
    ).resolves.toBe(1);
    await expect(page.getByText('bộ phận công nghệ thông tin').count()).resolves.toBe(1);
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/Đăng nhập bằng GitHub|Netlify|needs cms/);
    expect(requests.filter((url) => !/^(https?:\/\/127\.0\.0\.1|data:|blob:)/.test(url))).toEqual([]);
    await page.close();
  });

  it('keeps the login when a local backend is configured', () => {
    const dir = join(FIXTURE_SITES_DIR, SITE);
    const site = loadSiteConfig(dir);
    expect(adminFiles(site, dir, { entry: 'cms-x.js' }).html).toContain('cong-truong:setup-problems');
    expect(adminFiles(site, dir, { entry: 'cms-x.js' }, 'http://127.0.0.1:8081/api/v1').html).not.toContain(
      'cong-truong:setup-problems',
    );
  });
});
