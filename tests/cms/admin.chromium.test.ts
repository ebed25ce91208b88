/**
 * The admin end to end, in headless Chromium: a temporary Git repository with
 * the mini fixture site, decap-server in git mode (the local stand-in for
 * GitHub/GitLab, with the editorial workflow), the real build of the site with
 * its generated admin, served from 127.0.0.1. An editor writes a news post and a
 * văn bản, moves them through Nháp → Chờ duyệt → Sẵn sàng → Đăng, and the real
 * build turns them into pages.
 *
 * The tests run in order and share the repository (each publishes what the
 * final build checks).
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { ROOT } from '../helpers/paths.ts';
import { buildWithAdmin } from './helpers/sandbox.ts';
import { useAdminSandbox } from './helpers/admin-sandbox.ts';
import {
  chooseOption,
  newEntry as newEntryAt,
  openAdmin as openAdminPage,
  saveNew,
  upload as uploadFrom,
} from './helpers/admin-page.ts';

const SITE = 'mini';
const FIXTURES = join(ROOT, 'tests/fixtures/cms');

const cms = useAdminSandbox({
  site: SITE,
  evidence: 'cms',
  // What an editor picks from their computer: Vietnamese names with spaces and capitals.
  uploads: (dir) => {
    copyFileSync(join(FIXTURES, 'hoi-trai.jpg'), join(dir, 'Hội trại Đoàn.jpg'));
    copyFileSync(join(FIXTURES, 'cong-van-125.pdf'), join(dir, 'Công văn 125.PDF'));
  },
});

async function openAdmin(path = ''): Promise<Page> {
  cms.page = await openAdminPage(cms.browser, cms.server.url, path);
  return cms.page;
}

const newEntry = (page: Page, collection: string) => newEntryAt(page, cms.server.url, collection);
const upload = (page: Page, button: string, file: string) => uploadFrom(page, button, cms.uploads, file);

/** Types into the Markdown editor in source mode, one line at a time. */
async function writeBody(page: Page, lines: string[]): Promise<void> {
  await page.locator('.cms-editor-visual').getByRole('switch').click();
  await page.locator('.cms-editor-raw [contenteditable=true]').click();
  for (const [i, line] of lines.entries()) {
    if (i) await page.keyboard.press('Enter');
    if (line) await page.keyboard.insertText(line);
  }
}

const save = saveNew;

/** Nháp → Chờ duyệt → Sẵn sàng → Đăng, checking what decap-server records in Git at each step. */
async function reviewAndPublish(page: Page, branch: string): Promise<string[]> {
  const statuses = [cms.repo.git('config', `branch.${branch}.description`).trim()];
  for (const status of ['Chờ duyệt', 'Sẵn sàng']) {
    await page.getByRole('button', { name: /^Trạng thái:/ }).click();
    await page.getByRole('menuitem', { name: status }).click();
    // The toast of the previous change may still be on screen, so wait for the
    // repository itself to record the new status.
    const previous = statuses.at(-1);
    await expect
      .poll(() => cms.repo.git('config', `branch.${branch}.description`).trim(), { timeout: 30_000 })
      .not.toBe(previous);
    statuses.push(cms.repo.git('config', `branch.${branch}.description`).trim());
  }
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
  await page.getByText('Đã đăng bài').waitFor();
  return statuses;
}

/** Every visible line and every title/aria-label/placeholder of the page. */
async function uiStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lines = document.body.innerText.split('\n');
    const attributes = [...document.querySelectorAll('[title],[aria-label],[placeholder]')].flatMap((el) =>
      ['title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [...lines, ...attributes].map((s) => s.trim()).filter(Boolean);
  });
}

function englishPhrases(): Set<string> {
  const out = new Set<string>();
  const walk = (node: unknown) => {
    if (typeof node === 'string') {
      if (!node.includes('%{') && /[a-z]{3}/i.test(node)) out.add(node.trim().toLowerCase());
    } else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(en);
  // Strings some widgets print without going through the locale.
  for (const s of [
    'Image',
    'Alt Text',
    'Title',
    'Code Block',
    'Choose an image',
    'optional',
    'Now',
    'Clear',
    'Add',
    'Remove',
    'Upload',
  ])
    out.add(s.toLowerCase());
  return out;
}

describe('admin at /admin/ (Decap CMS, Vietnamese, review workflow)', () => {
  it('loads from this machine only: no CDN, no fonts, no third party', async () => {
    const page = await cms.browser.newPage();
    cms.page = page;
    page.on('dialog', (dialog) => void dialog.accept());
    const requests: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(`${cms.server.url}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Mục nội dung').waitFor();
    await page.goto(`${cms.server.url}/admin/#/collections/news/new`);
    await page.getByRole('button', { name: 'Lưu' }).waitFor();
    await page.goto(`${cms.server.url}/admin/#/workflow`);
    await page.getByText('Quy trình duyệt bài').waitFor();
    const outside = requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      return !['blob:', 'data:'].includes(protocol) && !['127.0.0.1', 'localhost'].includes(hostname);
    });
    expect(requests.length).toBeGreaterThan(3);
    expect(outside).toEqual([]);
    expect(requests.some((url) => /\/admin\/cms-[\w-]+\.js$/.test(url))).toBe(true);
  });

  it('shows no English on the collection list, the editor, the workflow board and the media library', async () => {
    const page = await openAdmin();
    const seen = await uiStrings(page);
    await newEntry(page, 'news');
    seen.push(...(await uiStrings(page)));
    await page.getByRole('button', { name: 'Chọn ảnh' }).first().click();
    await page.getByRole('button', { name: 'Tải lên' }).waitFor();
    seen.push(...(await uiStrings(page)));
    await page.goto(`${cms.server.url}/admin/#/workflow`);
    await page.getByText('Quy trình duyệt bài').waitFor();
    seen.push(...(await uiStrings(page)));
    const english = englishPhrases();
    expect(seen.filter((s) => english.has(s.toLowerCase()))).toEqual([]);
    // Spot checks of strings upstream vi lacked or had in English.
    for (const text of ['Mục nội dung', 'Thêm Bài viết', 'Nội dung', 'Biên tập', 'Ảnh và tệp'])
      expect(seen, text).toContain(text);
  });

  it('previews Markdown without running HTML or scripts from the content', async () => {
    const page = await openAdmin();
    const dialogs: string[] = [];
    page.on('dialog', (d) => dialogs.push(d.message()));
    await newEntry(page, 'news');
    await page.getByLabel('Tiêu đề', { exact: true }).fill('<img src=x onerror="window.top.__xss=1">');
    await writeBody(page, [
      'Đoạn **an toàn**.',
      '',
      '<img src="x" onerror="window.top.__xss=2;alert(2)">',
      '',
      '<script>window.top.__xss=3;alert(3)</script>',
      '',
      '<a href="javascript:window.top.__xss=4">liên kết</a>',
    ]);
    const preview = page.frameLocator('iframe').first();
    await preview.getByText('an toàn').waitFor();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const body = preview.locator('body');
    await expect(body.locator('script, [onerror], a[href^="javascript"]').count()).resolves.toBe(0);
    // HTML typed into a body is dropped as on the site (lib/markdown.ts), and the preview says so.
    await expect(body.locator('.ct-prose img').count()).resolves.toBe(0);
    const notice = await body.locator('.ct-dropped').innerText();
    expect(notice).toMatch(/^Những phần sau sẽ không hiện trên cổng:/);
    for (const found of ['<script>', 'onerror', 'javascript:']) expect(notice).toContain(found);
    // The title is shown as text.
    await expect(preview.locator('h1').innerText()).resolves.toBe('<img src=x onerror="window.top.__xss=1">');
  });

  it('takes a news post with a photo through draft, review, ready and publish', async () => {
    const page = await openAdmin();
    await newEntry(page, 'news');
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Đoàn trường tổ chức hội trại');
    await page.getByLabel('Tóm tắt (sapo)').fill('Hội trại truyền thống chào mừng ngày thành lập Đoàn.');
    await page.getByLabel('Ngày đăng').fill('2025-11-20');
    await chooseOption(page, 'Chuyên mục', 'Đoàn – Đội');
    await upload(page, 'Chọn ảnh', 'Hội trại Đoàn.jpg');
    await writeBody(page, [
      'Sáng 20/11, **Đoàn trường** tổ chức hội trại truyền thống.',
      '',
      '## Các hoạt động',
      '',
      '- Dựng trại',
      '- Văn nghệ',
    ]);

    // An image without its description is refused by the save hook, with the reason.
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(/Chưa lưu được bài: .*Mô tả ảnh/).waitFor();
    await page.getByLabel('Mô tả ảnh (văn bản thay thế)').fill('Đoàn viên dựng trại trên sân trường');
    await save(page);

    // đ became d: the slug, hence the review branch and the file name, are ASCII.
    const branch = 'cms/news/doan-truong-to-chuc-hoi-trai';
    expect(cms.repo.git('branch', '--list', branch)).toContain(branch);
    expect(await reviewAndPublish(page, branch)).toEqual([
      'decap-cms/draft',
      'decap-cms/pending_review',
      'decap-cms/pending_publish',
    ]);
    expect(cms.repo.git('branch', '--list', branch).trim()).toBe('');

    const post = cms.repo.git('show', `main:sites/${SITE}/content/tin-tuc/doan-truong-to-chuc-hoi-trai.md`);
    expect(post).toContain('title: Đoàn trường tổ chức hội trại');
    expect(post).toContain('date: 2025-11-20');
    expect(post).toContain('category: doan-doi');
    expect(post).toMatch(/src: \.\.\/\.\.\/media\/hoi-trai-doan\.jpg/);
    expect(post).toContain('alt: Đoàn viên dựng trại trên sân trường');
    expect(cms.repo.git('ls-tree', '--name-only', 'main', `sites/${SITE}/media/`)).toContain('hoi-trai-doan.jpg');
    // The upload was re-encoded in the browser: the phone's EXIF (maker, GPS position) is gone.
    expect(readFileSync(join(FIXTURES, 'hoi-trai.jpg')).includes('PhoneMaker')).toBe(true);
    const stored = readFileSync(join(cms.repo.siteDir, 'media/hoi-trai-doan.jpg'));
    expect(stored.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(stored.includes('PhoneMaker')).toBe(false);
    expect(stored.includes('Exif')).toBe(false);
    expect(cms.repo.git('log', '-1', '--format=%s', 'main')).toMatch(
      /^(Thêm|Sửa) Bài viết “doan-truong-to-chuc-hoi-trai”/,
    );

    // A second post with the same title gets a numbered slug instead of overwriting the first.
    await page.close();
    const again = await openAdmin();
    await newEntry(again, 'news');
    await again.getByLabel('Tiêu đề', { exact: true }).fill('Đoàn trường tổ chức hội trại');
    await again.getByLabel('Tóm tắt (sapo)').fill('Bài trùng tiêu đề.');
    await chooseOption(again, 'Chuyên mục', 'Đoàn – Đội');
    await save(again);
    expect(cms.repo.git('branch', '--list', 'cms/news/*')).toContain('cms/news/doan-truong-to-chuc-hoi-trai-1');
  });

  it('takes a văn bản with its PDF through the workflow', async () => {
    const page = await openAdmin();
    await newEntry(page, 'documents');
    await page.getByLabel('Trích yếu', { exact: true }).fill('Kế hoạch tổ chức hội trại truyền thống');
    await page.getByLabel('Số ký hiệu', { exact: true }).fill('125/KH-THCSTN');
    await chooseOption(page, 'Loại văn bản', 'Kế hoạch');
    await page.getByLabel('Cơ quan ban hành', { exact: true }).fill('Trường THCS Thử Nghiệm');
    await chooseOption(page, 'Cấp ban hành', 'Nhà trường');
    await page.getByLabel('Ngày ban hành', { exact: true }).fill('2025-11-15');
    await page.getByRole('button', { name: 'Thêm tệp đính kèm' }).click();
    await page.getByLabel('Tên tệp', { exact: true }).fill('Toàn văn kế hoạch');
    await upload(page, 'Chọn tệp', 'Công văn 125.PDF');
    await save(page);
    const branch = 'cms/documents/ke-hoach-to-chuc-hoi-trai-truyen-thong';
    await reviewAndPublish(page, branch);
    const doc = cms.repo.git('show', `main:sites/${SITE}/content/van-ban/ke-hoach-to-chuc-hoi-trai-truyen-thong.md`);
    expect(doc).toContain('file: /tep/cong-van-125.pdf');
    expect(cms.repo.git('ls-tree', '--name-only', 'main', `sites/${SITE}/public/tep/`)).toContain('cong-van-125.pdf');
  });

  it('builds the published entries into pages with the real pipeline', async () => {
    cms.repo.git('checkout', '-q', 'main');
    const built = await buildWithAdmin(cms.repo, SITE, cms.outRoot);
    expect(built.error).toBeUndefined();
    const dist = join(cms.outRoot, SITE);
    const post = readFileSync(join(dist, 'tin-tuc/doan-truong-to-chuc-hoi-trai/index.html'), 'utf8');
    expect(post).toContain('Đoàn trường tổ chức hội trại');
    expect(post).toContain('tổ chức hội trại truyền thống');
    const img = /<img[^>]*alt="Đoàn viên dựng trại trên sân trường"[^>]*>/.exec(post)?.[0] ?? '';
    expect(img).toMatch(/src="\/_astro\/hoi-trai-doan\.[\w-]+\.(webp|avif|jpg)"/);
    const doc = readFileSync(join(dist, 'van-ban/ke-hoach-to-chuc-hoi-trai-truyen-thong/index.html'), 'utf8');
    expect(doc).toContain('125/KH-THCSTN');
    expect(doc).toMatch(/href="\/tep\/cong-van-125\.pdf"/);
    expect(existsSync(join(dist, 'tep/cong-van-125.pdf'))).toBe(true);
    // Without CONG_TRUONG_CMS_LOCAL_BACKEND the built admin talks only to the Git host.
    expect(readFileSync(join(dist, 'admin/config.yml'), 'utf8')).not.toContain('local_backend');
  });
});
