/**
 * What the CMS accepts is what the site shows, for the body of a post, on a 390 px
 * phone in headless Chromium against decap-server (git mode, the review workflow)
 * and the real build of the mini fixture:
 *
 * - a table pasted from Word (thead, merged cells, `<b>` inside) reaches Git as a
 *   GFM table and the rebuilt site shows it with `scope="col"` headers; a pasted
 *   YouTube player becomes a «Video» link card, with a notice;
 * - HTML typed in Markdown mode: the preview lists what the site drops, an iframe
 *   is refused at save, formatting-only HTML saves with a notice;
 * - the công khai preview shows Vietnamese labels, and a second entry for the same
 *   item and năm học is refused although the first exists only as a draft.
 *
 * The paste is a `paste` ClipboardEvent carrying a DataTransfer with text/html, the
 * event the browser fires for Ctrl+V (the system clipboard itself is not reachable
 * from a headless test without a desktop session).
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { VIDEO_LIMITS } from '../../content-schemas/media-limits.ts';
import { useAdminSandbox } from './helpers/admin-sandbox.ts';
import { expectNoSidewaysScroll, openPhoneAdmin, tap, tapSaveNew } from './helpers/phone.ts';

const SITE = 'mini';
/** As Word 365 puts a table on the clipboard (trimmed): classes, mso styles, <o:p>, a <b> header row inside <thead>. */
const WORD_TABLE = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->
<p class=MsoNormal><b>Danh sách học sinh đạt giải</b> cấp quận<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 style="border-collapse:collapse;mso-yfti-tbllook:1184">
<thead><tr><td rowspan=2 style="border:solid windowtext 1.0pt"><p class=MsoNormal><b>Họ và tên</b><o:p></o:p></p></td><td colspan=2><p class=MsoNormal><b>Kết quả</b></p></td></tr>
<tr><td><b>Môn</b></td><td><b>Giải</b></td></tr></thead>
<tbody><tr><td><p class=MsoNormal><span style="font-size:13.0pt;font-family:'Times New Roman'">Nguyễn Văn An</span></p></td><td>Toán</td><td><b>Nhất</b></td></tr>
<tr><td>Trần Thị Bình</td><td colspan=2>Khuyến khích</td></tr></tbody></table>
<!--EndFragment--></body></html>`;
const YOUTUBE_PLAYER =
  '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=abc" title="Lễ khai giảng năm học 2025–2026" frameborder="0" allowfullscreen></iframe>';

/** The start of an MP4 file (an `ftyp` box); the admin and the build judge a clip by its type and size, not by playing it. */
const MP4_HEAD = Buffer.from('0000001c667479706d703432000000006d70343269736736f6d000000086d646174', 'hex');

const cms = useAdminSandbox({
  site: SITE,
  evidence: 'cms-body-content',
  uploads: (dir) => {
    writeFileSync(join(dir, 'van-nghe-20-11.mp4'), Buffer.concat([MP4_HEAD, Buffer.alloc(200_000)]));
    writeFileSync(join(dir, 'le-tong-ket-ca-buoi.mp4'), Buffer.concat([MP4_HEAD, Buffer.alloc(VIDEO_LIMITS.maxBytes)]));
  },
});

async function newEntry(collection: string): Promise<Page> {
  cms.page = await openPhoneAdmin(cms.browser, cms.server.url);
  await cms.page.goto(`${cms.server.url}/admin/#/collections/${collection}/new`);
  await cms.page.getByRole('button', { name: 'Lưu' }).waitFor();
  return cms.page;
}

async function type(page: Page, label: string, text: string): Promise<void> {
  await tap(page, page.getByLabel(label, { exact: true }), label);
  await page.keyboard.insertText(text);
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await tap(page, page.getByLabel(label, { exact: true }), label);
  await tap(page, page.getByRole('option', { name: option, exact: true }), option);
}

/** What the browser fires for Ctrl+V with HTML on the clipboard, at the caret in the body. */
async function paste(page: Page, html: string): Promise<void> {
  await page
    .locator('[data-slate-editor=true]')
    .first()
    .evaluate((editable, pasted) => {
      const data = new DataTransfer();
      data.setData('text/html', pasted);
      data.setData('text/plain', 'Bảng dán từ Word');
      editable.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
}

async function togglePreview(page: Page) {
  await tap(page, page.getByRole('button', { name: 'Bật/tắt xem trước' }), 'Bật/tắt xem trước');
  return page.frameLocator('iframe').first();
}

const save = tapSaveNew;

async function switchToMarkdown(page: Page): Promise<void> {
  await tap(page, page.locator('.cms-editor-visual').getByRole('switch'), 'Markdown');
  await tap(page, page.locator('.cms-editor-raw [contenteditable=true]'), 'Nội dung (Markdown)');
}

/** The file on the entry's review branch. */
function draft(collection: string, folder: string, slug: string): string {
  return cms.repo.git('show', `cms/${collection}/${slug}:sites/${SITE}/content/${folder}/${slug}.md`);
}

describe('a body pasted from Word, on a phone', () => {
  const slug = 'ket-qua-hoi-thi-hoc-sinh-gioi-cap-quan';

  it('keeps the table and turns a YouTube player into «Video», with a notice', async () => {
    const page = await newEntry('news');
    await type(page, 'Tiêu đề', 'Kết quả hội thi học sinh giỏi cấp quận');
    await type(page, 'Tóm tắt (sapo)', 'Nhà trường chúc mừng các em học sinh đạt giải.');
    await choose(page, 'Chuyên mục', 'Hoạt động nhà trường');
    await tap(page, page.locator('[data-slate-editor=true]').first(), 'Nội dung');
    await page.keyboard.insertText('Nhà trường chúc mừng các em:');
    await page.keyboard.press('Enter');
    await paste(page, WORD_TABLE);
    const editor = page.locator('[data-slate-editor=true]').first();
    await editor.locator('table td', { hasText: 'Nguyễn Văn An' }).waitFor();
    await expect(editor.locator('table tr').count()).resolves.toBe(4);
    await expect(editor.locator('strong', { hasText: 'Danh sách học sinh đạt giải' }).count()).resolves.toBe(1);
    await expectNoSidewaysScroll(page, 'editor with a pasted table');

    // The paste leaves the caret in a paragraph after the table.
    await page.keyboard.insertText('Chúc mừng các em!');
    await paste(page, YOUTUBE_PLAYER);
    const notice = page.getByRole('status').filter({ hasText: 'Nội dung dán vào đã được chỉnh' });
    await expect(notice.innerText()).resolves.toContain('đã được đổi thành mục «Video»');
    await tap(page, notice.getByRole('button', { name: 'Đã hiểu' }), 'Đã hiểu');

    const preview = await togglePreview(page);
    await preview.locator('th[scope=col]', { hasText: 'Họ và tên' }).waitFor();
    await expect(preview.locator('.ct-scroll td', { hasText: 'Khuyến khích' }).count()).resolves.toBe(1);
    await expect(preview.locator('.ct-video a').innerText()).resolves.toBe('Xem trên YouTube');
    await expect(preview.locator('.ct-dropped, iframe').count()).resolves.toBe(0);
    await togglePreview(page);
    await save(page);

    const file = draft('news', 'tin-tuc', slug);
    expect(file).toContain('**Danh sách học sinh đạt giải** cấp quận');
    expect(file).toMatch(/^\| \*\*Họ và tên\*\* +\| \*\*Kết quả\*\* +\| +\|$/m);
    expect(file).toMatch(/^\| Nguyễn Văn An +\| Toán +\| \*\*Nhất\*\* +\|$/m);
    expect(file).toMatch(/^Chúc mừng các em!$/m);
    expect(file).toContain('[Lễ khai giảng năm học 2025–2026](https://www.youtube.com/watch?v=dQw4w9WgXcQ "video")');
    expect(file).not.toMatch(/<|mso|MsoNormal|iframe/);
  });

  it('is published by the site as an accessible table and a link card', async () => {
    const sites = join(cms.repo.base, 'sites-after-save');
    cpSync(join(cms.repo.base, 'repo', 'sites'), sites, { recursive: true });
    writeFileSync(join(sites, SITE, 'content/tin-tuc', `${slug}.md`), draft('news', 'tin-tuc', slug));
    const out = join(cms.repo.base, 'dist-after-save');
    process.env.CONG_TRUONG_CACHE_DIR = join(cms.repo.base, 'astro-cache-after-save');
    const built = await buildSite(SITE, { sitesDir: sites, outRoot: out }).finally(
      () => delete process.env.CONG_TRUONG_CACHE_DIR,
    );
    expect(built.ok, built.ok ? '' : built.error).toBe(true);
    const html = readFileSync(join(out, SITE, 'tin-tuc', slug, 'index.html'), 'utf8');
    expect(html).toMatch(
      /<div class="ct-scroll" role="region" tabindex="0" aria-label="Bảng: Họ và tên, Kết quả"><table class="ct-table">/,
    );
    for (const cell of ['Nguyễn Văn An', 'Trần Thị Bình', 'Toán', 'Khuyến khích'])
      expect(html).toContain(`<td>${cell}</td>`);
    expect(html).toContain('<th scope="col"><strong>Họ và tên</strong></th>');
    expect(html).toContain('<td><strong>Nhất</strong></td>');
    expect(html).toContain(
      '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer" class="ct-video__link">Xem trên YouTube</a>',
    );
    expect(html).not.toMatch(/<iframe|youtube\.com\/embed|ytimg/);
  });
});

describe("the school's own video clip", () => {
  async function insertVideo(page: Page, title: string, file: string): Promise<void> {
    await tap(page, page.locator('[data-slate-editor=true]').first(), 'Nội dung');
    await tap(page, page.getByRole('button', { name: 'Chèn thành phần' }), 'Chèn thành phần');
    await tap(page, page.getByRole('menuitem', { name: 'Video', exact: true }), 'Video');
    await type(page, 'Tiêu đề video', title);
    await tap(page, page.getByRole('button', { name: 'Chọn tệp' }).last(), 'Chọn tệp');
    await page.getByRole('button', { name: 'Tải lên' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(join(cms.uploads, file));
    await tap(page, page.getByRole('button', { name: 'Dùng mục đã chọn' }), 'Dùng mục đã chọn');
  }

  it('goes to public/video through «Video» and the body links /video/…', async () => {
    const page = await newEntry('news');
    await type(page, 'Tiêu đề', 'Tiết mục văn nghệ chào mừng ngày 20/11');
    await type(page, 'Tóm tắt (sapo)', 'Lớp 8A biểu diễn múa «Bụi phấn».');
    await choose(page, 'Chuyên mục', 'Hoạt động nhà trường');
    await insertVideo(page, 'Múa «Bụi phấn» – lớp 8A', 'van-nghe-20-11.mp4');
    await save(page);
    const slug = 'tiet-muc-van-nghe-chao-mung-ngay-20-11';
    expect(draft('news', 'tin-tuc', slug)).toContain('[Múa «Bụi phấn» – lớp 8A](/video/van-nghe-20-11.mp4 "video")');
    expect(
      cms.repo.git('cat-file', '-s', `cms/news/${slug}:sites/${SITE}/public/video/van-nghe-20-11.mp4`).trim(),
    ).toBe(String(MP4_HEAD.length + 200_000));
    expect(cms.repo.git('ls-tree', '-r', '--name-only', `cms/news/${slug}`, `sites/${SITE}/media`)).not.toContain(
      '.mp4',
    );
  });

  it('over the size limit is refused at save and never written', async () => {
    const page = await newEntry('news');
    await type(page, 'Tiêu đề', 'Lễ tổng kết năm học');
    await type(page, 'Tóm tắt (sapo)', 'Toàn bộ buổi lễ tổng kết.');
    await choose(page, 'Chuyên mục', 'Hoạt động nhà trường');
    await insertVideo(page, 'Lễ tổng kết', 'le-tong-ket-ca-buoi.mp4');
    const branches = cms.repo.git('for-each-ref', '--format=%(refname)', 'refs/heads');
    await tap(page, page.getByRole('button', { name: 'Lưu' }), 'Lưu');
    await page
      .getByText('Không tải lên video «le-tong-ket-ca-buoi.mp4»: tệp nặng 25,1 MB, quá giới hạn 25 MB', {
        exact: false,
      })
      .first()
      .waitFor();
    expect(cms.repo.git('for-each-ref', '--format=%(refname)', 'refs/heads')).toBe(branches);
  });
});

describe('HTML typed in Markdown mode', () => {
  it('is listed in the preview; an iframe is refused at save, formatting saves with a notice', async () => {
    const page = await newEntry('news');
    await type(page, 'Tiêu đề', 'Video lễ kỷ niệm ngày Nhà giáo Việt Nam');
    await type(page, 'Tóm tắt (sapo)', 'Toàn cảnh buổi lễ kỷ niệm 20/11.');
    await choose(page, 'Chuyên mục', 'Hoạt động nhà trường');
    await switchToMarkdown(page);
    await page.keyboard.insertText('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>');

    const preview = await togglePreview(page);
    await expect(preview.locator('.ct-dropped').innerText()).resolves.toMatch(
      /^Những phần sau sẽ không hiện trên cổng:\n+khung nhúng \(iframe, embed, object\) không hiện trên cổng; video YouTube, Facebook hãy chèn bằng nút «Video» \(<iframe>\)$/,
    );
    await togglePreview(page);

    const branches = cms.repo.git('for-each-ref', '--format=%(refname)', 'refs/heads');
    await tap(page, page.getByRole('button', { name: 'Lưu' }), 'Lưu');
    await page
      .getByText('Chưa lưu được bài: «Nội dung»: khung nhúng (iframe, embed, object) không hiện trên cổng', {
        exact: false,
      })
      .first()
      .waitFor();
    expect(cms.repo.git('for-each-ref', '--format=%(refname)', 'refs/heads')).toBe(branches);

    await tap(page, page.locator('.cms-editor-raw [contenteditable=true]'), 'Nội dung (Markdown)');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('Buổi lễ <font color="red">trang trọng</font> và ấm cúng.');
    await save(page);
    const notice = page.getByRole('status').filter({ hasText: 'Bài được lưu, nhưng' });
    await expect(notice.innerText()).resolves.toContain('«Nội dung»: thẻ phông chữ (<font>) không hiện, chữ vẫn giữ');
    await expectNoSidewaysScroll(page, 'notice after save');
    expect(draft('news', 'tin-tuc', 'video-le-ky-niem-ngay-nha-giao-viet-nam')).toContain(
      'Buổi lễ <font color="red">trang trọng</font> và ấm cúng.',
    );
  });
});

describe('công khai', () => {
  const title = 'Công khai học phí và các khoản thu năm học 2026-2027';

  async function fillDisclosure(page: Page, entryTitle: string): Promise<void> {
    await type(page, 'Tiêu đề', entryTitle);
    await type(page, 'Năm học', '2026-2027');
    await page.getByLabel('Mục công khai', { exact: true }).selectOption({ label: 'Học phí và các khoản thu khác' });
    await page.getByLabel('Ngày công bố', { exact: true }).fill('05/09/2026');
  }

  it('previews with the Vietnamese labels of the group and the item, not their codes', async () => {
    const page = await newEntry('disclosures');
    await fillDisclosure(page, title);
    const preview = await togglePreview(page);
    // textContent: the kicker is upper-cased by CSS only.
    await expect(preview.locator('.ct-kicker').textContent()).resolves.toBe('Thu, chi tài chính');
    const facts = await preview.locator('.ct-facts').innerText();
    expect(facts).toContain('Học phí và các khoản thu khác');
    expect(facts).toContain('05/09/2026');
    expect(await preview.locator('body').innerText()).not.toMatch(/tai-chinh|hoc-phi/);
    await togglePreview(page);
    await save(page);
  });

  it('refuses a second entry for the item and năm học of a draft saved a minute ago, before any build', async () => {
    const page = await newEntry('disclosures');
    await fillDisclosure(page, 'Học phí năm học 2026-2027 (bản sửa)');
    const branches = cms.repo.git('for-each-ref', '--format=%(refname)', 'refs/heads');
    await tap(page, page.getByRole('button', { name: 'Lưu' }), 'Lưu');
    await page
      .getByText(`Chưa lưu được bài: Đã có bài «${title}» cùng «Mục công khai» và «Năm học»`, { exact: false })
      .first()
      .waitFor();
    expect(cms.repo.git('for-each-ref', '--format=%(refname)', 'refs/heads')).toBe(branches);
  });
});
