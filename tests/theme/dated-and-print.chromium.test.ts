/**
 * What changes with the day and on paper, on a copy of the mini fixture built today
 * with dated content around today's week (menus of last, this and next week, an open
 * consultation, a Lịch công tác), two alerts in force and no English name in site.yaml:
 * - two alerts leave the page heading within the first 40% of a phone screen;
 * - "this week" is the build day's week, and Chromium's clock moved a week on (page.clock)
 *   makes the page say so, while without JavaScript the build day's words stand;
 * - the print view has no alert banner, header or menu, writes attachments' full URLs,
 *   and «In trang» opens printing;
 * - the English pages say everything in English or mark it lang="vi".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { addDays, dayOf, mondayOf, todayInVietnam } from '../../content-schemas/calendar.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { copySite } from '../helpers/temp-site.ts';
import { FIXTURE_SITES_DIR } from '../helpers/paths.ts';
import { vietnameseOutsideVi } from './vietnamese-outside.ts';

const today = todayInVietnam();
const monday = mondayOf(today);
const iso = (d: Date) => dayOf(d);
const vn = (d: Date) =>
  `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
const menu = (title: string, weekStart: Date) =>
  `---\ntitle: ${title}\nweekStart: ${iso(weekStart)}\npublished: ${iso(addDays(weekStart, -3))}\ndays:\n  - day: thu-2\n    lunch: Cơm trắng; canh bí đỏ nấu tôm; thịt kho trứng\n  - day: thu-3\n    lunch: Cơm trắng; canh rau ngót; cá kho\n---\n`;
const ALERT =
  'Họp cha mẹ học sinh toàn trường lúc 7 giờ 30 sáng Chủ nhật tại hội trường; đề nghị phụ huynh đến đúng giờ.';

let browser: Browser;
let server: StaticServer;
let out: string;

beforeAll(async () => {
  const temp = copySite(join(FIXTURE_SITES_DIR, 'mini'));
  temp.edit('site.yaml', (y) => y.replace(/^englishName:.*\n/m, ''));
  temp.write(
    'content/thong-bao-khan/hop-phu-huynh.md',
    `---\ntitle: ${ALERT}\nlevel: warning\nstart: 2020-01-01\nend: 2099-12-31\nlink: /tin-tuc/\n---\n`,
  );
  temp.write('content/thuc-don/tuan-truoc.md', menu('Thực đơn tuần trước', addDays(monday, -7)));
  temp.write('content/thuc-don/tuan-nay.md', menu('Thực đơn tuần này của bếp ăn', monday));
  temp.write('content/thuc-don/tuan-sau.md', menu('Thực đơn tuần sau', addDays(monday, 7)));
  temp.write(
    'content/lay-y-kien/gio-an-ban-tru.md',
    `---\ntitle: Lấy ý kiến về giờ ăn bán trú\ndescription: Nhà trường lấy ý kiến cha mẹ học sinh về giờ ăn trưa bán trú.\nopens: ${iso(addDays(today, -2))}\ndeadline: ${iso(addDays(today, 2))}\naddress: Văn phòng nhà trường\nemail: thcsthunghiem@hcm.edu.vn\nresult: Nhà trường giữ giờ ăn trưa lúc 11 giờ.\n---\nDự thảo giờ ăn mới.\n`,
  );
  temp.write(
    'content/trang/lich-cong-tac.md',
    `---\ntitle: Lịch công tác tuần\ndescription: Lịch công tác của Ban Giám hiệu.\n---\n## Tuần này: từ ngày ${vn(monday)} đến ngày ${vn(addDays(monday, 6))}\n\n| Ngày | Buổi | Nội dung |\n|---|---|---|\n| Thứ Hai | Sáng | Chào cờ |\n`,
  );
  out = mkdtempSync(join(tmpdir(), 'visitors-dated-'));
  const result = await buildSite('mini', { sitesDir: temp.sitesDir, outRoot: out });
  expect(result.error).toBeUndefined();
  rmSync(temp.sitesDir, { recursive: true, force: true });
  server = await serve(join(out, 'mini'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** A page with Chromium's clock `days` after now (0: the build day). */
async function open(
  path: string,
  days = 0,
  options: { javaScriptEnabled?: boolean; width?: number } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 390, height: 800 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  if (days) await page.clock.setFixedTime(new Date(Date.now() + days * 86_400_000));
  await page.goto(`${server.url}${path}`);
  return page;
}
const visible = (page: Page, text: string | RegExp) => page.getByText(text).first().isVisible();

describe('two alerts on a phone', () => {
  it.each([
    [390, '/tin-tuc/'],
    [390, '/van-ban/'],
    [360, '/lien-he/'],
    [360, '/lay-y-kien/gio-an-ban-tru/'],
  ])('at %i px, %s starts its heading within the first 40 percent of the screen', async (width, path) => {
    const page = await open(path, 0, { width });
    expect(await page.locator('section[aria-label="Thông báo khẩn"] summary').innerText()).toMatch(/2 thông báo/);
    const top = await page.evaluate(() => document.querySelector('h1')!.getBoundingClientRect().top);
    expect(top).toBeLessThanOrEqual(0.4 * 800);
    await page.context().close();
  });

  it('opens to both alerts in full with their links, without JavaScript', async () => {
    const page = await open('/tin-tuc/', 0, { javaScriptEnabled: false });
    const banner = page.locator('section[aria-label="Thông báo khẩn"] details');
    await banner.locator('summary').click();
    await expect(banner.locator('li', { hasText: ALERT }).isVisible()).resolves.toBe(true);
    await expect(banner.locator('li', { hasText: 'Học sinh nghỉ học ngày mai do bão.' }).isVisible()).resolves.toBe(
      true,
    );
    expect(await banner.getByRole('link', { name: 'Xem chi tiết' }).count()).toBe(2);
    await page.context().close();
  });

  it('lists every alert in full on a wide screen', async () => {
    const page = await open('/tin-tuc/', 0, { width: 1280 });
    await expect(page.locator('section[aria-label="Thông báo khẩn"] > ul').getByText(ALERT).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.locator('section[aria-label="Thông báo khẩn"] details').isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

describe('"this week" by the build day, corrected in the browser', () => {
  it("shows this week's menu as this week's on the build day", async () => {
    const page = await open('/thuc-don/');
    const block = page.locator('section[aria-labelledby="ct-tuan-nay"]');
    await expect(block.getByRole('heading', { name: 'Thực đơn tuần này' }).isVisible()).resolves.toBe(true);
    await expect(block.locator('caption').innerText()).resolves.toBe('Thực đơn tuần này của bếp ăn');
    await expect(visible(page, 'Chưa công bố thực đơn của tuần này')).resolves.toBe(false);
    await page.context().close();
  });

  it('says a week later that the shown menu is past, and marks the next week published early as this week', async () => {
    const page = await open('/thuc-don/', 7);
    const block = page.locator('section[aria-labelledby="ct-tuan-nay"]');
    await expect(block.getByRole('heading', { name: 'Thực đơn gần nhất' }).isVisible()).resolves.toBe(true);
    await expect(visible(page, 'Chưa công bố thực đơn của tuần này')).resolves.toBe(true);
    const next = page.locator('li', { has: page.getByRole('link', { name: 'Thực đơn tuần sau' }) });
    await expect(next.getByText('Tuần này', { exact: true }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it("keeps the build day's words without JavaScript", async () => {
    const page = await open('/thuc-don/', 7, { javaScriptEnabled: false });
    await expect(page.getByRole('heading', { name: 'Thực đơn tuần này' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('marks the Lịch công tác as this week on the build day and as past a week later', async () => {
    const now = await open('/lich-cong-tac/');
    await expect(visible(now, /^Lịch công tác của tuần này/)).resolves.toBe(true);
    await expect(visible(now, /đã qua; lịch công tác tuần này chưa được cập nhật/)).resolves.toBe(false);
    await now.context().close();
    const later = await open('/lich-cong-tac/', 7);
    await expect(visible(later, /đã qua; lịch công tác tuần này chưa được cập nhật/)).resolves.toBe(true);
    await expect(visible(later, /^Lịch công tác của tuần này/)).resolves.toBe(false);
    await later.context().close();
  });

  it('closes a consultation after its deadline: status, form and result follow the reader’s day', async () => {
    const now = await open('/lay-y-kien/gio-an-ban-tru/');
    await expect(visible(now, 'Đang lấy ý kiến')).resolves.toBe(true);
    await expect(now.getByRole('button', { name: 'Soạn thư' }).isVisible()).resolves.toBe(true);
    await expect(visible(now, 'Kết quả tiếp thu ý kiến')).resolves.toBe(false);
    await now.context().close();
    const later = await open('/lay-y-kien/gio-an-ban-tru/', 5);
    await expect(visible(later, 'Đã hết hạn lấy ý kiến')).resolves.toBe(true);
    await expect(visible(later, 'Đang lấy ý kiến')).resolves.toBe(false);
    expect(await later.getByRole('button', { name: 'Soạn thư' }).isVisible()).toBe(false);
    await expect(visible(later, 'Kết quả tiếp thu ý kiến')).resolves.toBe(true);
    await later.context().close();
    const list = await open('/lay-y-kien/', 5);
    const item = list.locator('li', { has: list.getByRole('link', { name: 'Lấy ý kiến về giờ ăn bán trú' }) });
    await expect(item.getByText('Đã hết hạn lấy ý kiến').isVisible()).resolves.toBe(true);
    await list.context().close();
  });
});

describe('print', () => {
  it('prints a document without alerts, header or menu, with the attachment’s full address', async () => {
    const page = await open('/van-ban/cv-so-huong-dan-nhiem-vu/', 0, { width: 1024 });
    await expect(page.getByRole('button', { name: 'In trang' }).isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      'section[aria-label="Thông báo khẩn"]',
      '.ct-site-header',
      '.ct-nav',
      '.ct-identifier',
      '.ct-print',
    ]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    const after = await page
      .locator('a[data-print-url]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/^" \(https:\/\/thcsthunghiem\.hcm\.edu\.vn\/tep\/[^"]+\)"$/);
    await page.context().close();
  });

  it('opens the print dialog from «In trang», on news and công khai too', async () => {
    for (const path of ['/tin-tuc/ban-tin-so-01/', '/cong-khai/hoc-phi-2025-2026/']) {
      const page = await open(path);
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void ((window as unknown as { printed: number }).printed += 1);
      });
      await page.getByRole('button', { name: 'In trang' }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed), path).toBe(1);
      await page.context().close();
    }
  });

  it('keeps the how-to for printing, and no dead button, without JavaScript', async () => {
    const page = await open('/van-ban/cv-so-huong-dan-nhiem-vu/', 0, { javaScriptEnabled: false });
    await expect(page.getByRole('button', { name: 'In trang' }).count()).resolves.toBe(0);
    await expect(page.getByText('In / Lưu trang này').isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('English pages without English fields in site.yaml', () => {
  it.each(['/en/', '/en/lien-he/'])(
    '%s has no Vietnamese outside lang="vi", with the name, hours and positions in English',
    async (path) => {
      const page = await open(path, 0, { width: 360 });
      expect(await vietnameseOutsideVi(page)).toEqual([]);
      const text = await page.locator('body').innerText();
      expect(text).toContain('Thu Nghiem Lower Secondary School');
      expect(text).toContain('Monday – Friday, 7:00 – 17:00');
      expect(text).toContain('Principal');
      // Alerts stay Vietnamese, marked so and said so in English.
      const banner = page.locator('section[aria-label="Urgent notices"]');
      expect(await banner.locator('details li span[lang="vi"]', { hasText: ALERT }).count()).toBe(1);
      expect(await banner.locator('details').textContent()).toContain(`${ALERT} (in Vietnamese)`);
      await page.context().close();
    },
  );
});
