/**
 * Bad content must produce a message that names the file, the field and the fix,
 * in Vietnamese and English. The wording is pinned: editors learn it.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ContentError } from '../../content-schemas/errors.ts';
import { validateSite } from '../../content-schemas/validate.ts';
import { copySite } from '../helpers/temp-site.ts';
import { FIXTURE_SITES_DIR } from '../helpers/paths.ts';

const POST = 'content/tin-tuc/le-khai-giang-nam-hoc-moi.md';
const POST_FILE = 'mini/content/tin-tuc/le-khai-giang-nam-hoc-moi.md';

function problemsOf(siteDir: string, root: string) {
  try {
    validateSite(siteDir, root);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected validation to fail');
}

function broken(change: (source: string) => string, path = POST) {
  const site = copySite(join(FIXTURE_SITES_DIR, 'mini'));
  site.edit(path, change);
  return problemsOf(site.siteDir, site.sitesDir);
}

describe('validateSite', () => {
  it('accepts the fixture site and normalises text to NFC', () => {
    const site = copySite(join(FIXTURE_SITES_DIR, 'mini'));
    site.edit(POST, (s) => s.replace('title: Lễ khai giảng', `title: ${'Lễ khai giảng'.normalize('NFD')}`));
    const { entries } = validateSite(site.siteDir, site.sitesDir);
    const post = entries.find((e) => e.slug === 'le-khai-giang-nam-hoc-moi');
    expect(post?.data.title).toBe('Lễ khai giảng năm học 2025-2026 và Đoàn thanh niên ra quân');
    expect((post?.data.title as string).normalize('NFC')).toBe(post?.data.title);
  });

  it('rejects an impossible date with the file, field and fix', () => {
    expect(broken((s) => s.replace('date: 2025-09-05', 'date: 2025-02-30'))).toEqual([
      {
        file: POST_FILE,
        field: 'date',
        vi: '«Ngày đăng» (date): "2025-02-30" không phải ngày hợp lệ. Cách sửa: ghi một ngày có thật theo dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2025-09-05.',
        en: '"Publication date" (date): "2025-02-30" is not a valid date. Fix: write a real date as YYYY-MM-DD, e.g. 2025-09-05.',
      },
    ]);
  });

  it('rejects a date written the Vietnamese way', () => {
    const [problem] = broken((s) => s.replace('date: 2025-09-05', 'date: 05/09/2025'));
    expect(problem?.vi).toContain('"05/09/2025" không phải ngày hợp lệ');
  });

  it('names a missing required field', () => {
    expect(broken((s) => s.replace(/^description: .*\n/m, ''))).toEqual([
      {
        file: POST_FILE,
        field: 'description',
        vi: '«Tóm tắt (sapo)» (description): thiếu thông tin bắt buộc. Cách sửa: thêm trường "description".',
        en: '"Summary" (description): required field is missing. Fix: add "description".',
      },
    ]);
  });

  it('lists the allowed values of an enum', () => {
    const [problem] = broken((s) => s.replace('category: hoat-dong', 'category: su-kien'));
    expect(problem?.field).toBe('category');
    expect(problem?.vi).toBe(
      '«Chuyên mục» (category): giá trị "su-kien" không nằm trong danh sách cho phép. Cách sửa: dùng một trong các giá trị: thong-bao (Thông báo), hoat-dong (Hoạt động nhà trường), chuyen-mon (Chuyên môn), doan-doi (Đoàn – Đội), tin-nganh (Tin ngành), tuyen-truyen (Tuyên truyền, pháp luật), goc-phu-huynh (Góc phụ huynh), hoat-dong-cua-be (Hoạt động của bé), le-hoi (Lễ hội, sự kiện).',
    );
  });

  it('requires alt text on every image', () => {
    expect(broken((s) => s.replace(/^ {2}alt: .*\n/m, ''))).toEqual([
      {
        file: POST_FILE,
        field: 'cover.alt',
        vi: '«Mô tả ảnh (văn bản thay thế)» (cover.alt): thiếu thông tin bắt buộc. Cách sửa: thêm trường "alt", ví dụ: alt: Học sinh lớp 6A dự lễ khai giảng.',
        en: '"Alt text" (cover.alt): required field is missing. Fix: add "alt", e.g. alt: Học sinh lớp 6A dự lễ khai giảng.',
      },
    ]);
  });

  it('reports an image that is not there', () => {
    const [problem] = broken((s) => s.replace('khai-giang.jpg', 'khong-co.jpg'));
    expect(problem?.field).toBe('cover.src');
    expect(problem?.vi).toContain('không tìm thấy ảnh "../../media/khong-co.jpg"');
  });

  it('reports an image file whose content is not an image', () => {
    const site = copySite(join(FIXTURE_SITES_DIR, 'mini'));
    // What a failed upload often leaves: an HTML error page saved under the photo's name.
    site.write('media/khai-giang.jpg', '<!doctype html><title>502 Bad Gateway</title>');
    const message = (field: string) => ({
      vi: `«Ảnh» (${field}): tệp "../../media/khai-giang.jpg" có đuôi ảnh nhưng nội dung không phải ảnh (tệp hỏng hoặc tải lên dở). Cách sửa: xuất lại ảnh JPEG/PNG từ máy và tải lên lại.`,
      en: `"Image" (${field}): "../../media/khai-giang.jpg" has an image extension but its content is not an image (damaged or partly uploaded). Fix: export the photo again as JPEG/PNG and upload it again.`,
    });
    // Both entries that use the photo are named.
    expect(problemsOf(site.siteDir, site.sitesDir)).toEqual([
      { file: POST_FILE, field: 'cover.src', ...message('cover.src') },
      { file: 'mini/content/thu-vien-anh/le-khai-giang.md', field: 'photos.0.src', ...message('photos.0.src') },
    ]);
  });

  it('refuses an old-portal path with a query string, and one claimed by two entries', () => {
    expect(broken((s) => s.replace('  - /index.php/news/le-khai-giang\n', '  - /index.php?nv=news&id=12\n'))).toEqual([
      expect.objectContaining({ file: POST_FILE, field: 'oldPaths.1' }),
    ]);
    const site = copySite(join(FIXTURE_SITES_DIR, 'mini'));
    site.edit('content/trang/gioi-thieu.md', (s) =>
      s.replace(
        '  - /gioi-thieu-chung/\n',
        '  - /gioi-thieu-chung/\n  - /tin-tuc-su-kien/hoat-dong/le-khai-giang.html/\n',
      ),
    );
    expect(problemsOf(site.siteDir, site.sitesDir)).toEqual([
      {
        file: 'mini/content/trang/gioi-thieu.md',
        field: 'oldPaths.1',
        vi: `«Đường dẫn cũ» (oldPaths.1): "/tin-tuc-su-kien/hoat-dong/le-khai-giang.html/" đã dùng cho ${POST_FILE}. Cách sửa: mỗi đường dẫn cũ chỉ chuyển đến một bài; xoá nó ở một trong hai bài.`,
        en: `"Old path" (oldPaths.1): "/tin-tuc-su-kien/hoat-dong/le-khai-giang.html/" is already used by ${POST_FILE}. Fix: an old path leads to one entry only; remove it from one of them.`,
      },
    ]);
  });

  it('refuses MDX in editor content', () => {
    const site = copySite(join(FIXTURE_SITES_DIR, 'mini'));
    site.write('content/tin-tuc/bai-mdx.mdx', '---\ntitle: x\n---\nimport X from "y"\n');
    const problems = problemsOf(site.siteDir, site.sitesDir);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.vi).toContain('phải là Markdown (.md), không dùng MDX');
  });

  it('refuses a file name that is not an ASCII slug', () => {
    const site = copySite(join(FIXTURE_SITES_DIR, 'mini'));
    site.write('content/tin-tuc/Lễ-hội.md', '---\ntitle: x\n---\n');
    const problems = problemsOf(site.siteDir, site.sitesDir);
    expect(problems.some((p) => p.field === '(tên tệp)' && p.vi.includes('tên tệp "Lễ-hội"'))).toBe(true);
  });

  it('rejects a primary colour that fails 4.5:1 against white', () => {
    const problems = broken((s) => s.replace('primary: "#0b4f8a"', 'primary: "#7fb3e6"'), 'site.yaml');
    expect(problems).toEqual([
      {
        file: 'mini/site.yaml',
        field: 'theme.primary',
        vi: '«Màu giao diện» (theme.primary): màu #7fb3e6 chỉ đạt độ tương phản 2,21:1 với chữ trắng, dưới mức 4,5:1 của WCAG 2.1 AA. Cách sửa: chọn màu đậm hơn, ví dụ #0b4f8a.',
        en: '"Theme colour" (theme.primary): #7fb3e6 gives only 2.21:1 against white text, below the 4.5:1 of WCAG 2.1 AA. Fix: pick a darker colour, e.g. #0b4f8a.',
      },
    ]);
  });

  it('names the line of a YAML syntax error', () => {
    const [problem] = broken((s) => s.replace('category: hoat-dong', 'category: [hoat-dong'));
    expect(problem?.field).toBe('(frontmatter)');
    expect(problem?.vi).toMatch(/phần đầu YAML bị lỗi cú pháp \(dòng \d+\)/);
  });
});
