/**
 * What `sites/<id>/public/` may publish (content-schemas/public-files.ts):
 * hostile files and symlinks, on temporary copies of the mini fixture, are
 * refused by the validator with the file and the fix; an SVG logo carrying
 * anything but drawing is refused (svg-logo.ts); allowed files pass. Then two
 * real builds: one with only allowed files publishes no symlink and nothing
 * outside the allow-list; one with a hostile file fails and keeps the previous
 * output.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import sharp from 'sharp';
import { readSite } from '../../content-schemas/validate.ts';
import { svgFindings } from '../../content-schemas/svg-logo.ts';
import { ATTACHMENT_EXTENSIONS } from '../../content-schemas/file-types.ts';
import type { Problem } from '../../content-schemas/errors.ts';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { copySite, type TempSite } from '../helpers/temp-site.ts';
import { FIXTURE_SITES_DIR, ROOT } from '../helpers/paths.ts';

const MINI = join(FIXTURE_SITES_DIR, 'mini');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempSite(): TempSite {
  const site = copySite(MINI);
  temps.push(site.sitesDir);
  return site;
}

/** Problems about public/ only (the rest of mini is valid). */
function publicProblems(site: TempSite): Problem[] {
  return readSite(site.siteDir, site.sitesDir).problems.filter((p) => p.file.startsWith('mini/public'));
}

const DELETE = {
  vi: 'Cách sửa: xoá tệp này; nếu là văn bản, chuyển sang PDF rồi đặt vào public/tep/.',
  en: 'Fix: delete this file; if it is a document, convert it to PDF and put it in public/tep/.',
};
const NOT_A_PHOTO = { vi: 'Cách sửa: ảnh của bài viết đặt trong thư mục media/', en: 'Fix: photos go in media/' };
const SYMLINK = { vi: 'có thể đăng tệp ở ngoài thư mục của trường', en: 'can publish files from outside the school' };
const LOGO = {
  vi: 'Cách sửa: xuất biểu trưng ra PNG và ghi logo.src: /logo.png',
  en: 'Fix: export the logo as PNG and set logo.src: /logo.png',
};

interface Refusal {
  file: string;
  field: string;
  vi: string[];
  en: string[];
}

interface Case {
  name: string;
  setup: (site: TempSite) => void | Promise<void>;
  /** undefined: accepted. */
  refused?: Refusal;
}

const put = (path: string, body: string | Buffer) => (site: TempSite) => {
  mkdirSync(join(site.siteDir, path, '..'), { recursive: true });
  writeFileSync(join(site.siteDir, path), body);
};

const hostileFile = (path: string, body: string, fix = DELETE): Case => ({
  name: path,
  setup: put(path, body),
  refused: { file: `mini/${path}`, field: '(tệp)', vi: [`"${path}"`, fix.vi], en: [`"${path}"`, fix.en] },
});

const logo = (name: string, svg: string, finding: string, findingEn: string): Case => ({
  name: `SVG logo with ${name}`,
  setup: put('public/logo.svg', svg),
  refused: {
    file: 'mini/public/logo.svg',
    field: 'logo.src',
    vi: ['«Tệp biểu trưng» (logo.src): public/logo.svg', finding, LOGO.vi],
    en: [findingEn, LOGO.en],
  },
});

const SVG = (inner: string, attrs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 64 64"${attrs}>${inner}<circle cx="32" cy="32" r="30"/></svg>`;

const CASES: Case[] = [
  hostileFile('public/tep/trang.html', '<!doctype html><script src="/tep/ma.js"></script>'),
  hostileFile('public/trang.htm', '<script>alert(1)</script>'),
  hostileFile('public/tep/ma.js', 'alert(document.domain)'),
  hostileFile('public/ma.mjs', 'export default 1'),
  hostileFile('public/tep/hinh.svg', SVG(''), NOT_A_PHOTO),
  hostileFile('public/hinh-khac.svg', SVG(''), NOT_A_PHOTO),
  hostileFile('public/tep/shell.php', '<?php system($_GET["c"]); ?>'),
  hostileFile('public/tep/cai-dat.exe', 'MZ'),
  hostileFile('public/.htaccess', 'AddType application/x-httpd-php .pdf'),
  hostileFile('public/tep/.htaccess', 'Options +Indexes'),
  hostileFile('public/tep/.an/bao-cao.pdf', '%PDF-1.4', {
    vi: 'Cách sửa: chuyển tệp vào public/tep/',
    en: 'Fix: move it into public/tep/',
  }),
  hostileFile('public/bao-cao.pdf', '%PDF-1.4', {
    vi: 'Cách sửa: chuyển tệp vào public/tep/',
    en: 'Fix: move it into public/tep/',
  }),
  hostileFile('public/tep/anh.jpg', 'x', NOT_A_PHOTO),
  {
    name: 'a non-empty .gitkeep',
    setup: put('public/tep/.gitkeep', '<script>alert(1)</script>'),
    refused: {
      file: 'mini/public/tep/.gitkeep',
      field: '(tệp)',
      vi: ['"public/tep/.gitkeep" phải là tệp rỗng'],
      en: ['must be empty'],
    },
  },
  {
    name: 'a symlink to /etc/passwd',
    setup: (site) => symlinkSync('/etc/passwd', join(site.siteDir, 'public/tep/mat-khau.txt')),
    refused: {
      file: 'mini/public/tep/mat-khau.txt',
      field: '(tệp)',
      vi: ['liên kết tượng trưng (symlink) tới "/etc/passwd"', SYMLINK.vi, 'Cách sửa: xoá liên kết'],
      en: ['symbolic link to "/etc/passwd"', 'Fix: delete the link'],
    },
  },
  {
    name: "a symlink to another school's folder",
    setup: (site) => {
      mkdirSync(join(site.sitesDir, 'mn-hoa-sen/public/tep'), { recursive: true });
      writeFileSync(join(site.sitesDir, 'mn-hoa-sen/public/tep/ho-so.pdf'), '%PDF-1.4');
      symlinkSync('../../../mn-hoa-sen/public/tep', join(site.siteDir, 'public/tep/truong-khac'));
    },
    refused: {
      file: 'mini/public/tep/truong-khac',
      field: '(tệp)',
      vi: ['tới "../../../mn-hoa-sen/public/tep"', SYMLINK.vi],
      en: ['from outside the school'],
    },
  },
  {
    name: 'public/ itself a symlink',
    setup: (site) => {
      rmSync(join(site.siteDir, 'public'), { recursive: true });
      symlinkSync('/etc', join(site.siteDir, 'public'));
    },
    refused: { file: 'mini/public', field: '(tệp)', vi: ['tới "/etc"', SYMLINK.vi], en: ['symbolic link to "/etc"'] },
  },
  logo('<script>', SVG('<script>fetch("/admin/")</script>'), 'phần tử <script> (dòng 1)', 'element <script>'),
  logo(
    'onload=',
    SVG('', ' onload="alert(document.domain)"'),
    'thuộc tính onload của <svg> (dòng 1) là trình xử lý sự kiện',
    'attribute onload of <svg>',
  ),
  logo(
    '<foreignObject>',
    SVG('<foreignObject width="64" height="64"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'),
    'phần tử <foreignObject>',
    'element <foreignObject>',
  ),
  logo(
    'a javascript: href',
    SVG('<use xlink:href="java&#9;script:alert(1)"/>'),
    'thuộc tính xlink:href của <use> (dòng 1)',
    'points outside the file',
  ),
  logo(
    'an external <image href="https://…">',
    SVG('<image href="https://evil.example/x.png" width="64" height="64"/>'),
    'thuộc tính href của <image> (dòng 1) = "https://evil.example/x.png" trỏ ra ngoài tệp',
    'element <image>',
  ),
  logo(
    'an <!ENTITY>',
    `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${SVG('<text>&xxe;</text>')}`,
    'khai báo <!DOCTYPE> (dòng 1)',
    '(<!ENTITY>)',
  ),
  logo(
    'a <style> that imports',
    SVG('<style>@import url(https://evil.example/a.css);</style>'),
    'khối <style> có @import',
    'url(https://evil.example/a.css)',
  ),
  logo(
    'an XHTML <script> under another prefix',
    SVG('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'),
    'phần tử <h:script>',
    'element <h:script>',
  ),
  logo(
    'a UTF-16 encoding',
    `<?xml version="1.0" encoding="UTF-16"?>${SVG('')}`,
    'tệp khai báo bảng mã UTF-16; chỉ nhận UTF-8',
    'only UTF-8',
  ),
  { name: 'the clean fixture logo and its attachments', setup: () => undefined },
  {
    name: 'allowed attachments, in subfolders too, with an empty .gitkeep',
    setup: (site) =>
      ATTACHMENT_EXTENSIONS.forEach((ext, i) =>
        put(`public/tep/${i % 2 ? 'nam-hoc-2025/' : ''}tep-${ext}.${ext}`, 'x')(site),
      ),
  },
  {
    name: 'an Inkscape logo (editor namespaces, gradient, url(#id))',
    setup: put(
      'public/logo.svg',
      '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" viewBox="0 0 64 64"><sodipodi:namedview inkscape:zoom="1"/><defs><linearGradient id="g"><stop offset="0" stop-color="#0b4f8a"/></linearGradient></defs><g inkscape:label="Lớp 1" style="fill:url(#g)"><circle cx="32" cy="32" r="30"/></g></svg>',
    ),
  },
  {
    name: 'a PNG logo named in site.yaml (the old SVG deleted)',
    setup: async (site) => {
      await sharp({ create: { width: 64, height: 64, channels: 3, background: '#0b4f8a' } })
        .png()
        .toFile(join(site.siteDir, 'public/logo.png'));
      unlinkSync(join(site.siteDir, 'public/logo.svg'));
      site.edit('site.yaml', (s) => s.replace('src: /logo.svg', 'src: /logo.png'));
    },
  },
];

describe('public/ holds only what a school portal may publish', () => {
  for (const c of CASES) {
    it(c.refused ? `refuses ${c.name}` : `accepts ${c.name}`, async () => {
      const site = tempSite();
      await c.setup(site);
      const problems = publicProblems(site);
      if (!c.refused) return expect(problems).toEqual([]);
      expect(problems).toHaveLength(1);
      const [problem] = problems as [Problem];
      expect(problem.file).toBe(c.refused.file);
      expect(problem.field).toBe(c.refused.field);
      for (const part of c.refused.vi) expect(problem.vi).toContain(part);
      for (const part of c.refused.en) expect(problem.en).toContain(part);
    });
  }

  it('passes every example and template logo', () => {
    const logos = [
      ...readdirSync(join(ROOT, 'sites')).map((id) => join(ROOT, 'sites', id, 'public/logo.svg')),
      join(ROOT, 'sites/_templates/_chung/public/logo.svg'),
      ...readdirSync(FIXTURE_SITES_DIR).map((id) => join(FIXTURE_SITES_DIR, id, 'public/logo.svg')),
    ].filter(existsSync);
    expect(logos.length).toBeGreaterThanOrEqual(5);
    for (const file of logos) expect(svgFindings(readFileSync(file)), file).toEqual([]);
  });
});

/** Every entry of a folder, read with lstat, relative to it. */
function tree(dir: string): { rel: string; symlink: boolean; file: boolean }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((rel) => {
    const stat = lstatSync(join(dir, rel));
    return { rel: rel.split('\\').join('/'), symlink: stat.isSymbolicLink(), file: stat.isFile() };
  });
}

describe('real builds of public/', () => {
  const site = tempSite();
  const outRoot = mkdtempSync(join(tmpdir(), 'cong-truong-public-out-'));
  temps.push(outRoot);
  const dist = join(outRoot, 'mini');

  it('publishes the allowed files and nothing else, with no symlink', async () => {
    put('public/tep/nam-hoc-2025/bang-diem.xlsx', 'x')(site);
    copyFileSync(join(ROOT, 'tests/fixtures/cms/cong-van-125.pdf'), join(site.siteDir, 'public/tep/cong-van-125.pdf'));
    const built = await buildSite('mini', { sitesDir: site.sitesDir, outRoot });
    expect(built.error).toBeUndefined();
    const published = tree(dist);
    expect(published.filter((e) => e.symlink)).toEqual([]);
    // Everything in dist/tep/ comes from public/tep/ and is an attachment type (plus the empty .gitkeep).
    const tep = published
      .filter((e) => e.file && e.rel.startsWith('tep/'))
      .map((e) => e.rel)
      .sort();
    const sources = tree(join(site.siteDir, 'public/tep'))
      .filter((e) => e.file)
      .map((e) => `tep/${e.rel}`)
      .sort();
    expect(tep).toEqual(sources);
    for (const rel of tep)
      if (!rel.endsWith('/.gitkeep'))
        expect(ATTACHMENT_EXTENSIONS as readonly string[], rel).toContain(extname(rel).slice(1));
    expect(readFileSync(join(dist, 'logo.svg'))).toEqual(readFileSync(join(site.siteDir, 'public/logo.svg')));
    // What was copied from public/ is the logo, attachments in tep/ and the empty .gitkeep only.
    const copied = published.filter((e) => e.file && existsSync(join(site.siteDir, 'public', e.rel))).map((e) => e.rel);
    expect(copied.length).toBeGreaterThan(3);
    for (const rel of copied) expect(rel === 'logo.svg' || tep.includes(rel), rel).toBe(true);
  });

  it('fails on a hostile public/ file, publishes nothing and keeps the previous output', async () => {
    const before = readFileSync(join(dist, 'index.html'));
    put('public/tep/trang.html', '<script src="/tep/ma.js"></script>')(site);
    symlinkSync('/etc/passwd', join(site.siteDir, 'public/tep/mat-khau.txt'));
    const built = await buildSite('mini', { sitesDir: site.sitesDir, outRoot });
    expect(built.ok).toBe(false);
    expect(built.error).toContain('mini/public/tep/trang.html');
    expect(built.error).toContain('"public/tep/mat-khau.txt" là liên kết tượng trưng (symlink) tới "/etc/passwd"');
    expect(existsSync(join(dist, 'tep/trang.html'))).toBe(false);
    expect(existsSync(join(dist, 'tep/mat-khau.txt'))).toBe(false);
    expect(readFileSync(join(dist, 'index.html'))).toEqual(before);
    // Nothing else was left beside the site (no staging folder, no half-built copy).
    expect(readdirSync(outRoot).filter((name) => !name.startsWith('.') && name !== 'mini')).toEqual([]);
  });
});
