/**
 * "Ask the school" in Chromium. On /hoi-dap/ of a built example the form composes
 * the email to the editorial board (the mailto: navigation is caught before it
 * leaves the page); without JavaScript the address is a mailto: link. With
 * site.yaml's askForm set (a copy of the mini fixture, built for this test), the
 * form posts the documented fields to a receiver on 127.0.0.1, with no script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { copySite } from '../helpers/temp-site.ts';
import { FIXTURE_SITES_DIR } from '../helpers/paths.ts';
import { builtSites } from './built-sites.ts';

const school = builtSites().find((s) => s.id === 'thcs-nguyen-du')!;
let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serve(school.dist);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the question form in mailto mode', () => {
  it('composes the email to the editorial board with a Vietnamese subject and body', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${site.url}/hoi-dap/`);
    // Catch the mailto: navigation: record the link the script opens and stop it there.
    await page.evaluate(() => {
      document.addEventListener(
        'click',
        (e) => {
          const a = (e.target as Element).closest('a');
          if (a?.href.startsWith('mailto:')) {
            (window as unknown as { opened: string[] }).opened ??= [];
            (window as unknown as { opened: string[] }).opened.push(a.href);
            e.preventDefault();
          }
        },
        true,
      );
    });
    await page.getByLabel('Họ và tên (không bắt buộc)').fill('Trần Thị Mai');
    await page.getByLabel('Thư điện tử hoặc số điện thoại để nhà trường liên hệ lại').fill('0909 123 456');
    await page.getByLabel('Lớp, tên học sinh (không bắt buộc)').fill('Lớp 6A2, Lê Minh Khôi');
    await page
      .getByLabel('Câu hỏi', { exact: true })
      .fill('Xin hỏi nhà trường lịch họp phụ huynh đầu năm học 2026-2027 vào ngày nào và họp ở phòng nào?');
    await page.getByRole('button', { name: 'Soạn thư' }).click();
    const opened = await page.evaluate(() => (window as unknown as { opened?: string[] }).opened ?? []);
    expect(opened).toHaveLength(1);
    const mail = new URL(opened[0]!);
    expect(mail.protocol).toBe('mailto:');
    expect(decodeURIComponent(mail.pathname)).toBe(school.site.email);
    const subject = mail.searchParams.get('subject');
    const body = mail.searchParams.get('body');
    expect(subject).toBe('[Hỏi đáp] Xin hỏi nhà trường lịch họp phụ huynh đầu năm học 2026-2027…');
    expect(body?.split('\r\n')).toEqual([
      `Kính gửi Ban biên tập ${school.site.shortName},`,
      '',
      'Xin hỏi nhà trường lịch họp phụ huynh đầu năm học 2026-2027 vào ngày nào và họp ở phòng nào?',
      '',
      'Người gửi: Trần Thị Mai',
      'Liên hệ: 0909 123 456',
      'Lớp, học sinh: Lớp 6A2, Lê Minh Khôi',
      `Gửi từ trang: https://${school.site.domain}/hoi-dap/`,
    ]);
    // The composed email stays reachable as a link in case no mail program opened.
    await expect(
      page.getByRole('link', { name: /Nếu chương trình thư không tự mở/ }).getAttribute('href'),
    ).resolves.toBe(opened[0]);
    await page.close();
  });

  it('does not compose without the contact and the question', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/hoi-dap/`);
    await page.getByRole('button', { name: 'Soạn thư' }).click();
    expect(await page.getByRole('link', { name: /Nếu chương trình thư không tự mở/ }).count()).toBe(0);
    expect(
      await page.locator('#ct-dat-cau-hoi-contact').evaluate((el: HTMLInputElement) => el.validity.valueMissing),
    ).toBe(true);
    await page.close();
  });

  it('without JavaScript shows the address as a mailto: link and hides the form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/hoi-dap/`);
    const link = page
      .getByRole('region', { name: 'Gửi câu hỏi cho nhà trường' })
      .getByRole('link', { name: school.site.email, exact: true });
    expect(await link.getAttribute('href')).toBe(
      `mailto:${school.site.email}?subject=${encodeURIComponent('[Hỏi đáp] Hỏi đáp')}`,
    );
    expect(await page.locator('form[data-ct-ask]').isVisible()).toBe(false);
    await context.close();
  });
});

describe("the question form with the Sở's endpoint", () => {
  let receiver: Server;
  let receiverUrl = '';
  let built: StaticServer;
  const received: { method?: string; type?: string; body: string }[] = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ method: req.method, type: req.headers['content-type'], body });
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end('<!doctype html><title>Đã nhận</title><p>Đã nhận câu hỏi.</p>');
      });
    });
    await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
    const address = receiver.address();
    receiverUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/gui-cau-hoi`;
    const temp = copySite(join(FIXTURE_SITES_DIR, 'mini'));
    temp.edit(
      'site.yaml',
      (y) => `${y}\naskForm:\n  endpoint: ${receiverUrl}\n  operator: Sở Giáo dục và Đào tạo TP. Hồ Chí Minh\n`,
    );
    const out = mkdtempSync(join(tmpdir(), 'visitors-ask-'));
    const result = await buildSite('mini', { sitesDir: temp.sitesDir, outRoot: out });
    expect(result.error).toBeUndefined();
    built = await serve(join(out, 'mini'));
  });
  afterAll(async () => {
    await built?.close();
    await new Promise((done) => receiver?.close(done));
  });

  it('posts the documented fields, with consent, and ships no script of its own', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${built.url}/hoi-dap/`);
    // Only the header's two inline scripts (every page), not the form's.
    expect(
      await page.locator('script:not([type="application/ld+json"]):not([data-ct-display]):not([data-ct-menu])').count(),
    ).toBe(0);
    await expect(page.getByText(/Nghị định 13\/2023\/NĐ-CP/).isVisible()).resolves.toBe(true);
    await page.getByLabel('Thư điện tử hoặc số điện thoại để nhà trường liên hệ lại').fill('me.khoi@gmail.com');
    await page.getByLabel('Câu hỏi', { exact: true }).fill('Nhà trường có tổ chức bán trú cho học sinh lớp 6 không ạ?');
    await page.getByLabel(/Tôi đồng ý để Sở Giáo dục và Đào tạo TP. Hồ Chí Minh xử lý/).check();
    await Promise.all([page.waitForURL(receiverUrl), page.getByRole('button', { name: 'Gửi câu hỏi' }).click()]);
    // The receiver's page also gets the browser's GET /favicon.ico: only the POST counts.
    const posts = received.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.type).toBe('application/x-www-form-urlencoded');
    const fields = Object.fromEntries(new URLSearchParams(posts[0]!.body));
    const mini = readFileSync(join(FIXTURE_SITES_DIR, 'mini/site.yaml'), 'utf8')
      .match(/^domain: (.+)$/m)![1]!
      .trim();
    expect(fields).toEqual({
      name: '',
      contact: 'me.khoi@gmail.com',
      class: '',
      question: 'Nhà trường có tổ chức bán trú cho học sinh lớp 6 không ạ?',
      website: '',
      topic: 'Hỏi đáp',
      page: `https://${mini}/hoi-dap/`,
      site: mini,
      consent: 'yes',
    });
    await context.close();
  });
});
