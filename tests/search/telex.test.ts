/** Telex typed without a Vietnamese keyboard, and term numbers, read back as the words a school writes. */
import { describe, expect, it } from 'vitest';
import { foldKey, parseQuery, telexWord } from '../../themes/cong-truong/search/vietnamese.ts';
import { SEARCH_SYNONYMS } from '../../content-schemas/search-synonyms.ts';

describe('telexWord', () => {
  it('reads tone keys, vowel keys and dd', () => {
    expect(telexWord('hocj')).toBe('học');
    expect(telexWord('phis')).toBe('phí');
    expect(telexWord('ddoanf')).toBe('đoàn');
    expect(telexWord('thuwcj')).toBe('thực');
    expect(telexWord('ddown')).toBe('đơn');
    expect(telexWord('truwowngf')).toBe('trường');
    expect(telexWord('lowps')).toBe('lớp');
    expect(telexWord('TUYEENR')).toBe('tuyển');
  });

  it('spells what search compares, wherever the tone mark sits', () => {
    expect(foldKey(telexWord('hoaf')!)).toBe('hoa');
    expect(foldKey(telexWord('quys')!)).toBe('quy');
  });

  it('leaves words without Telex keys, abbreviations and non-letters alone', () => {
    for (const word of ['sinh', 'hoc', 'hooc', 'phhs', 'tkb', '3890', 'học', 'x'])
      expect(telexWord(word)).toBeUndefined();
  });
});

describe('term numbers', () => {
  it('reads "học kỳ 1" as "học kỳ I", as schools write it, and leaves other numbers alone', () => {
    expect(parseQuery('lich kiem tra cuoi ky 1', SEARCH_SYNONYMS).at(-1)).toEqual({
      typed: '1',
      search: 'I',
      expanded: true,
    });
    expect(parseQuery('hoc ky 2', SEARCH_SYNONYMS).at(-1)?.search).toBe('II');
    expect(parseQuery('lop 1', SEARCH_SYNONYMS).at(-1)).toEqual({ typed: '1', search: '1', expanded: false });
  });
});
