/** Whole-syllable matching rules (the Pagefind side is checked in Chromium on real indexes). */
import { describe, expect, it } from 'vitest';
import { dForm, syllablesOf, wholeWordResults } from '../../themes/cong-truong/search/syllables.ts';

const ids = (list: { id: string }[]) => list.map((r) => r.id);
const results = (...list: string[]) => list.map((id) => ({ id }));

describe('d and đ', () => {
  it('writes đ as d, as the hidden fold field does', () => {
    expect(dForm('Đào tạo đội')).toBe('Dào tạo dội');
  });

  it('splits codes and GD&ĐT into the words the index holds', () => {
    expect(syllablesOf(['3890', 'KH', 'GD&ĐT'])).toEqual(['3890', 'KH', 'GD', 'ĐT']);
  });
});

describe('whole words', () => {
  // "hoc phi": a, b hold "học phí"; c holds "học" and "phiếu" only.
  const hoc = new Set(['a', 'b', 'c']);
  const phi = new Set(['a', 'b']);

  it('drops pages where the last word is only the start of another word, once some page holds it whole', () => {
    expect(wholeWordResults(results('c', 'a', 'b'), [hoc, phi])).toEqual({ results: results('a', 'b'), prefix: false });
  });

  it('keeps prefix matches while no page holds the last word whole (still being typed: "hoc ph")', () => {
    expect(wholeWordResults(results('c', 'a'), [hoc, new Set()])).toEqual({ results: results('c', 'a'), prefix: true });
  });

  it('never lets a word before the last match as a prefix', () => {
    expect(ids(wholeWordResults(results('a', 'c'), [phi, hoc]).results)).toEqual(['a']);
  });

  it('treats an expanded abbreviation as complete', () => {
    expect(wholeWordResults(results('c'), [hoc, new Set()], false)).toEqual({ results: [], prefix: false });
  });
});
