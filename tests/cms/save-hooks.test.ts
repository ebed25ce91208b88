import { describe, expect, it } from 'vitest';
import { prepareForSave, SaveError } from '../../themes/cong-truong/admin/save-hooks.ts';

describe('prepareForSave (the admin preSave hook)', () => {
  it('normalises every string to NFC, so decomposed input folds like typed input', () => {
    const nfd = 'Đoàn trường tổ chức hội trại'.normalize('NFD');
    const out = prepareForSave({ title: nfd, files: [{ title: nfd, file: '/tep/a.pdf' }] });
    expect(out.title).toBe('Đoàn trường tổ chức hội trại');
    expect((out.files as { title: string }[])[0]?.title).toBe('Đoàn trường tổ chức hội trại');
  });

  it('drops empty optional values and blank list rows instead of writing ""', () => {
    const out = prepareForSave({
      title: 'Tin',
      updated: '',
      author: '  ',
      cover: { src: '', alt: '' },
      files: [{ title: '', file: '' }],
      draft: false,
      order: 0,
    });
    expect(out).toEqual({ title: 'Tin', files: [], draft: false, order: 0 });
  });

  it('keeps dates and numbers as they are', () => {
    const date = new Date('2025-09-05T00:00:00Z');
    expect(prepareForSave({ date, quota: 120 })).toEqual({ date, quota: 120 });
  });

  it('stops the save when a chosen image has no description', () => {
    expect(() =>
      prepareForSave({ cover: { src: '../../media/a.jpg', alt: '' } }, { labels: { cover: 'Ảnh đại diện' } }),
    ).toThrow(SaveError);
    expect(() =>
      prepareForSave({ cover: { src: '../../media/a.jpg' } }, { labels: { cover: 'Ảnh đại diện' } }),
    ).toThrow('«Ảnh đại diện»: hãy nhập «Mô tả ảnh» (văn bản thay thế) cho ảnh đã chọn.');
    expect(() =>
      prepareForSave({
        photos: [
          { src: '../../media/a.jpg', alt: 'Lớp 6A' },
          { src: '../../media/b.jpg', alt: '' },
        ],
      }),
    ).toThrow('«photos»[2]');
  });

  it('stops the save when a description has no image', () => {
    expect(() => prepareForSave({ cover: { alt: 'Học sinh chào cờ' } })).toThrow('chưa chọn ảnh');
  });

  it('shows the message alone, without the exception name', () => {
    const error = (() => {
      try {
        prepareForSave({ cover: { src: '../../media/a.jpg' } }, { labels: { cover: 'Ảnh đại diện' } });
      } catch (e) {
        return e as SaveError;
      }
    })();
    expect(`${error}`).toBe('«Ảnh đại diện»: hãy nhập «Mô tả ảnh» (văn bản thay thế) cho ảnh đã chọn.');
  });

  it('refuses a photo inserted in the body without its description', () => {
    const body = 'Sáng nay toàn trường chào cờ.\n\n![](../../media/chao-co.jpg)\n\n![Lớp 6A](../../media/6a.jpg)';
    expect(() => prepareForSave({ body }, { labels: { body: 'Nội dung' } })).toThrow(
      '«Nội dung»: ảnh «chao-co.jpg» chèn trong bài chưa có mô tả; bấm vào ảnh và nhập «Mô tả ảnh (bắt buộc)».',
    );
    expect(prepareForSave({ body: '![Lớp 6A chào cờ](../../media/6a.jpg)' }).body).toContain('Lớp 6A');
  });

  it('refuses a list that needs rows when it has none (a văn bản without its file)', () => {
    const rules = { labels: { files: 'Tệp văn bản' }, lists: [{ name: 'files', label: 'Tệp văn bản', min: 1 }] };
    expect(() => prepareForSave({ title: 'Công văn', files: [] }, rules)).toThrow(
      '«Tệp văn bản»: cần ít nhất 1 mục; bấm «Thêm» rồi chọn tệp.',
    );
    // Blank rows are dropped first, so they do not count.
    expect(() => prepareForSave({ title: 'Công văn', files: [{ title: '', file: '' }] }, rules)).toThrow(
      '«Tệp văn bản»',
    );
    expect(
      prepareForSave({ title: 'Công văn', files: [{ title: 'Toàn văn', file: '/tep/cv.pdf' }] }, rules).files,
    ).toHaveLength(1);
  });

  it('refuses a second entry with the same values where they must be unique, but not the entry itself', () => {
    const rules = {
      labels: { item: 'Mục công khai', schoolYear: 'Năm học' },
      unique: {
        fields: ['item', 'schoolYear'],
        existing: { 'hoc-phi|2025-2026': { slug: 'hoc-phi-2025-2026', title: 'Công khai học phí năm học 2025-2026' } },
      },
    };
    const data = { title: 'Học phí', item: 'hoc-phi', schoolYear: '2025-2026' };
    expect(() => prepareForSave(data, rules)).toThrow(
      'Đã có bài «Công khai học phí năm học 2025-2026» cùng «Mục công khai» và «Năm học»; hãy mở bài đó để sửa, không tạo bài thứ hai.',
    );
    expect(prepareForSave(data, rules, { slug: 'hoc-phi-2025-2026' }).item).toBe('hoc-phi');
    expect(prepareForSave({ ...data, schoolYear: '2026-2027' }, rules).item).toBe('hoc-phi');
  });

  it('also checks the entries the CMS holds now, drafts made since the last build included', () => {
    const rules = {
      labels: { item: 'Mục công khai', schoolYear: 'Năm học' },
      unique: { fields: ['item', 'schoolYear'], existing: {} },
    };
    const entries = [
      {
        slug: 'doi-ngu-2025-2026',
        data: { title: 'Đội ngũ nhà giáo năm học 2025-2026', item: 'doi-ngu', schoolYear: '2025-2026' },
      },
    ];
    const data = { title: 'Đội ngũ (cập nhật)', item: 'doi-ngu', schoolYear: '2025-2026' };
    expect(() => prepareForSave(data, rules, { entries })).toThrow(
      'Đã có bài «Đội ngũ nhà giáo năm học 2025-2026» cùng «Mục công khai» và «Năm học»',
    );
    expect(prepareForSave(data, rules, { entries, slug: 'doi-ngu-2025-2026' }).item).toBe('doi-ngu');
  });
});
