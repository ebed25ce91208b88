/**
 * Access keys (TT 32/2017 Đ18 encourages shortcuts for Home, Sitemap and Search).
 * The numbers follow the UK government access-key convention, which screen-reader
 * users already know: 1 home, 3 site map, 4 search, 0 accessibility statement.
 */
import type { UiKey } from './i18n.ts';

export const ACCESS_KEYS: { key: string; label: UiKey }[] = [
  { key: '1', label: 'a11y.keyHome' },
  { key: '3', label: 'a11y.keySitemap' },
  { key: '4', label: 'a11y.keySearch' },
  { key: '0', label: 'a11y.keyStatement' },
];
