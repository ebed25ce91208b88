/** UI strings live in `i18n/<locale>.json`; `vi` is the default and `en` must have every key. */
import vi from '../i18n/vi.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };

export type Locale = 'vi' | 'en';
export type UiKey = keyof typeof vi;

export const strings: Record<Locale, Record<UiKey, string>> = { vi, en };

/** Returns the string for `key`, with `{name}` placeholders filled from `vars`. */
export function t(key: UiKey, locale: Locale = 'vi', vars: Record<string, string | number> = {}): string {
  const template = strings[locale][key] ?? strings.vi[key];
  if (template === undefined) throw new Error(`UI string "${String(key)}" is missing from i18n/vi.json`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
