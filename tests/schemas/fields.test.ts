import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../content-schemas/fields.ts';
import { contrastRatio } from '../../content-schemas/contrast.ts';
import { requiredDisclosureItems } from '../../content-schemas/disclosure-items.ts';

describe('parseIsoDate', () => {
  it('accepts real calendar dates', () => {
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });
  it.each(['2025-02-29', '2025-13-01', '05/09/2025', '2025-9-5', ''])('rejects %s', (value) => {
    expect(parseIsoDate(value)).toBeUndefined();
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('requiredDisclosureItems', () => {
  it('asks preschools for their services and not for textbooks', () => {
    const items = requiredDisclosureItems('mam-non');
    expect(items).toContain('dich-vu-mam-non');
    expect(items).not.toContain('sach-giao-khoa');
  });
  it('asks lower secondary schools for the textbook list', () => {
    expect(requiredDisclosureItems('thcs')).toContain('sach-giao-khoa');
  });
});
