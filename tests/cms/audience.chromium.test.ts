/**
 * "Gửi đến các đơn vị" (audience) in the real admin, in headless Chromium: a
 * temporary Git repository with the network fixture's Phòng and its two schools,
 * decap-server in git mode, the real build of the Phòng with its generated admin.
 * The Phòng's editor writes a văn bản addressed to one level, and the file in Git
 * holds the contract's YAML; reopening shows the same choice; changing it to one
 * unit, to every unit and to "not sent" writes `{levels, units}`, `all` and no key;
 * published, the file on main passes the build's own validation of the Phòng.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { audience } from '../../content-schemas/audience.ts';
import { readSite } from '../../content-schemas/validate.ts';
import { NETWORK_SITES_DIR, ROOT } from '../helpers/paths.ts';
import { useAdminSandbox } from './helpers/admin-sandbox.ts';
import { chooseOption, newEntry, openAdmin, saveNew, upload } from './helpers/admin-page.ts';

const UNIT = 'phong-vhxh-thu-nghiem';
const SLUG = 'huong-dan-to-chuc-ngay-hoi-doc-sach-cap-tieu-hoc';
const BRANCH = `cms/documents/${SLUG}`;
const FILE = `sites/${UNIT}/content/van-ban/${SLUG}.md`;

const cms = useAdminSandbox({
  site: UNIT,
  sitesDir: NETWORK_SITES_DIR,
  withSites: ['th-thu-nghiem', 'thcs-thu-nghiem'],
  evidence: 'cms-audience',
  uploads: (dir) => copyFileSync(join(ROOT, 'tests/fixtures/cms/cong-van-125.pdf'), join(dir, 'Hướng dẫn 318.pdf')),
});

/** The front matter of the văn bản as committed on its review branch. */
function frontMatter(): { text: string; data: Record<string, unknown> } {
  const text = cms.repo.git('show', `${BRANCH}:${FILE}`);
  const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return { text: yaml, data: parseYaml(yaml) as Record<string, unknown> };
}

const radio = (page: Page, name: string) => page.getByRole('radio', { name, exact: true });
const box = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });

async function openEntry(): Promise<Page> {
  const page = await openAdmin(cms.browser, cms.server.url);
  cms.page = page;
  await page.goto(`${cms.server.url}/admin/#/collections/documents/entries/${SLUG}`);
  await radio(page, 'Không gửi (chỉ đăng trên cổng này)').waitFor();
  return page;
}

/** Saves an entry already on its branch and waits for Git to hold a different file. */
async function saveAgain(page: Page): Promise<void> {
  const before = frontMatter().text;
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(() => frontMatter().text, { timeout: 30_000 }).not.toBe(before);
}

describe('"Gửi đến các đơn vị" in the admin of a Phòng', () => {
  it('addresses a new văn bản to one level: the file holds `audience: {levels: [tieu-hoc], units: []}`', async () => {
    const page = await openAdmin(cms.browser, cms.server.url);
    cms.page = page;
    await newEntry(page, cms.server.url, 'documents');
    await page.getByLabel('Trích yếu', { exact: true }).fill('Hướng dẫn tổ chức Ngày hội đọc sách cấp tiểu học');
    await page.getByLabel('Số ký hiệu', { exact: true }).fill('318/HD-VHXH');
    await chooseOption(page, 'Loại văn bản', 'Hướng dẫn');
    await page.getByLabel('Cơ quan ban hành', { exact: true }).fill('Phòng Văn hóa - Xã hội phường Hòa Bình');
    await chooseOption(page, 'Cấp ban hành', 'UBND xã, phường (Phòng Văn hóa - Xã hội)');
    await page.getByLabel('Ngày ban hành', { exact: true }).fill('2026-12-01');
    await page.getByRole('button', { name: 'Thêm tệp đính kèm' }).click();
    await page.getByLabel('Tên tệp', { exact: true }).fill('Toàn văn hướng dẫn');
    await upload(page, 'Chọn tệp', cms.uploads, 'Hướng dẫn 318.pdf');

    // Not sent by default; "by level and unit" shows the levels and the schools by name.
    await expect(radio(page, 'Không gửi (chỉ đăng trên cổng này)').isChecked()).resolves.toBe(true);
    await expect(box(page, 'Tiểu học').count()).resolves.toBe(0);
    await radio(page, 'Chọn theo cấp học và đơn vị').check();
    for (const name of [
      'Mầm non',
      'Tiểu học',
      'Trung học cơ sở',
      'Trường Tiểu học Hòa Bình',
      'Trường Trung học cơ sở Hòa Bình',
    ])
      await box(page, name).waitFor();

    // Nothing ticked: the save is refused with the reason, and nothing reaches Git.
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page
      .getByText(/hãy chọn ít nhất một cấp học hoặc một đơn vị/)
      .first()
      .waitFor();
    expect(cms.repo.git('branch', '--list', BRANCH).trim()).toBe('');

    await box(page, 'Tiểu học').check();
    await saveNew(page);
    const { text, data } = frontMatter();
    expect(data.audience).toEqual({ levels: ['tieu-hoc'], units: [] });
    expect(audience().parse(data.audience)).toEqual({ levels: ['tieu-hoc'], units: [] });
    expect(text).toMatch(/^audience:\n {2}levels:\n {4}- tieu-hoc\n {2}units: \[\]$/m);
  });

  it('reopening shows the same choice; one school instead writes `units`', async () => {
    const page = await openEntry();
    await expect(radio(page, 'Chọn theo cấp học và đơn vị').isChecked()).resolves.toBe(true);
    await expect(box(page, 'Tiểu học').isChecked()).resolves.toBe(true);
    await expect(box(page, 'Trung học cơ sở').isChecked()).resolves.toBe(false);
    await expect(box(page, 'Trường Trung học cơ sở Hòa Bình').isChecked()).resolves.toBe(false);
    // The preview says who receives it.
    await page.frameLocator('iframe').first().getByText('Gửi đến các đơn vị: Tiểu học').waitFor();

    await box(page, 'Tiểu học').uncheck();
    await box(page, 'Trường Trung học cơ sở Hòa Bình').check();
    await saveAgain(page);
    expect(frontMatter().data.audience).toEqual({ levels: [], units: ['thcs-thu-nghiem'] });
  });

  it('"Tất cả đơn vị trực thuộc" writes `audience: all` and reads back', async () => {
    const page = await openEntry();
    await expect(box(page, 'Trường Trung học cơ sở Hòa Bình').isChecked()).resolves.toBe(true);
    await radio(page, 'Tất cả đơn vị trực thuộc').check();
    await saveAgain(page);
    expect(frontMatter().text).toMatch(/^audience: all$/m);
    await page.close();
    const again = await openEntry();
    await expect(radio(again, 'Tất cả đơn vị trực thuộc').isChecked()).resolves.toBe(true);
    await expect(box(again, 'Tiểu học').count()).resolves.toBe(0);
  });

  it('"Không gửi" leaves no audience key in the file', async () => {
    const page = await openEntry();
    await radio(page, 'Không gửi (chỉ đăng trên cổng này)').check();
    await saveAgain(page);
    const { text, data } = frontMatter();
    expect(text).not.toContain('audience');
    expect(data).toMatchObject({ number: '318/HD-VHXH', issued: '2026-12-01' });
    await page.close();
    const again = await openEntry();
    await expect(radio(again, 'Không gửi (chỉ đăng trên cổng này)').isChecked()).resolves.toBe(true);
  });

  it("published, the file on main holds the audience and passes the build's validation of the Phòng", async () => {
    const page = await openEntry();
    await radio(page, 'Chọn theo cấp học và đơn vị').check();
    await box(page, 'Tiểu học').check();
    await box(page, 'Trường Trung học cơ sở Hòa Bình').check();
    await saveAgain(page);
    // Chờ duyệt → Sẵn sàng, each recorded by decap-server in Git before the next.
    for (const [status, recorded] of [
      ['Chờ duyệt', 'decap-cms/pending_review'],
      ['Sẵn sàng', 'decap-cms/pending_publish'],
    ] as const) {
      await page.getByRole('button', { name: /^Trạng thái:/ }).click();
      await page.getByRole('menuitem', { name: status }).click();
      await expect
        .poll(() => cms.repo.git('config', `branch.${BRANCH}.description`).trim(), { timeout: 30_000 })
        .toBe(recorded);
    }
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
    await page.getByText('Đã đăng bài').waitFor();
    cms.repo.git('checkout', '-q', 'main');
    const onDisk = readFileSync(join(cms.repo.root, FILE), 'utf8');
    expect(parseYaml(/^---\n([\s\S]*?)\n---/.exec(onDisk)?.[1] ?? '').audience).toEqual({
      levels: ['tieu-hoc'],
      units: ['thcs-thu-nghiem'],
    });
    const { entries, problems } = readSite(cms.repo.siteDir, cms.repo.root);
    expect(problems).toEqual([]);
    expect(entries.find((e) => e.slug === SLUG)?.data.audience).toEqual({
      levels: ['tieu-hoc'],
      units: ['thcs-thu-nghiem'],
    });
  });
});
