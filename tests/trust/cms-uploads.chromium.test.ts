/**
 * The real admin in headless Chromium, against a real decap-server in git mode
 * (the review workflow, as on GitHub/GitLab): an editor uploads files the build
 * would refuse, through the media library of the top bar and through an
 * entry's image and file fields. Each is refused with a Vietnamese message and
 * nothing reaches the site folder or the repository; a photo into media/ and a
 * PDF into public/tep/ still go through.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../helpers/paths.ts';
import { useAdminSandbox } from '../cms/helpers/admin-sandbox.ts';

const SITE = 'mini';

/** What an attacker, or a careless editor, picks: each would run on the portal's origin once published. */
const HOSTILE: Record<string, string> = {
  'trang-doc.html': '<!doctype html><title>x</title><script src="/tep/ma-doc.js"></script>',
  'ma-doc.js': 'fetch("/admin/").then(() => localStorage.getItem("decap-cms-user"));',
  'bieu-trung.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><script>alert(1)</script></svg>',
  'cai-dat.exe': 'MZ\u0090\u0000\u0003',
};

const cms = useAdminSandbox({
  site: SITE,
  evidence: 'trust-uploads',
  uploads: (dir) => {
    for (const [name, body] of Object.entries(HOSTILE)) writeFileSync(join(dir, name), body);
    copyFileSync(join(ROOT, 'tests/fixtures/cms/hoi-trai.jpg'), join(dir, 'hoi-trai.jpg'));
    copyFileSync(join(ROOT, 'tests/fixtures/cms/cong-van-125.pdf'), join(dir, 'cong-van-125.pdf'));
  },
});

/** Every file of the site folder, and every branch and commit of the repository. */
function snapshot(): { files: string[]; refs: string } {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(cms.repo.siteDir, path));
    }
  };
  walk(cms.repo.siteDir);
  return { files: files.sort(), refs: cms.repo.git('for-each-ref', '--format=%(refname) %(objectname)') };
}

async function openAdmin(path: string): Promise<Page> {
  const page = await cms.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  cms.page = page;
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${cms.server.url}/admin/`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Mục nội dung').waitFor();
  await page.goto(`${cms.server.url}/admin/#/${path}`);
  return page;
}

/** The media library of the top bar: an upload is written at once (Decap's persistMedia). */
async function openLibrary(): Promise<Page> {
  const page = await openAdmin('');
  await page.getByRole('button', { name: 'Ảnh và tệp' }).click();
  await page.getByRole('button', { name: 'Tải lên' }).waitFor();
  return page;
}

async function newsWithCover(name: string): Promise<Page> {
  const page = await openAdmin('collections/news/new');
  await page.getByRole('button', { name: 'Lưu' }).waitFor();
  await page.getByLabel('Tiêu đề', { exact: true }).fill(`Bài có ảnh ${name}`);
  await page.getByLabel('Tóm tắt (sapo)').fill('Thử tải tệp lên.');
  await page.getByLabel('Chuyên mục', { exact: true }).click();
  await page.getByRole('option', { name: 'Đoàn – Đội', exact: true }).click();
  await page.getByRole('button', { name: 'Chọn ảnh' }).first().click();
  await page.locator('input[type=file]').setInputFiles(join(cms.uploads, name));
  await page.getByRole('button', { name: 'Dùng mục đã chọn' }).click();
  await page.getByLabel('Mô tả ảnh (văn bản thay thế)').fill('Ảnh thử');
  await page.getByRole('button', { name: 'Lưu' }).click();
  return page;
}

async function documentWithFile(name: string, title: string): Promise<Page> {
  const page = await openAdmin('collections/documents/new');
  await page.getByRole('button', { name: 'Lưu' }).waitFor();
  await page.getByLabel('Trích yếu', { exact: true }).fill(title);
  await page.getByLabel('Số ký hiệu', { exact: true }).fill('12/KH-THCSTN');
  await page.getByLabel('Loại văn bản', { exact: true }).click();
  await page.getByRole('option', { name: 'Kế hoạch', exact: true }).click();
  await page.getByLabel('Cơ quan ban hành', { exact: true }).fill('Trường THCS Thử Nghiệm');
  await page.getByLabel('Cấp ban hành', { exact: true }).click();
  await page.getByRole('option', { name: 'Nhà trường', exact: true }).click();
  await page.getByLabel('Ngày ban hành', { exact: true }).fill('2025-11-15');
  await page.getByRole('button', { name: 'Thêm tệp đính kèm' }).click();
  await page.getByLabel('Tên tệp', { exact: true }).fill('Toàn văn');
  await page.getByRole('button', { name: 'Chọn tệp' }).first().click();
  await page.locator('input[type=file]').setInputFiles(join(cms.uploads, name));
  await page.getByRole('button', { name: 'Dùng mục đã chọn' }).click();
  await page.getByRole('button', { name: 'Lưu' }).click();
  return page;
}

/** The toast Decap shows, which must carry our reason and nothing of Decap's English or an error class name. */
async function toastText(page: Page, pattern: RegExp): Promise<string> {
  const toast = page.locator('.Toastify__toast').filter({ hasText: pattern }).first();
  await toast.waitFor();
  return toast.innerText();
}

describe('uploads through the admin (Decap CMS, decap-server)', () => {
  it('refuses each hostile file from the media library and writes nothing', async () => {
    const before = snapshot();
    const page = await openLibrary();
    for (const name of Object.keys(HOSTILE)) {
      await page.locator('input[type=file]').setInputFiles(join(cms.uploads, name));
      const text = await toastText(page, new RegExp(`«${name.replace('.', '\\.')}»`));
      expect(text, name).toContain(
        `Chưa tải tệp lên được. Không tải lên tệp «${name}»: thư mục ảnh (media) chỉ nhận ảnh jpg, jpeg, png, webp, avif, gif`,
      );
      expect(text, name).toContain('Cách sửa:');
      expect(text, name).not.toMatch(/Error|Failed|persist/);
      expect(snapshot(), name).toEqual(before);
    }
  });

  for (const name of Object.keys(HOSTILE)) {
    it(`refuses ${name} picked in a news post's image field and writes nothing`, async () => {
      const before = snapshot();
      const page = await newsWithCover(name);
      const text = await toastText(page, /Không tải lên tệp/);
      expect(text).toContain(`Chưa lưu được bài: Không tải lên tệp «${name}»: thư mục ảnh (media) chỉ nhận ảnh`);
      expect(text).not.toMatch(/Error|Failed/);
      expect(snapshot()).toEqual(before);
    });
  }

  it("refuses an .html picked in a văn bản's file field, before anything is sent", async () => {
    const before = snapshot();
    const page = await documentWithFile('trang-doc.html', 'Văn bản kèm trang HTML');
    // The field's own rule (ATTACHMENT_NAME_PATTERN) stops the save first; the backend guard is behind it.
    await page.getByText('Chỉ nhận tệp pdf, docx, doc, odt, rtf, txt, xlsx, xls, ods, csv, pptx').first().waitFor();
    await page.waitForTimeout(500);
    expect(snapshot()).toEqual(before);
  });

  it('takes a photo into media/ from the media library', async () => {
    const before = snapshot();
    const page = await openLibrary();
    await page.locator('input[type=file]').setInputFiles(join(cms.uploads, 'hoi-trai.jpg'));
    await expect.poll(() => snapshot().files, { timeout: 30_000 }).toContain('media/hoi-trai.jpg');
    // decap-server writes a library upload into the working tree; it is a JPEG, re-encoded by the browser.
    expect(readFileSync(join(cms.repo.siteDir, 'media/hoi-trai.jpg')).subarray(0, 3)).toEqual(
      Buffer.from([0xff, 0xd8, 0xff]),
    );
    expect(snapshot().files).toEqual([...before.files, 'media/hoi-trai.jpg'].sort());
    await expect(
      page
        .locator('.Toastify__toast')
        .filter({ hasText: /Không tải lên|Chưa tải/ })
        .count(),
    ).resolves.toBe(0);
  });

  it('takes a PDF into public/tep/ with a văn bản', async () => {
    const page = await documentWithFile('cong-van-125.pdf', 'Kế hoạch có tệp PDF');
    await page.getByRole('button', { name: /^Trạng thái:/ }).waitFor();
    const branch = 'cms/documents/ke-hoach-co-tep-pdf';
    expect(cms.repo.git('ls-tree', '--name-only', branch, `sites/${SITE}/public/tep/`)).toContain('cong-van-125.pdf');
  });
});
