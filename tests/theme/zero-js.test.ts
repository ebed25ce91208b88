/**
 * Zero JavaScript: no page of any built site carries a script, except JSON-LD data,
 * the search page (/tim-kiem/) and the CMS (/admin/), which need one, and the
 * question form's small inline script (compose the email) on /hoi-dap/ and on
 * consultation pages that take comments; on every page the two tiny inline
 * scripts of the header (remember the display switches, make "Menu" a button); and
 * the page enhancements: the «In trang» button (PrintAction.astro) and the "this
 * week" correction on dated pages (ThisWeekScript.astro).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtSites } from './built-sites.ts';

/** Top-level folders that may (or do) carry scripts: search, CMS, and their assets. */
const EXEMPT = ['admin', 'tim-kiem', 'pagefind', '_astro'];
/** Pages with the question form (components/AskForm.astro): one inline module script. */
const ASK_PAGES = /^(hoi-dap|lay-y-kien\/[^/]+)\/index\.html$/;
/** DisplayOptions.astro and MainNav.astro: progressive enhancement of the header. */
const HEADER_SCRIPTS = ['<script data-ct-display>', '<script data-ct-menu>'];
/** PrintAction.astro and ThisWeekScript.astro: a few hundred bytes, only on the pages that use them. */
const PAGE_SCRIPTS = ['<script data-ct-print>', '<script data-ct-weeks>'];

function pages(dir: string, top = true): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return top && EXEMPT.includes(name) ? [] : pages(path, false);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe.each(builtSites().map((s) => [s.id, s] as const))('%s', (_id, s) => {
  it('has no <script> except JSON-LD on any page outside /tim-kiem/ and /admin/', () => {
    const offenders = pages(s.dist).flatMap((file) => {
      const scripts = readFileSync(file, 'utf8').match(/<script\b[^>]*>/gi) ?? [];
      const page = relative(s.dist, file).split('\\').join('/');
      return scripts
        .filter((tag) => !/type="application\/ld\+json"/.test(tag))
        .filter((tag) => !(ASK_PAGES.test(page) && tag === '<script type="module">'))
        .filter((tag) => !HEADER_SCRIPTS.includes(tag) && !PAGE_SCRIPTS.includes(tag))
        .map((tag) => `${relative(s.dist, file)}: ${tag}`);
    });
    expect(offenders).toEqual([]);
  });
});
