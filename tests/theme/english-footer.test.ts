/**
 * English pages: every footer link leads to an English page or is marked as leading
 * to a Vietnamese one (hreflang="vi" and "(in Vietnamese)" in its text).
 */
import { describe, expect, it } from 'vitest';
import { builtSites, read } from './built-sites.ts';

describe.each(builtSites().map((s) => [s.id, s] as const))('%s', (_id, s) => {
  it.each(['/en/', '/en/lien-he/'])('marks the Vietnamese destinations of the footer of %s', (url) => {
    const html = read(s, url);
    const footer = html.slice(html.lastIndexOf('<footer'));
    const links = [...footer.matchAll(/<a ([^>]*)>([\s\S]*?)<\/a>/g)].map((m) => ({
      attrs: m[1]!,
      text: m[2]!.replace(/\s+/g, ' ').trim(),
      href: m[1]!.match(/href="([^"]+)"/)?.[1] ?? '',
    }));
    const internal = links.filter((l) => l.href.startsWith('/'));
    expect(internal.length).toBeGreaterThan(5);
    for (const l of internal) {
      if (l.href.startsWith('/en/')) continue;
      expect(l.attrs, l.href).toContain('hreflang="vi"');
      if (l.href !== '/') expect(l.text, l.href).toMatch(/\(in Vietnamese\)$/);
    }
    expect(internal.find((l) => l.href.startsWith('/en/lien-he/'))?.text).toBe('Map and directions');
  });
});

describe.each(builtSites().map((s) => [s.id, s] as const))('%s /en/', (_id, s) => {
  it("gives the unit's phone once as a link (the footer), not a second contact block", () => {
    const html = read(s, '/en/');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main).not.toMatch(/<dt[^>]*>Phone<\/dt>/);
    // Nor the contact page's English text: /en/lien-he/ gives the contacts.
    expect(main).not.toContain('id="ct-lien-he"');
    const footer = html.slice(html.lastIndexOf('<footer'));
    expect(footer).toContain(`>${s.site.phone}</a>`);
  });
});
