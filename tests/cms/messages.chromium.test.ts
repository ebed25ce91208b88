/**
 * Every message and label in plain Vietnamese: in headless Chromium against
 * decap-server and the real build of the mini fixture, each input is named by its
 * Vietnamese label and nothing is named after a widget ("Trường string") or a
 * placeholder ("%{widgetLabel}"),
 * a refused save names the field by its label (never «cover», never "SaveError"),
 * and a save that cannot reach the server says so in Vietnamese (never "TypeError:
 * Failed to fetch").
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAdminSandbox } from './helpers/admin-sandbox.ts';
import { chooseOption, newEntry, openAdmin } from './helpers/admin-page.ts';

const SITE = 'mini';
const WIDGET_NAMES = [
  'string',
  'text',
  'markdown',
  'datetime',
  'image',
  'file',
  'select',
  'list',
  'object',
  'boolean',
  'number',
  'grouped-select',
  'audience',
];
const cms = useAdminSandbox({ site: SITE });

async function open(collection: string): Promise<Page> {
  cms.page = await openAdmin(cms.browser, cms.server.url);
  await newEntry(cms.page, cms.server.url, collection);
  return cms.page;
}

async function fillNews(page: Page): Promise<void> {
  await page.getByLabel('Tiêu đề', { exact: true }).fill('Học sinh tham gia Hội khỏe Phù Đổng');
  await page.getByLabel('Tóm tắt (sapo)', { exact: true }).fill('Đoàn vận động viên của trường đạt ba huy chương.');
  await chooseOption(page, 'Chuyên mục', 'Hoạt động nhà trường');
}

describe('messages and labels in plain Vietnamese', () => {
  it('names every field by its Vietnamese label for screen readers, never by a widget name', async () => {
    for (const [collection, label] of [
      ['news', 'Tiêu đề'],
      ['documents', 'Trích yếu'],
      ['disclosures', 'Mục công khai'],
    ] as const) {
      const page = await open(collection);
      const names = await page.evaluate(() =>
        [...document.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? ''),
      );
      for (const name of names) {
        expect(name, collection).not.toContain('%{');
        expect(WIDGET_NAMES, `${collection}: ${name}`).not.toContain(name.replace(/^Trường /, ''));
      }
      await expect(page.getByLabel(label, { exact: true }).count()).resolves.toBe(1);
      await page.close();
    }
  });

  it('names the field by its label when a save is refused, without an exception name', async () => {
    const page = await open('news');
    await fillNews(page);
    await page.getByRole('button', { name: 'Chọn ảnh' }).first().click();
    await page.getByText('khai-giang.jpg').click();
    await page.getByRole('button', { name: 'Dùng mục đã chọn' }).click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    const toast = page.getByText(/^Chưa lưu được bài:/).first();
    await toast.waitFor();
    const text = await toast.innerText();
    expect(text).toContain('«Ảnh đại diện»: hãy nhập «Mô tả ảnh» (văn bản thay thế) cho ảnh đã chọn.');
    expect(text).not.toMatch(/SaveError|Error:|«cover»/);
  });

  it('says in Vietnamese that the server cannot be reached, not "TypeError: Failed to fetch"', async () => {
    const page = await open('news');
    await fillNews(page);
    // The Git backend drops off (no network): every request to decap-server fails before reaching it.
    await page.route(`${cms.decap!.url}**`, (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Lưu' }).click();
    const toast = page.getByText(/^Chưa lưu được bài:/).first();
    await toast.waitFor();
    const text = await toast.innerText();
    expect(text).toContain('Không kết nối được tới kho lưu bài');
    expect(text).not.toMatch(/TypeError|Failed to fetch/);
  });
});
