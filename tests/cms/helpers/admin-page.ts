/** What an editor does in the Decap admin, as Playwright steps shared by the Chromium tests. */
import { expect } from 'vitest';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';

/** Opens the admin at `baseUrl` and logs in to the local backend (no account). */
export async function openAdmin(browser: Browser, baseUrl: string, path = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${baseUrl}/admin/${path}`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Mục nội dung').waitFor();
  return page;
}

export async function newEntry(page: Page, baseUrl: string, collection: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/#/collections/${collection}/new`);
  await page.getByRole('button', { name: 'Lưu' }).waitFor();
}

export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  // Under load a click can land while Decap re-renders the menu and the choice is lost
  // (the save is then refused for the empty field): check the widget shows it, else choose again.
  for (let attempt = 1; ; attempt++) {
    await page.getByLabel(label, { exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
    const shown = await page.getByLabel(label, { exact: true }).evaluate(
      (input, { label, option }) => {
        // Up from the input to the last ancestor that holds the widget but not the field's label.
        let widget: Element = input;
        while (widget.parentElement && !widget.parentElement.textContent?.includes(label))
          widget = widget.parentElement;
        return widget.textContent?.includes(option) ?? false;
      },
      { label, option },
    );
    if (shown || attempt === 3) {
      expect(shown, `«${label}»: «${option}» is not shown as chosen`).toBe(true);
      return;
    }
  }
}

/** Uploads a file from `folder` through the media library opened by `button`, then uses it. */
export async function upload(page: Page, button: string, folder: string, file: string): Promise<void> {
  await page.getByRole('button', { name: button }).first().click();
  await page.locator('input[type=file]').setInputFiles(join(folder, file));
  await page.getByRole('button', { name: 'Dùng mục đã chọn' }).click();
}

/** Saves a new entry: Decap then opens it at its slug's address. `press` clicks «Lưu» (a tap on a phone). */
export async function saveNew(
  page: Page,
  press: (button: Locator) => Promise<void> = (button) => button.click(),
): Promise<void> {
  const before = page.url();
  await press(page.getByRole('button', { name: 'Lưu' }));
  // A hash change, not a page load, so waitForURL does not see it.
  await page.waitForFunction(
    (start) => location.href !== start && /#\/collections\/\w+\/entries\//.test(location.href),
    before,
  );
  await page.getByRole('button', { name: /^Trạng thái:/ }).waitFor();
}
