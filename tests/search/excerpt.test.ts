/** Search excerpts: where the window sits, what is marked, what is never marked. */
import { describe, expect, it } from 'vitest';
import { buildExcerpt } from '../../themes/cong-truong/search/excerpt.ts';

/** The excerpt as text, marks in [brackets]. */
function shown(content: string, title: string, words: string[], prefix = false): string {
  return buildExcerpt(content, title, words, prefix)
    .map((p) => (p.mark ? `[${p.text}]` : p.text))
    .join('');
}

const TITLE = 'Lịch kiểm tra cuối kỳ I năm học 2026-2027';
const BODY = `${TITLE}. Căn cứ Công văn 3468/SGDĐT-GDTrH của Sở Giáo dục và Đào tạo, nhà trường thông báo lịch kiểm tra cuối kỳ I từ ngày 14/12/2026 đến ngày 18/12/2026 cho học sinh lớp 6 đến lớp 9. Phụ huynh nhắc con ôn tập theo đề cương.`;

describe('buildExcerpt', () => {
  it('starts after the title instead of repeating it', () => {
    expect(shown(BODY, TITLE, ['phu', 'huynh'])).not.toMatch(/^Lịch kiểm tra cuối kỳ I năm học 2026-2027/);
    expect(shown(BODY, TITLE, ['xyz'])).toMatch(/^Căn cứ Công văn/);
  });

  it('marks đ words for a query typed with d, and the letters as written', () => {
    expect(shown(BODY, TITLE, ['dao', 'tao'])).toContain('[Đào] [tạo]');
  });

  it('marks the words side by side when they are, not each word everywhere', () => {
    const text = 'Ban chỉ đạo họp. Sở Giáo dục và Đào tạo hướng dẫn. Tạo điều kiện cho học sinh.';
    const out = shown(text, '', ['dao', 'tao']);
    expect(out).toContain('[Đào] [tạo]');
    expect(out).not.toContain('[đạo]');
    expect(out).not.toContain('[Tạo]');
  });

  it('never marks digits inside a date or a decimal, but marks a number standing alone or in a code', () => {
    expect(shown(BODY, TITLE, ['18'])).not.toContain('[18]');
    expect(shown(BODY, TITLE, ['lop', '6'])).toContain('[lớp] [6]');
    expect(shown(BODY, TITLE, ['3468'])).toContain('[3468]/SGDĐT-GDTrH');
    expect(shown('Tỷ lệ 38,9% học sinh giỏi; 9 lớp.', '', ['9'])).toBe('Tỷ lệ 38,9% học sinh giỏi; [9] lớp.');
  });

  it('marks whole words only, and the last word as a prefix only while it is being typed', () => {
    expect(shown('Học phí và phiếu đăng ký.', '', ['hoc', 'phi'])).toBe('[Học] [phí] và phiếu đăng ký.');
    expect(shown('Phiếu đăng ký và học phí.', '', ['phi'], true)).toBe('[Phiếu] đăng ký và học [phí].');
  });

  it('shows the part of a long text that holds the words, with ellipses where it is cut', () => {
    const filler = Array.from({ length: 80 }, (_, i) => `câu${i}`).join(' ');
    const out = shown(`${filler}. Đăng ký bán trú tại phòng văn thư. ${filler}`, '', ['ban', 'tru']);
    expect(out).toMatch(/^… Đăng ký \[bán\] \[trú\] tại phòng văn thư\./);
    expect(out.endsWith(' …')).toBe(true);
    expect(out.split(' ').length).toBeLessThanOrEqual(32);
  });
});
