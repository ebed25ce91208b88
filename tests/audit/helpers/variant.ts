/**
 * Copies of the clean base fixture (content and a built output) in a temporary folder,
 * with small editing helpers, so each test breaks exactly one rule.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ROOT } from '../../helpers/paths.ts';
import { auditSite, type AuditOptions } from '../../../scripts/audit/index.ts';
import { utcDate } from '../../../scripts/audit/dates.ts';
import type { SiteResult } from '../../../scripts/audit/types.ts';
import { fakeBuild } from './fake-build.ts';

export const BASE_SITE = resolve(ROOT, 'tests/fixtures/audit/base');
/** The fixture is clean at this date; every test audits at it unless it says otherwise. */
export const REF_DATE = utcDate(2026, 11, 22);

export interface Variant {
  root: string;
  siteDir: string;
  distDir: string;
  read: (path: string) => string;
  edit: (path: string, change: (source: string) => string) => void;
  write: (path: string, source: string | Buffer) => void;
  remove: (path: string) => void;
  /** Edits a built page by URL (`/tin-tuc/a/`). */
  editPage: (url: string, change: (html: string) => string) => void;
  /** Deletes a built page, the links to it and its sitemap entry. */
  removePage: (url: string) => void;
  audit: (opts?: AuditOptions) => SiteResult;
}

let template: { root: string; siteDir: string; distDir: string } | undefined;

/** The base fixture with its fake build, made once per test file. */
function baseTemplate() {
  if (!template) {
    const root = mkdtempSync(join(tmpdir(), 'cong-truong-audit-base-'));
    const siteDir = join(root, 'sites', 'base');
    const distDir = join(root, 'dist', 'base');
    cpSync(BASE_SITE, siteDir, { recursive: true });
    fakeBuild(siteDir, distDir);
    template = { root, siteDir, distDir };
  }
  return template;
}

export function variant(id = 'base'): Variant {
  const base = baseTemplate();
  const root = mkdtempSync(join(tmpdir(), 'cong-truong-audit-'));
  const siteDir = join(root, 'sites', id);
  const distDir = join(root, 'dist', id);
  cpSync(base.siteDir, siteDir, { recursive: true });
  cpSync(base.distDir, distDir, { recursive: true });
  const inSite = (p: string) => join(siteDir, p);
  const pageFile = (url: string) => join(distDir, url, 'index.html');
  return {
    root,
    siteDir,
    distDir,
    read: (p) => readFileSync(inSite(p), 'utf8'),
    edit: (p, change) => writeFileSync(inSite(p), change(readFileSync(inSite(p), 'utf8'))),
    write: (p, source) => {
      mkdirSync(dirname(inSite(p)), { recursive: true });
      writeFileSync(inSite(p), source);
    },
    remove: (p) => rmSync(inSite(p), { recursive: true, force: true }),
    editPage: (url, change) => writeFileSync(pageFile(url), change(readFileSync(pageFile(url), 'utf8'))),
    removePage: (url) => {
      rmSync(join(distDir, url), { recursive: true, force: true });
      const strip = (file: string) => {
        if (!existsSync(file)) return;
        const html = readFileSync(file, 'utf8');
        writeFileSync(
          file,
          html
            .replaceAll(`<li><a href="${url}">`, '<li><a>')
            .replace(new RegExp(`<url><loc>[^<]*${url.replace(/\//g, '\\/')}</loc></url>`), ''),
        );
      };
      strip(join(distDir, 'sitemap-0.xml'));
      for (const f of listHtml(distDir)) strip(f);
    },
    audit: (opts = {}) => auditSite(siteDir, distDir, { date: REF_DATE, root, ...opts }),
  };
}

function listHtml(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.html')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** The ids of the rules that reported something, sorted, each once. */
export function rulesHit(result: SiteResult): string[] {
  return [...new Set(result.findings.map((f) => f.rule))].sort();
}

/** "rule: severity: message" lines, for readable failures. */
export function describeFindings(result: SiteResult): string[] {
  return result.findings.map((f) => `${f.rule}: ${f.severity}: ${f.message}`);
}
