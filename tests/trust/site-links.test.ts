/**
 * Links of site.yaml (services, links, menu and its children) and an alert's details link
 * render on every page and are editable in the CMS: only absolute http(s) addresses and
 * paths of the portal pass, in the build's validation and in the CMS form alike.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ContentError } from '../../content-schemas/errors.ts';
import { loadSiteConfig } from '../../content-schemas/validate.ts';
import { siteSchema } from '../../content-schemas/site.ts';
import { SITE_LINK_PATTERN } from '../../content-schemas/fields.ts';
import { alertSchema } from '../../content-schemas/collections/alerts.ts';
import { buildCmsConfig, type CmsField } from '../../content-schemas/cms/index.ts';
import { copySite } from '../helpers/temp-site.ts';
import { FIXTURE_SITES_DIR } from '../helpers/paths.ts';
import { schoolSiteInput } from '../cms/helpers/site-input.ts';

const ACCEPTED = [
  'https://hcm.edu.vn',
  'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
  'http://thcsnguyendu.hcm.edu.vn:8080/tin-tuc/?trang=2#muc-1',
  'https://tuyensinhdaucap.hcm.edu.vn/tra-cuu?ma=123&nam=2026',
  '/tin-tuc/',
  '/van-ban/loai/cong-van/',
  '/',
];

const REFUSED = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/',
  '/\\evil.example/',
  '\\\\evil.example\\x',
  'https://thcs.edu.vn@evil.example/',
  'https:evil.example',
  'https://evil.example/\u0000',
  'https://evil.example/a b',
  'ftp://files.example/',
  'tin-tuc/',
  'mailto:c2nguyendu@hcm.edu.vn',
];

function siteWith(url: string): unknown {
  return schoolSiteInput({
    cms: { backend: 'github', repo: 'so/cong' },
    services: [{ label: 'Dịch vụ công', url }],
    links: [{ label: 'Sở GD&ĐT', url }],
    menu: [{ label: 'Tin tức', url, children: [{ label: 'Thông báo', url }] }],
  });
}

/** Every `url` field under services, links and menu in the generated settings form. */
function cmsUrlPatterns(): string[] {
  const site = siteSchema.parse(siteWith('/tin-tuc/'));
  const { config } = buildCmsConfig({ site, sitePath: 'sites/x' });
  const patterns: string[] = [];
  const walk = (fields: CmsField[] | undefined, inLinks: boolean) => {
    for (const f of fields ?? []) {
      const here = inLinks || ['services', 'links', 'menu'].includes(f.name);
      if (here && f.name === 'url') patterns.push(f.pattern?.[0] ?? '(none)');
      walk(f.fields, here);
    }
  };
  for (const c of config.collections) for (const file of c.files ?? []) walk(file.fields, false);
  return patterns;
}

describe('site.yaml links', () => {
  it.each(ACCEPTED)('accepts %j everywhere a link renders', (url) => {
    expect(siteSchema.safeParse(siteWith(url)).success).toBe(true);
  });

  it.each(REFUSED)('refuses %j in services, links, menu and sub-items', (url) => {
    const result = siteSchema.safeParse(siteWith(url));
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['links.0.url', 'menu.0.children.0.url', 'menu.0.url', 'services.0.url']);
  });

  it.each(REFUSED)('refuses %j as the details link of an alert banner', (url) => {
    const alert = { title: 'Nghỉ học do bão', level: 'urgent', start: '2026-10-01', end: '2026-10-03', link: url };
    expect(alertSchema().safeParse(alert).success).toBe(false);
    expect(alertSchema().safeParse({ ...alert, link: '/thong-bao/nghi-hoc-do-bao/' }).success).toBe(true);
  });

  it('names the file, the field and the fix in both languages', () => {
    const temp = copySite(join(FIXTURE_SITES_DIR, 'mini'));
    temp.edit('site.yaml', (s) => s.replace('url: https://tuyensinhdaucap.hcm.edu.vn', 'url: "javascript:alert(1)"'));
    let error: unknown;
    try {
      loadSiteConfig(temp.siteDir, temp.sitesDir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const [problem] = (error as ContentError).problems;
    expect(problem).toMatchObject({ file: 'mini/site.yaml', field: 'services.0.url' });
    expect(problem!.vi).toContain(
      '«Đường dẫn» (services.0.url): "javascript:alert(1)" không đúng định dạng. Cách sửa:',
    );
    expect(problem!.vi).toContain('bắt đầu bằng https://');
    expect(problem!.en).toContain('"URL" (services.0.url): "javascript:alert(1)" has the wrong format. Fix:');
  });

  it('gives the CMS form the same rule as the build', () => {
    const patterns = cmsUrlPatterns();
    expect(patterns.length).toBeGreaterThanOrEqual(4);
    for (const source of patterns) {
      expect(source).toBe(SITE_LINK_PATTERN.source);
      // Decap compiles the source without flags.
      const cms = new RegExp(source);
      for (const url of ACCEPTED) expect(cms.test(url), url).toBe(true);
      for (const url of REFUSED) expect(cms.test(url), url).toBe(false);
    }
  });
});
