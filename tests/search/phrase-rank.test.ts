/** Phrase ranking's matching rules (the reordering itself is checked in Chromium on real indexes). */
import { describe, expect, it } from 'vitest';
import { containsPhrase, phraseRank, phraseTier } from '../../themes/cong-truong/search/phrase-rank.ts';

describe('containsPhrase', () => {
  it('matches typed-without-marks words side by side, across punctuation, and not scattered', () => {
    const folded = { words: ['thuc', 'don'], accented: false };
    expect(containsPhrase('Công khai thực đơn tuần 12', folded)).toBe(true);
    expect(containsPhrase('Thực đơn: cơm, canh', folded)).toBe(true);
    expect(containsPhrase('Bảo đảm thực phẩm an toàn; đơn vị cung cấp', folded)).toBe(false);
  });

  it('keeps tone marks when the user typed them', () => {
    const accented = { words: ['tuyến', 'sinh'], accented: true };
    expect(containsPhrase('Học trực tuyến sinh động', accented)).toBe(true);
    expect(containsPhrase('Tuyển sinh lớp 6', accented)).toBe(false);
  });
});

describe('phraseTier', () => {
  const phrase = { words: ['ke', 'hoach', 'tuan'], accented: false };
  it('puts a title that starts with the phrase, then one that holds it, before a text match before neither', () => {
    expect(phraseTier({ meta: { title: 'Kế hoạch tuần 12' }, content: '' }, phrase)).toBe(0);
    expect(phraseTier({ meta: { title: 'Xem kế hoạch tuần ở đâu?' }, content: '' }, phrase)).toBe(1);
    expect(phraseTier({ meta: { title: 'Thông báo' }, content: 'Xem kế hoạch tuần trên bảng tin.' }, phrase)).toBe(2);
    expect(phraseTier({ meta: { title: 'Kế hoạch năm học' }, content: 'Lịch theo tuần.' }, phrase)).toBe(3);
  });
});

describe('phraseRank', () => {
  it('ranks a slip in tone marks by the words without them, after pages that hold them as typed', () => {
    const typed = { words: ['tuyển', 'sinh', 'lơp', '6'], accented: true };
    expect(phraseRank({ meta: { title: 'Kế hoạch tuyển sinh lớp 6' }, content: '' }, typed)).toEqual([3, 1, -3]);
    expect(
      phraseRank({ meta: { title: 'Học trực tuyến' }, content: '' }, { words: ['trực', 'tuyến'], accented: true })[0],
    ).toBe(1);
    expect(
      phraseRank(
        { meta: { title: 'Xét tuyển trực tiếp' }, content: 'trực tuyển' },
        { words: ['trực', 'tuyến'], accented: true },
      ).slice(0, 2),
    ).toEqual([3, 2]);
  });

  it('ranks by tier, then by how many adjacent pairs of the words the page holds', () => {
    const phrase = { words: ['tuyen', 'sinh', 'lop', '6'], accented: false };
    const plan = phraseRank({ meta: { title: 'Kế hoạch tuyển sinh lớp 6' }, content: '' }, phrase);
    const grade10 = phraseRank(
      { meta: { title: 'Tuyển sinh lớp 10' }, content: 'Thi tuyển sinh lớp 10 năm học 2026-2027.' },
      phrase,
    );
    const campaign = phraseRank(
      { meta: { title: 'Tuyên truyền phòng cháy' }, content: 'Học sinh khối 6 tham gia.' },
      phrase,
    );
    expect(plan).toEqual([1, 1, -3]);
    expect(grade10).toEqual([3, 3, -2]);
    expect(campaign).toEqual([3, 3, 0]);
  });
});
