/**
 * The admin on a 390 px phone, in headless Chromium against decap-server (git
 * mode, the review workflow) and the real build of the mini fixture: an editor
 * writes a news post with a cover photo straight from a phone camera and a văn
 * bản with its PDF, looks at the preview, and takes both through Nháp → Chờ duyệt
 * → Sẵn sàng → Công bố. Every button is tapped on screen (wholly inside the 390 px
 * width, found by scrolling down only) and no page is wider than the screen.
 *
 * The photo is 4000×3000 with EXIF orientation 6 (a phone held upright) and a
 * camera maker: the file that reaches Git is at most 2000 px on its long side,
 * upright (portrait), and carries no EXIF.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { ROOT } from '../helpers/paths.ts';
import { MEDIA_LIMITS } from '../../content-schemas/media-limits.ts';
import { useAdminSandbox } from './helpers/admin-sandbox.ts';
import { expectNoSidewaysScroll, openPhoneAdmin, tap, tapSaveNew } from './helpers/phone.ts';

const SITE = 'mini';
const FIXTURES = join(ROOT, 'tests/fixtures/cms');
const PHOTO = 'Ảnh lễ chào cờ.jpg';
const STORED_PHOTO = 'anh-le-chao-co.jpg';

/**
 * A 4000×3000 camera JPEG stored sideways with EXIF orientation 6: shown upright it
 * is 3000 wide and 4000 high. Its stored top-left quarter is red, so upright the
 * red quarter is at the top right.
 */
async function phonePhoto(path: string): Promise<void> {
  const red = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#d01010' } })
    .png()
    .toBuffer();
  await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#1040c0' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .jpeg({ quality: 92 })
    .withMetadata({ orientation: 6, exif: { IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' } } })
    .toFile(path);
}

const cms = useAdminSandbox({
  site: SITE,
  evidence: 'cms-phone',
  uploads: async (dir) => {
    await phonePhoto(join(dir, PHOTO));
    copyFileSync(join(FIXTURES, 'cong-van-125.pdf'), join(dir, 'Công văn 125.pdf'));
  },
});

async function open(): Promise<Page> {
  cms.page = await openPhoneAdmin(cms.browser, cms.server.url);
  return cms.page;
}

/** From the collection list: the collection's link, then "Thêm …". */
async function newEntry(page: Page, collection: string, addLabel: string): Promise<void> {
  await tap(page, page.getByRole('link', { name: collection }).first());
  await tap(page, page.getByRole('link', { name: addLabel }));
  await page.getByRole('button', { name: 'Lưu' }).waitFor();
  await expectNoSidewaysScroll(page, `editor of ${collection}`);
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await tap(page, page.getByLabel(label, { exact: true }), label);
  await tap(page, page.getByRole('option', { name: option, exact: true }), option);
}

/** The media library from the field's button: upload from the phone, then "Dùng mục đã chọn". */
async function uploadThrough(page: Page, button: string, file: string): Promise<void> {
  await tap(page, page.getByRole('button', { name: button }).first(), button);
  await page.getByRole('button', { name: 'Tải lên' }).waitFor();
  await expectNoSidewaysScroll(page, 'media library');
  await page.locator('input[type=file]').setInputFiles(join(cms.uploads, file));
  await tap(page, page.getByRole('button', { name: 'Dùng mục đã chọn' }), 'Dùng mục đã chọn');
}

async function save(page: Page): Promise<void> {
  await tapSaveNew(page);
  await expectNoSidewaysScroll(page, 'saved entry');
}

/** Nháp → Chờ duyệt → Sẵn sàng → Công bố ngay, every menu opened and chosen on screen. */
async function reviewAndPublish(page: Page, branch: string): Promise<void> {
  for (const status of ['Chờ duyệt', 'Sẵn sàng']) {
    const previous = cms.repo.git('config', `branch.${branch}.description`).trim();
    await tap(page, page.getByRole('button', { name: /^Trạng thái:/ }), 'Trạng thái');
    await tap(page, page.getByRole('menuitem', { name: status }), status);
    await expect
      .poll(() => cms.repo.git('config', `branch.${branch}.description`).trim(), { timeout: 30_000 })
      .not.toBe(previous);
  }
  await tap(page, page.getByRole('button', { name: 'Công bố', exact: true }), 'Công bố');
  await tap(page, page.getByRole('menuitem', { name: 'Công bố ngay' }), 'Công bố ngay');
  await page.getByText('Đã đăng bài').waitFor();
  expect(cms.repo.git('branch', '--list', branch).trim()).toBe('');
}

describe('admin on a 390 px phone', () => {
  it('lists the collections and the review board without sideways scrolling', async () => {
    const page = await open();
    await expectNoSidewaysScroll(page, 'collection list');
    await page.goto(`${cms.server.url}/admin/#/workflow`);
    await page.getByText('Quy trình duyệt bài').waitFor();
    await expectNoSidewaysScroll(page, 'review board');
  });

  it('writes a news post with a phone photo as cover, previews it and publishes it', async () => {
    const page = await open();
    await newEntry(page, 'Tin tức, thông báo', 'Tạo bài thuộc loại Bài viết');
    await tap(page, page.getByLabel('Tiêu đề', { exact: true }), 'Tiêu đề');
    await page.keyboard.insertText('Lễ chào cờ đầu tuần của liên đội');
    await tap(page, page.getByLabel('Tóm tắt (sapo)'), 'Tóm tắt');
    await page.keyboard.insertText('Liên đội tổ chức lễ chào cờ và phát động phong trào kế hoạch nhỏ.');
    await choose(page, 'Chuyên mục', 'Đoàn – Đội');
    await uploadThrough(page, 'Chọn ảnh', PHOTO);
    await tap(page, page.getByLabel('Mô tả ảnh (văn bản thay thế)'), 'Mô tả ảnh');
    await page.keyboard.insertText('Học sinh chào cờ trên sân trường');

    // The Markdown toolbar wraps within the screen: its buttons are tapped where they are.
    const body = page.locator('[data-slate-editor=true]').first();
    await tap(page, body, 'Nội dung');
    await page.keyboard.insertText('Sáng thứ Hai, toàn trường dự lễ chào cờ.');
    await tap(page, page.getByRole('button', { name: 'Chữ đậm' }).first(), 'Chữ đậm');

    // The preview is a toggle: the eye button swaps the form for the preview, full width.
    const toggle = page.getByRole('button', { name: 'Bật/tắt xem trước' });
    await tap(page, toggle, 'Bật/tắt xem trước');
    const preview = page.locator('iframe').first();
    await page.frameLocator('iframe').first().getByText('Lễ chào cờ đầu tuần của liên đội').waitFor();
    const frame = await preview.boundingBox();
    expect(frame?.x).toBeGreaterThanOrEqual(0);
    expect((frame?.x ?? 0) + (frame?.width ?? 0)).toBeLessThanOrEqual(390);
    expect(frame?.width).toBeGreaterThan(300);
    await expectNoSidewaysScroll(page, 'preview');
    await tap(page, toggle, 'Bật/tắt xem trước');
    await page.getByLabel('Tiêu đề', { exact: true }).waitFor();

    await save(page);
    await reviewAndPublish(page, 'cms/news/le-chao-co-dau-tuan-cua-lien-doi');
    const post = cms.repo.git('show', `main:sites/${SITE}/content/tin-tuc/le-chao-co-dau-tuan-cua-lien-doi.md`);
    expect(post).toContain(`src: ../../media/${STORED_PHOTO}`);
    expect(post).toContain('alt: Học sinh chào cờ trên sân trường');
  });

  it('stored the 4000×3000 phone photo at most 2000 px long, upright and without EXIF', async () => {
    const stored = readFileSync(join(cms.repo.siteDir, 'media', STORED_PHOTO));
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe('jpeg');
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(MEDIA_LIMITS.maxLongSide);
    // Upright: the pixels are portrait (1500×2000) and no orientation tag is left to turn them.
    expect([meta.width, meta.height]).toEqual([1500, 2000]);
    expect(meta.orientation).toBeUndefined();
    expect(meta.exif).toBeUndefined();
    expect(stored.includes('PhoneMaker')).toBe(false);
    // The stored top-left quarter of the camera file was red; upright it is the top right.
    const { data, info } = await sharp(stored).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) =>
      Array.from(data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3));
    const [r1, , b1] = at(info.width - 100, 100);
    const [r2, , b2] = at(100, 100);
    expect(r1).toBeGreaterThan(150);
    expect(b1).toBeLessThan(80);
    expect(b2).toBeGreaterThan(150);
    expect(r2).toBeLessThan(80);
  });

  it('writes a văn bản with its PDF and publishes it', async () => {
    const page = await open();
    await newEntry(page, 'Văn bản', 'Tạo bài thuộc loại Văn bản');
    await tap(page, page.getByLabel('Trích yếu', { exact: true }), 'Trích yếu');
    await page.keyboard.insertText('Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường');
    await tap(page, page.getByLabel('Số ký hiệu', { exact: true }), 'Số ký hiệu');
    await page.keyboard.insertText('46/KH-THCSTN');
    await choose(page, 'Loại văn bản', 'Kế hoạch');
    await tap(page, page.getByLabel('Cơ quan ban hành', { exact: true }), 'Cơ quan ban hành');
    await page.keyboard.insertText('Trường THCS Thử Nghiệm');
    await choose(page, 'Cấp ban hành', 'Nhà trường');
    await page.getByLabel('Ngày ban hành', { exact: true }).fill('2025-10-06');
    await tap(page, page.getByRole('button', { name: 'Thêm tệp đính kèm' }), 'Thêm tệp đính kèm');
    await tap(page, page.getByLabel('Tên tệp', { exact: true }), 'Tên tệp');
    await page.keyboard.insertText('Toàn văn kế hoạch');
    await uploadThrough(page, 'Chọn tệp', 'Công văn 125.pdf');
    await save(page);
    await reviewAndPublish(page, 'cms/documents/ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong');
    const doc = cms.repo.git(
      'show',
      `main:sites/${SITE}/content/van-ban/ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong.md`,
    );
    expect(doc).toContain('file: /tep/cong-van-125.pdf');
  });
});
