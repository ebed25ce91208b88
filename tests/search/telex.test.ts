/** Telex typed without a Vietnamese keyboard, read back as the words it spells. */
import { describe, expect, it } from 'vitest';
import { foldKey, telexWord } from '../../themes/cong-truong/search/vietnamese.ts';

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
    for (const word of ['sinh', 'hoc', 'hooc', 'phhs', 'tkb', '3890', 'học', 'x']) expect(telexWord(word)).toBeUndefined();
  });
});
