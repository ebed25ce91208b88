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
    const out = prepareForSave({ title: 'Tin', updated: '', author: '  ', cover: { src: '', alt: '' }, files: [{ title: '', file: '' }], draft: false, order: 0 });
    expect(out).toEqual({ title: 'Tin', files: [], draft: false, order: 0 });
  });

  it('keeps dates and numbers as they are', () => {
    const date = new Date('2025-09-05T00:00:00Z');
    expect(prepareForSave({ date, quota: 120 })).toEqual({ date, quota: 120 });
  });

  it('stops the save when a chosen image has no description', () => {
    expect(() => prepareForSave({ cover: { src: '../../media/a.jpg', alt: '' } }, { cover: 'Ảnh đại diện' })).toThrow(SaveError);
    expect(() => prepareForSave({ cover: { src: '../../media/a.jpg' } }, { cover: 'Ảnh đại diện' })).toThrow(
      '«Ảnh đại diện»: hãy nhập «Mô tả ảnh» (văn bản thay thế) cho ảnh đã chọn.',
    );
    expect(() => prepareForSave({ photos: [{ src: '../../media/a.jpg', alt: 'Lớp 6A' }, { src: '../../media/b.jpg', alt: '' }] })).toThrow('«photos»[2]');
  });

  it('stops the save when a description has no image', () => {
    expect(() => prepareForSave({ cover: { alt: 'Học sinh chào cờ' } })).toThrow('chưa chọn ảnh');
  });
});
