/**
 * What the CMS accepts is what the build accepts: in headless Chromium against
 * decap-server (git mode) and the real build of the mini fixture (a THCS), each
 * thing the build would refuse is refused at save, with its Vietnamese message,
 * and nothing reaches Git: a văn bản without its file, a photo in the body
 * without a description, a second công khai entry for an item and năm học, an
 * .exe picked as an attachment. Công khai offers only the items of the chosen
 * group and of the school's level.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useAdminSandbox } from './helpers/admin-sandbox.ts';
import { chooseOption, newEntry as newEntryAt, openAdmin as openAdminPage, upload } from './helpers/admin-page.ts';

const SITE = 'mini';
const cms = useAdminSandbox({
  site: SITE,
  evidence: 'cms-refusals',
  // A Windows program renamed by nobody: "MZ" is how every .exe starts.
  uploads: (dir) => writeFileSync(join(dir, 'Cài đặt Zalo.exe'), Buffer.from('MZ\x90\x00 not really a program')),
});

async function open(collection: string): Promise<Page> {
  cms.page = await openAdminPage(cms.browser, cms.server.url);
  await newEntryAt(cms.page, cms.server.url, collection);
  return cms.page;
}

/** Clicks "Lưu" and waits for the refusal; the repository has no new branch and no new commit. */
async function expectRefused(page: Page, message: string): Promise<void> {
  const head = cms.repo.git('rev-parse', 'main');
  // decap-server checks branches out, so the list is compared without the current-branch mark.
  const branches = cms.repo.git('for-each-ref', '--format=%(refname)', 'refs/heads');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText(`Chưa lưu được bài: ${message}`, { exact: false }).first().waitFor();
  expect(cms.repo.git('rev-parse', 'main')).toBe(head);
  expect(cms.repo.git('for-each-ref', '--format=%(refname)', 'refs/heads')).toBe(branches);
}

async function fillDocument(page: Page, title: string): Promise<void> {
  await page.getByLabel('Trích yếu', { exact: true }).fill(title);
  await page.getByLabel('Số ký hiệu', { exact: true }).fill('88/CV-THCSTN');
  await chooseOption(page, 'Loại văn bản', 'Công văn');
  await page.getByLabel('Cơ quan ban hành', { exact: true }).fill('Trường THCS Thử Nghiệm');
  await chooseOption(page, 'Cấp ban hành', 'Nhà trường');
  await page.getByLabel('Ngày ban hành', { exact: true }).fill('12/11/2025');
}

describe('the CMS refuses what the build would refuse', () => {
  it('a văn bản without its file', async () => {
    const page = await open('documents');
    await fillDocument(page, 'Công văn về việc tổ chức ngày Nhà giáo Việt Nam');
    await expectRefused(page, '«Tệp văn bản»: cần ít nhất 1 mục; bấm «Thêm» rồi chọn tệp.');
  });

  it('an .exe picked as an attachment, which is never written', async () => {
    const page = await open('documents');
    await fillDocument(page, 'Hướng dẫn cài đặt phần mềm liên lạc');
    await page.getByRole('button', { name: 'Thêm tệp đính kèm' }).click();
    await page.getByLabel('Tên tệp', { exact: true }).fill('Bộ cài');
    await upload(page, 'Chọn tệp', cms.uploads, 'Cài đặt Zalo.exe');
    const head = cms.repo.git('rev-parse', 'main');
    await page.getByRole('button', { name: 'Lưu' }).click();
    // The field's own check names it and the allowed types; the upload guard behind it never runs.
    await page.getByText(/^«Tệp đính kèm» chưa đúng: Chỉ nhận tệp pdf, docx/).waitFor();
    expect(cms.repo.git('rev-parse', 'main')).toBe(head);
    expect(cms.repo.git('branch', '--list', 'cms/*').trim()).toBe('');
    expect(cms.repo.git('log', '--all', '--format=%H', '--', '*.exe').trim()).toBe('');
    expect(cms.repo.git('status', '--porcelain', '--untracked-files=all').trim()).toBe('');
  });

  it('a photo in the body without its description, named by the field’s label', async () => {
    const page = await open('news');
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Hội thi cắm hoa chào mừng ngày 20/11');
    await page.getByLabel('Tóm tắt (sapo)').fill('Các chi đoàn giáo viên tham gia hội thi cắm hoa.');
    await chooseOption(page, 'Chuyên mục', 'Hoạt động nhà trường');
    await page.locator('.cms-editor-visual').getByRole('switch').click();
    await page.locator('.cms-editor-raw [contenteditable=true]').click();
    await page.keyboard.insertText('Hội thi diễn ra sôi nổi.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('![](../../media/khai-giang.jpg)');
    await expectRefused(
      page,
      '«Nội dung»: ảnh «khai-giang.jpg» chèn trong bài chưa có mô tả; bấm vào ảnh và nhập «Mô tả ảnh (bắt buộc)».',
    );
  });

  it('công khai offers the items of a THCS only, under their groups', async () => {
    const page = await open('disclosures');
    const item = page.getByLabel('Mục công khai', { exact: true });
    const finance = await item.locator('optgroup[label="Thu, chi tài chính"] option').allInnerTexts();
    expect(finance).toEqual([
      'Tình hình tài chính năm trước',
      'Học phí và các khoản thu khác',
      'Chính sách miễn, giảm, hỗ trợ, học bổng',
    ]);
    const all = await item.locator('option').allInnerTexts();
    expect(all).toContain('Danh mục sách giáo khoa sử dụng');
    expect(all).not.toContain('Các dịch vụ giáo dục mầm non');
    await expect(page.getByLabel('Nhóm nội dung (TT 09/2024)', { exact: true }).count()).resolves.toBe(0);
  });

  it('công khai writes the group of the chosen item', async () => {
    const page = await open('disclosures');
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Công khai chính sách miễn giảm học phí năm học 2025-2026');
    await page.getByLabel('Năm học', { exact: true }).fill('2025-2026');
    await page
      .getByLabel('Mục công khai', { exact: true })
      .selectOption({ label: 'Chính sách miễn, giảm, hỗ trợ, học bổng' });
    await page.getByLabel('Ngày công bố', { exact: true }).fill('15/09/2025');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('button', { name: /^Trạng thái:/ }).waitFor();
    const slug = 'cong-khai-chinh-sach-mien-giam-hoc-phi-nam-hoc-2025-2026';
    const file = cms.repo.git('show', `cms/disclosures/${slug}:sites/${SITE}/content/cong-khai/${slug}.md`);
    expect(file).toContain('item: mien-giam-hoc-bong');
    expect(file).toContain('category: tai-chinh');
  });

  it('a second công khai entry for an item and năm học that already have one', async () => {
    const page = await open('disclosures');
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Đội ngũ giáo viên năm học 2025-2026 (cập nhật)');
    await page.getByLabel('Năm học', { exact: true }).fill('2025-2026');
    await page
      .getByLabel('Mục công khai', { exact: true })
      .selectOption({ label: 'Đội ngũ nhà giáo, cán bộ quản lý và nhân viên' });
    await page.getByLabel('Ngày công bố', { exact: true }).fill('10/11/2025');
    await expectRefused(
      page,
      'Đã có bài «Công khai đội ngũ nhà giáo năm học 2025-2026» cùng «Mục công khai» và «Năm học»; hãy mở bài đó để sửa, không tạo bài thứ hai.',
    );
  });
});
