/**
 * The "chuẩn kết nối" of every built site (examples and fixtures, from the global
 * test build): each /api/v1/*.json validates against the schema published beside it
 * with a real JSON Schema validator, that schema is the one content-schemas generates
 * now, drafts stay out, the counts follow the content folders, and every URL is
 * absolute and leads to a file that was built.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { API_BASE, API_FILES, apiFilesOf, type ApiFileName } from '../../content-schemas/api/index.ts';
import { absoluteUrl as absoluteUrlField } from '../../content-schemas/api/fields.ts';
import { apiJsonSchema } from '../../content-schemas/api/json-schema.ts';
import { newsItemSchema } from '../../content-schemas/api/news.ts';
import { requiredDisclosureItems } from '../../content-schemas/disclosure-items.ts';
import { validateSite, type Entry } from '../../content-schemas/validate.ts';
import type { SiteConfig } from '../../content-schemas/site.ts';
import { dayOf, vnDay } from '../../themes/cong-truong/lib/dates.ts';
import { schoolYearOfDay } from '../../content-schemas/calendar.ts';
import { absoluteUrl, webUrl } from '../../themes/cong-truong/lib/urls.ts';
import { membersOf } from '../../themes/cong-truong/members.ts';
import { listSites } from '../../scripts/lib/sites.ts';
import {
  EXAMPLE_DIST,
  FIXTURE_DIST,
  FIXTURE_SITES_DIR,
  NETWORK_DIST,
  NETWORK_SITES_DIR,
  SITES_DIR,
} from '../helpers/paths.ts';

interface Built {
  id: string;
  sitesDir: string;
  dist: string;
  site: SiteConfig;
  entries: Entry[];
}

type Json = Record<string, unknown>;
type Item = Json & { slug: string };

const built: Built[] = [
  ...listSites(SITES_DIR).map((id) => ({ id, sitesDir: SITES_DIR, dist: join(EXAMPLE_DIST, id) })),
  ...listSites(FIXTURE_SITES_DIR).map((id) => ({ id, sitesDir: FIXTURE_SITES_DIR, dist: join(FIXTURE_DIST, id) })),
  ...listSites(NETWORK_SITES_DIR).map((id) => ({ id, sitesDir: NETWORK_SITES_DIR, dist: join(NETWORK_DIST, id) })),
].map((s) => ({ ...s, ...validateSite(join(s.sitesDir, s.id)) }));

/** Every built portal by host, so a URL to another portal of the test build can be followed too. */
const distByHost = new Map(built.map((s) => [s.site.domain, s.dist]));

const apiDir = (s: Built) => join(s.dist, API_BASE);
const readText = (s: Built, file: string) => readFileSync(join(apiDir(s), file), 'utf8');
const readJson = (s: Built, name: ApiFileName) => JSON.parse(readText(s, `${name}.json`)) as Json;
const items = (s: Built, name: ApiFileName) => readJson(s, name).items as Item[];
const live = (s: Built, collection: Entry['collection']) =>
  s.entries.filter((e) => e.collection === collection && e.data.draft !== true);
const drafts = (s: Built) => s.entries.filter((e) => e.data.draft === true);
const slugs = (xs: { slug: string }[]) => xs.map((x) => x.slug).sort();

const ajv = new Ajv2020({ strict: true, allErrors: true });
formats.default(ajv);

/** Every string of a JSON value with the path that leads to it (`items.0.url`). */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** The built file a URL of the test build leads to, or why it leads nowhere. */
function fileOf(url: string): string {
  const { host, pathname } = new URL(url);
  const dist = distByHost.get(host);
  if (!dist) return `no built portal for ${host}`;
  const path = decodeURIComponent(pathname);
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  if (relative(dist, file).startsWith('..')) return `${url} leaves the portal`;
  return existsSync(file) ? file : `${url}: ${relative(dist, file)} was not built`;
}

describe('the built sites', () => {
  it('include the examples, the fixture with drafts and the Phòng fixture', () => {
    expect(built.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'so-gddt-tphcm',
        'phong-vhxh-ben-thanh',
        'thcs-nguyen-du',
        'mn-hoa-sen',
        'mini',
        'phong-vhxh-dong-hoa',
      ]),
    );
    expect(
      drafts(built.find((s) => s.id === 'mini') as Built)
        .map((e) => e.collection)
        .sort(),
    ).toEqual(['disclosures', 'documents', 'news']);
  });
});

describe.each(built.map((s) => [s.id, s] as const))('/api/v1/ of %s', (_id, s) => {
  const names = apiFilesOf(s.site.unitType);

  it('publishes each file of its unit type with its schema beside it, and nothing else', () => {
    expect(readdirSync(apiDir(s)).sort()).toEqual(names.flatMap((n) => [`${n}.json`, `${n}.schema.json`]).sort());
  });

  it.each(names)(
    '%s.json validates against the published schema, which is the one content-schemas generates',
    (name) => {
      const published = JSON.parse(readText(s, `${name}.schema.json`)) as Json;
      expect(published).toEqual(apiJsonSchema(API_FILES[name].schema));
      expect(published.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      const validate = ajv.compile(published);
      const data = readJson(s, name);
      expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
      expect(data).toMatchObject({ version: 1, site: s.id });
      expect(new Date(data.generated as string).toISOString()).toBe(data.generated);
    },
  );

  it.each(names)('%s.json is UTF-8 in NFC without a BOM, indented for people to read', (name) => {
    const bytes = readFileSync(join(apiDir(s), `${name}.json`));
    const text = bytes.toString('utf8');
    expect(Buffer.from(text, 'utf8').equals(bytes)).toBe(true);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.normalize('NFC')).toBe(text);
    expect(text).toMatch(/^\{\n {2}"version": 1,\n/);
  });

  it.each(names)('every URL in %s.json is absolute and leads to a built file', (name) => {
    const urls = strings(readJson(s, name)).filter(([path]) => /(^|\.)(url|link)$/.test(path));
    // The parent unit's own website is the only address outside the test build.
    const followed = urls.filter(([path]) => path !== 'unit.parent.url');
    for (const [path, url] of urls) expect(url, path).toMatch(/^https?:\/\/[^/]+\//);
    expect(followed.map(([path, url]) => [path, fileOf(url)] as const).filter(([, f]) => !f.startsWith('/'))).toEqual(
      [],
    );
  });

  it('keeps drafts out of every file', () => {
    const all = names.map((n) => readText(s, `${n}.json`)).join('\n');
    for (const d of drafts(s)) {
      expect(all, d.file).not.toContain(String(d.data.title));
      expect(all, d.file).not.toMatch(new RegExp(`/${d.slug}/"`));
    }
  });

  it('lists the newest published news, up to 50, with their categories', () => {
    const news = live(s, 'news').sort((a, b) => (b.data.date as Date).getTime() - (a.data.date as Date).getTime());
    const listed = items(s, 'tin-tuc');
    expect(listed).toHaveLength(Math.min(50, news.length));
    const newest = news[listed.length - 1]?.data.date as Date | undefined;
    for (const e of news.filter((n) => newest && (n.data.date as Date) > newest))
      expect(slugs(listed), e.file).toContain(e.slug);
    expect(listed.map((n) => n.date)).toEqual([...listed.map((n) => n.date)].sort().reverse());
    for (const n of listed) expect(n.url).toBe(absoluteUrl(`/tin-tuc/${n.slug}/`, s.site.domain));
  });

  it('gives each cover the size of the copy it links to, and its alt text', async () => {
    for (const n of items(s, 'tin-tuc').filter((x) => x.cover)) {
      const cover = n.cover as { url: string; width: number; height: number; alt: string };
      const { width, height } = await sharp(fileOf(cover.url)).metadata();
      expect([width, height], cover.url).toEqual([cover.width, cover.height]);
      const entry = live(s, 'news').find((e) => e.slug === n.slug) as Entry;
      expect(cover.alt).toBe((entry.data.cover as { alt: string }).alt);
    }
  });

  it('lists every published document with its number and files', () => {
    const docs = live(s, 'documents');
    const listed = items(s, 'van-ban');
    expect(slugs(listed)).toEqual(slugs(docs));
    for (const d of listed) {
      const entry = docs.find((e) => e.slug === d.slug) as Entry;
      expect(d.number).toBe(entry.data.number);
      expect((d.files as unknown[]).length).toBe((entry.data.files as unknown[]).length);
    }
  });

  it('lists every published công khai entry under its năm học, newest year first', () => {
    const years = readJson(s, 'cong-khai').years as { schoolYear: string; items: Item[] }[];
    expect(slugs(years.flatMap((y) => y.items))).toEqual(slugs(live(s, 'disclosures')));
    expect(years.map((y) => y.schoolYear)).toEqual(
      [...new Set(live(s, 'disclosures').map((e) => String(e.data.schoolYear)))].sort().reverse(),
    );
    for (const y of years) for (const i of y.items) expect(i.schoolYear).toBe(y.schoolYear);
  });

  it('tells how complete the current năm học is against the items of its level', () => {
    const data = readJson(s, 'cong-khai');
    const current = data.current as Record<'expected' | 'published' | 'missing', { item: string }[]> & {
      schoolYear: string;
    };
    const year = schoolYearOfDay(vnDay(new Date(data.generated as string)));
    const codes = (xs: { item: string }[]) => xs.map((x) => x.item);
    const expected = s.site.unitType === 'truong' && s.site.level ? requiredDisclosureItems(s.site.level) : [];
    const done = new Set(
      live(s, 'disclosures')
        .filter((e) => e.data.schoolYear === year)
        .map((e) => String(e.data.item)),
    );
    expect(current.schoolYear).toBe(year);
    expect(codes(current.expected)).toEqual(expected);
    expect(codes(current.published)).toEqual(expected.filter((k) => done.has(k)));
    expect(codes(current.missing)).toEqual(expected.filter((k) => !done.has(k)));
  });

  it('lists exactly the alerts in force or still to come when it was built, with their dates', () => {
    const today = vnDay(new Date(readJson(s, 'thong-bao-khan').generated as string));
    const notEnded = s.entries.filter((e) => e.collection === 'alerts' && today <= dayOf(e.data.end as Date));
    expect(slugs(items(s, 'thong-bao-khan'))).toEqual(slugs(notEnded));
    for (const a of items(s, 'thong-bao-khan')) {
      const entry = notEnded.find((e) => e.slug === a.slug) as Entry;
      expect([a.start, a.end]).toEqual([dayOf(entry.data.start as Date), dayOf(entry.data.end as Date)]);
    }
  });

  it('carries the audience of each document, notice and alert as the entry wrote it', () => {
    for (const [name, collection] of [
      ['van-ban', 'documents'],
      ['tin-tuc', 'news'],
      ['thong-bao-khan', 'alerts'],
    ] as const) {
      for (const item of items(s, name)) {
        const entry = s.entries.find((e) => e.collection === collection && e.slug === item.slug) as Entry;
        expect(item.audience, `${name} ${item.slug}`).toEqual(entry.data.audience);
      }
    }
  });

  it('describes the unit as site.yaml does', () => {
    const unit = readJson(s, 'site').unit as Json;
    expect(unit).toMatchObject({
      name: s.site.name,
      unitType: s.site.unitType,
      domain: s.site.domain,
      url: `https://${s.site.domain}/`,
      parent: s.site.parent.url ? { ...s.site.parent, url: new URL(s.site.parent.url).href } : s.site.parent,
    });
    expect(unit.level).toBe(s.site.level);
    expect(fileOf(unit.url as string)).toBe(join(s.dist, 'index.html'));
    expect(fileOf((unit.logo as { url: string }).url)).toBe(join(s.dist, s.site.logo.src));
  });

  it('lists its member units on a Phòng or Sở portal, and only there', () => {
    if (s.site.unitType === 'truong') {
      expect(existsSync(join(apiDir(s), 'don-vi.json'))).toBe(false);
      return;
    }
    const expected = membersOf(s.sitesDir, s.id).members;
    expect(expected.length).toBeGreaterThan(0);
    expect(items(s, 'don-vi').map((m) => [m.id, m.url])).toEqual(expected.map((m) => [m.id, `https://${m.domain}/`]));
  });
});

describe('the Phòng fixture', () => {
  it('lists both of its schools in don-vi.json', () => {
    const phong = built.find((s) => s.id === 'phong-vhxh-dong-hoa') as Built;
    expect(items(phong, 'don-vi').map((m) => m.id)).toEqual(['mini', 'thcs-tim-kiem']);
  });
});

describe('the liên thông fixture', () => {
  const so = built.find((s) => s.id === 'so-gddt-thu-nghiem') as Built;

  it("publishes the Sở's addressed entries with their audience, and keeps the alert in force", () => {
    expect(items(so, 'van-ban').map((d) => [d.slug, d.audience])).toEqual([
      ['quyet-dinh-kien-toan-van-phong-so', undefined],
      ['ke-hoach-thi-hoc-sinh-gioi-lop-9', { levels: ['thcs'], units: [] }],
      ['huong-dan-nhiem-vu-nam-hoc-2026-2027', 'all'],
    ]);
    expect(items(so, 'thong-bao-khan').map((a) => [a.slug, a.start, a.end, a.audience])).toEqual([
      ['phong-chong-bao-lu', '2026-01-01', '2099-12-31', 'all'],
    ]);
  });
});

describe('the mini fixture', () => {
  const mini = built.find((s) => s.id === 'mini') as Built;

  it('shows the alert still in force and leaves out the one that ended', () => {
    expect(items(mini, 'thong-bao-khan').map((a) => [a.slug, a.link])).toEqual([
      ['nghi-hoc-do-bao', 'https://thcsthunghiem.hcm.edu.vn/thong-bao/'],
    ]);
  });

  it('leaves out the draft document written in NFD, by its NFC title too', () => {
    const draft = mini.entries.find((e) => e.slug === 'ban-nhap-cong-van') as Entry;
    expect(draft.data.title).toBe('Công văn nháp của Sở GD&ĐT về lớp học < 5 học sinh 🌧️'.normalize('NFC'));
    expect(readText(mini, 'van-ban.json')).not.toContain('ban-nhap-cong-van');
    expect(readText(mini, 'van-ban.json').normalize('NFD')).not.toContain(String(draft.data.title).normalize('NFD'));
  });
});

describe('the payload schemas', () => {
  const url = absoluteUrlField({ title: 'Địa chỉ', en: 'URL' });

  it.each([
    ['https://thcsnguyendu.hcm.edu.vn/tin-tuc/le-khai-giang/', true],
    ['https://thcsnguyendu.hcm.edu.vn/', true],
    ['/tin-tuc/le-khai-giang/', false],
    ['//evil.example/tin-tuc/', false],
    ['http://thcsnguyendu.hcm.edu.vn/', false],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)//https://x.vn/', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['https://thcsnguyendu.hcm.edu.vn/a b/', false],
    ['https://thcsnguyendu.hcm.edu.vn', false],
  ])('an absolute URL field takes %j: %s', (value, ok) => {
    expect(url.safeParse(value).success).toBe(ok);
  });

  it('normalises text to NFC, trims a BOM and keeps "Sở GD&ĐT", "< 5" and emoji as they are', () => {
    const parsed = newsItemSchema.parse({
      slug: 'thong-bao',
      title: '\uFEFFThông báo của Sở GD&ĐT: lớp < 5 học sinh 🎉'.normalize('NFD'),
      description: 'Tóm tắt'.normalize('NFD'),
      date: '2025-09-05',
      category: 'thong-bao',
      categoryLabel: 'Thông báo',
      url: 'https://thcsnguyendu.hcm.edu.vn/tin-tuc/thong-bao/',
      files: [],
    });
    expect(parsed.title).toBe('Thông báo của Sở GD&ĐT: lớp < 5 học sinh 🎉');
    expect(parsed.description).toBe('Tóm tắt'.normalize('NFC'));
  });

  it.each([['2025-02-30'], ['05/09/2025'], ['2025-9-5']])('refuses the date %j', (date) => {
    expect(newsItemSchema.shape.date.safeParse(date).success).toBe(false);
  });

  it('publishes standard JSON Schema only: no CMS keys a strict validator would refuse', () => {
    for (const name of Object.keys(API_FILES) as ApiFileName[]) {
      const text = JSON.stringify(apiJsonSchema(API_FILES[name].schema));
      expect(text, name).not.toMatch(/"(en|widget|summary|options|example|default)":/);
      expect(() => ajv.compile(JSON.parse(text)), name).not.toThrow();
    }
  });

  it('turns an editor link into an https address, or into nothing', () => {
    const cases: [string, string | undefined][] = [
      ['/thong-bao/nghi-hoc/', 'https://thcsnguyendu.hcm.edu.vn/thong-bao/nghi-hoc/'],
      ['  /thong-bao/  ', 'https://thcsnguyendu.hcm.edu.vn/thong-bao/'],
      ['/a/../../%2e%2e/b/', 'https://thcsnguyendu.hcm.edu.vn/b/'],
      ['https://hcm.edu.vn/tin/', 'https://hcm.edu.vn/tin/'],
      ['javascript:alert(1)', undefined],
      [' JAVASCRIPT:alert(1)', undefined],
      ['java\tscript:alert(1)', undefined],
      ['data:text/html,x', undefined],
      ['mailto:a@b.vn', undefined],
      ['http://hcm.edu.vn/', undefined],
    ];
    for (const [link, expected] of cases) expect(webUrl(link, 'thcsnguyendu.hcm.edu.vn'), link).toBe(expected);
  });
});
