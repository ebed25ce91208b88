/** UI strings: Vietnamese and English have the same keys, no empty values, the same placeholders. */
import { describe, expect, it } from 'vitest';
import vi from '../../themes/cong-truong/i18n/vi.json' with { type: 'json' };
import en from '../../themes/cong-truong/i18n/en.json' with { type: 'json' };
import { t } from '../../themes/cong-truong/lib/i18n.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('has every key in both vi and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('has no empty string', () => {
    for (const [key, value] of [...Object.entries(vi), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[])
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
  });

  it('fills placeholders', () => {
    expect(t('footer.copyright', 'vi', { year: 2026, name: 'Trường A' })).toBe('© 2026 Trường A');
    expect(t('home.disclosuresCount', 'en', { n: 2, date: '05/09/2025' })).toBe('2 items, updated 05/09/2025');
  });
});
