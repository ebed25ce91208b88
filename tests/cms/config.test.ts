/**
 * The generated Decap config agrees with content-schemas in both directions:
 * every schema field is in the config with its label, widget and required flag,
 * and every config field exists in a schema. Also pins the parts editors rely
 * on: dates, selects, images with alt text, attachments, slugs, media folders,
 * summaries and the backend / review workflow per Git host.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../content-schemas/index.ts';
import { siteSchema, type SiteConfig } from '../../content-schemas/site.ts';
import { ATTACHMENT_EXTENSIONS } from '../../content-schemas/fields.ts';
import { buildCmsConfig, cmsConfigYaml, type CmsCollection, type CmsField } from '../../content-schemas/cms/index.ts';
import { TECHNICAL_SETTINGS } from '../../content-schemas/cms/collections.ts';
import { join } from 'node:path';
import { LEVELS } from '../../content-schemas/levels.ts';
import { EMPTY_NETWORK, type Network } from '../../content-schemas/network.ts';
import { loadSiteConfig } from '../../content-schemas/validate.ts';
import { audienceUnits } from '../../themes/cong-truong/cms-integration.ts';
import { NETWORK_SITES_DIR as NETWORK_SITES } from '../helpers/paths.ts';
import { schoolSiteInput } from './helpers/site-input.ts';

// An independent reading of the schemas (not the generator's), so the two can disagree.
type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

interface SchemaField {
  label: string;
  optional: boolean;
  /** Inside an optional object: Decap cannot require it (see cms/fields.ts). */
  relaxed?: boolean;
  type: string;
  meta: Record<string, unknown>;
  enumValues?: string[];
}

function peel(schema: z.ZodType): SchemaField & { core: z.ZodType } {
  let s = schema;
  let meta: Record<string, unknown> = {};
  let optional = false;
  for (;;) {
    meta = { ...((s.meta() as Record<string, unknown> | undefined) ?? {}), ...meta };
    const def = defOf(s);
    if (def.type === 'optional') optional = true;
    if (def.type === 'default' && Array.isArray((def as { defaultValue?: unknown }).defaultValue)) optional = true;
    if (def.type === 'optional' || def.type === 'default') s = def.innerType as z.ZodType;
    else if (def.type === 'pipe')
      s = defOf(def.out as z.ZodType).type === 'transform' ? (def.in as z.ZodType) : (def.out as z.ZodType);
    else break;
  }
  const def = defOf(s);
  // A list with a minimum length is required even when it defaults to [] (văn bản needs a file).
  const minItems = ((def as { checks?: { _zod: { def: { check: string; minimum?: number } } }[] }).checks ?? []).find(
    (c) => c._zod.def.check === 'min_length',
  )?._zod.def.minimum;
  if (def.type === 'array' && minItems) optional = false;
  return {
    label: String(meta.title ?? ''),
    optional,
    type: def.type,
    meta,
    enumValues: def.entries ? Object.keys(def.entries) : undefined,
    core: s,
  };
}

function schemaFields(schema: z.ZodType, prefix = '', relaxed = false): Map<string, SchemaField> {
  const out = new Map<string, SchemaField>();
  for (const [name, child] of Object.entries(defOf(schema).shape ?? {})) {
    const field = { ...peel(child), relaxed };
    out.set(prefix + name, field);
    if (field.type === 'object')
      for (const [k, v] of schemaFields(field.core, `${prefix}${name}.`, field.optional)) out.set(k, v);
    if (field.type === 'array') {
      const element = peel(defOf(field.core).element as z.ZodType);
      if (element.type === 'object')
        for (const [k, v] of schemaFields(element.core, `${prefix}${name}[].`)) out.set(k, v);
    }
  }
  return out;
}

function configFields(fields: CmsField[], prefix = ''): Map<string, CmsField> {
  const out = new Map<string, CmsField>();
  for (const field of fields) {
    out.set(prefix + field.name, field);
    if (field.widget === 'object')
      for (const [k, v] of configFields(field.fields ?? [], `${prefix}${field.name}.`)) out.set(k, v);
    if (field.widget === 'list' && field.fields)
      for (const [k, v] of configFields(field.fields, `${prefix}${field.name}[].`)) out.set(k, v);
  }
  return out;
}

const imageStandIn = () => z.string();

const site = siteSchema.parse(schoolSiteInput());

const withCms = (cms: Partial<SiteConfig['cms']>): SiteConfig => ({
  ...site,
  cms: { ...site.cms, baseUrl: undefined, ...cms } as SiteConfig['cms'],
});

const { config } = buildCmsConfig({ site, sitePath: 'sites/thcs-thu-nghiem' });
const collection = (name: string) => config.collections.find((c) => c.name === name) as CmsCollection;
const field = (c: string, path: string) =>
  configFields(collection(c).fields ?? collection(c).files?.[0]?.fields ?? []).get(path) as CmsField;

// A Phòng: the only kind of site whose editors address entries to other units (`audience`).
const unitSite: SiteConfig = {
  ...site,
  unitType: 'phong',
  level: undefined,
  name: 'Phòng Văn hóa - Xã hội phường Hòa Bình',
  shortName: 'Phòng VH-XH Hòa Bình',
};
const UNIT_MEMBERS = [
  { id: 'th-hoa-binh', name: 'Trường Tiểu học Hòa Bình' },
  { id: 'thcs-hoa-binh', name: 'Trường Trung học cơ sở Hòa Bình' },
];
const unitConfig = buildCmsConfig({
  site: unitSite,
  sitePath: 'sites/phong-vhxh-hoa-binh',
  members: UNIT_MEMBERS,
}).config;
const unitCollection = (name: string) => unitConfig.collections.find((c) => c.name === name) as CmsCollection;
/** Collections whose schema has `audience` (văn bản, tin tức, thông báo khẩn). */
const ADDRESSABLE = (Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][])
  .filter(([, def]) => 'audience' in (defOf(def.schema(imageStandIn) as unknown as z.ZodType).shape ?? {}))
  .map(([name]) => name);

const cases: [string, z.ZodType, CmsField[], boolean][] = [
  ...(Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]).map(
    ([name, def]) =>
      [name, def.schema(imageStandIn) as unknown as z.ZodType, unitCollection(name).fields ?? [], def.body] as [
        string,
        z.ZodType,
        CmsField[],
        boolean,
      ],
  ),
  ['settings', siteSchema as unknown as z.ZodType, unitCollection('settings').files?.[0]?.fields ?? [], false],
];

describe.each(cases)('%s: config and schema agree', (_name, schema, fields, body) => {
  const fromSchema = schemaFields(schema);
  const fromConfig = configFields(fields);

  it('every schema field is in the config (công khai’s group is written from its item)', () => {
    const missing = [...fromSchema.keys()].filter((k) => !fromConfig.has(k));
    if (_name === 'settings')
      expect(missing.filter((k) => !TECHNICAL_SETTINGS.includes(k.split(/[.[]/)[0] ?? ''))).toEqual([]);
    else expect(missing).toEqual(_name === 'disclosures' ? ['category'] : []);
  });

  it('every config field is in the schema (the Markdown body only where the collection has one)', () => {
    expect([...fromConfig.keys()].filter((k) => !fromSchema.has(k))).toEqual(body ? ['body'] : []);
  });

  it('labels, widgets and required flags come from the schema', () => {
    for (const [path, s] of fromSchema) {
      const c = fromConfig.get(path) as CmsField;
      if (!c && _name === 'disclosures' && path === 'category') continue;
      if (!c && _name === 'settings' && TECHNICAL_SETTINGS.includes(path.split(/[.[]/)[0] ?? '')) continue;
      expect(c.label, path).toBe(s.label);
      expect(s.label, `${path} has no meta.title`).not.toBe('');
      if (s.optional || s.relaxed) expect(c.required, path).toBe(false);
      else expect(c.required, path).not.toBe(false);
      if (s.meta.widget === 'date')
        expect(c).toMatchObject({
          widget: 'datetime',
          date_format: 'DD/MM/YYYY',
          format: 'YYYY-MM-DD',
          time_format: false,
        });
      if (s.type === 'enum') {
        const labels = s.meta.options as Record<string, string>;
        // Công khai's item follows its group and the school's level (disclosure-config.test.ts): a subset, same labels.
        const values =
          c.widget === 'grouped-select'
            ? s.enumValues?.filter((v) => c.options?.some((o) => o.value === v))
            : s.enumValues;
        expect(c.widget, path).toBe(path === 'item' && _name === 'disclosures' ? 'grouped-select' : 'select');
        expect(c.options?.map((o) => o.value)).toEqual(values);
        expect(c.options?.map((o) => o.label)).toEqual(values?.map((v) => labels[v]));
      }
      if (s.type === 'boolean') expect(c.widget, path).toBe('boolean');
      if (s.type === 'number') expect(c.widget, path).toBe('number');
      if (s.type === 'object') expect(c.widget, path).toBe('object');
      if (s.type === 'array') expect(c.widget, path).toBe('list');
      if (s.meta.description) expect(c.hint, path).toContain(String(s.meta.description).replace(/\.$/, ''));
    }
  });
});

describe('field conversions', () => {
  it('an optional figure: image widget, alt required once an image is chosen (preSave) and said so', () => {
    expect(field('news', 'cover')).toMatchObject({ widget: 'object', required: false });
    expect(field('news', 'cover.src')).toMatchObject({ widget: 'image', choose_url: false, required: false });
    expect(field('news', 'cover.alt')).toMatchObject({ widget: 'string', required: false });
    expect(field('news', 'cover.alt').hint).toContain('Bắt buộc khi dùng mục «Ảnh đại diện»');
  });

  it('a required figure (album photo) requires its image and alt text', () => {
    expect(field('albums', 'photos')).toMatchObject({ widget: 'list', min: 1, required: true });
    expect(field('albums', 'photos[].src').required).not.toBe(false);
    expect(field('albums', 'photos[].alt').required).not.toBe(false);
  });

  it('attachments upload into public/tep and must have an allowed type', () => {
    const file = field('documents', 'files[].file');
    expect(file).toMatchObject({
      widget: 'file',
      media_folder: '/sites/thcs-thu-nghiem/public/tep',
      public_folder: '/tep',
      choose_url: false,
    });
    // Decap tests a file field's pattern against the base name of the value.
    const [source] = file.pattern ?? [''];
    const pattern = new RegExp(source);
    for (const ext of ATTACHMENT_EXTENSIONS) expect(pattern.test(`cong-van-125.${ext}`), ext).toBe(true);
    for (const bad of ['anh.jpg', 'chuong-trinh.exe', 'Cong Van.pdf', 'cong-van.pdf.exe'])
      expect(pattern.test(bad), bad).toBe(false);
    expect(file.hint).toContain('pdf, docx');
    expect(field('documents', 'files')).toMatchObject({ min: 1, required: true, summary: '{{fields.title}}' });
  });

  it('patterns carry a Vietnamese message and accept the schema examples', () => {
    const year = field('documents', 'schoolYear');
    expect(year.pattern?.[1]).toBe('Ghi theo dạng 2025-2026 (không bắt buộc).');
    expect(new RegExp(year.pattern?.[0] ?? '').test('2025-2026')).toBe(true);
    const phone = field('settings', 'phone');
    expect(new RegExp(phone.pattern?.[0] ?? '').test('028 3829 1234')).toBe(true);
  });

  it('numbers keep their integer type and bounds; switches are not marked optional', () => {
    expect(field('settings', 'founded')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 1800,
      max: 2100,
      required: false,
    });
    expect(field('news', 'draft')).toMatchObject({ widget: 'boolean', default: false });
    expect(field('news', 'draft').required).toBeUndefined();
  });

  it('publication dates default to today, other dates must be typed', () => {
    expect(field('news', 'date').default).toBe('{{now}}');
    expect(field('documents', 'issued').default).toBeUndefined();
  });
});

describe('collections', () => {
  it('are repo-relative folders of this site, in Markdown with frontmatter', () => {
    expect(collection('news')).toMatchObject({
      folder: 'sites/thcs-thu-nghiem/content/tin-tuc',
      extension: 'md',
      format: 'frontmatter',
      create: true,
      slug: '{{slug}}',
    });
    expect(collection('settings').files?.[0]?.file).toBe('sites/thcs-thu-nghiem/site.yaml');
    expect(collection('settings').label).toBe('Cài đặt cổng');
  });

  it('store images in sites/<id>/media, referenced relative to the entry for astro:assets', () => {
    expect(collection('news')).toMatchObject({
      media_folder: '/sites/thcs-thu-nghiem/media',
      public_folder: '../../media',
    });
    expect(field('settings', 'logo.src')).toMatchObject({
      media_folder: '/sites/thcs-thu-nghiem/public',
      public_folder: '/',
    });
  });

  it('list entries by their summary fields', () => {
    expect(collection('documents').summary).toBe("{{number}} – {{issued | date('DD/MM/YYYY')}} – {{title}}");
    expect(collection('disclosures').summary).toBe("{{schoolYear}} – {{published | date('DD/MM/YYYY')}} – {{title}}");
    expect(collection('leaders')).toMatchObject({ identifier_field: 'name', summary: '{{position}} – {{name}}' });
  });

  it('make ASCII slugs with accents removed', () => {
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });
});

describe('backend and review workflow', () => {
  it('GitHub: editorial workflow through an OAuth proxy', () => {
    const gen = buildCmsConfig({ site, sitePath: 'sites/x' });
    expect(gen.config.publish_mode).toBe('editorial_workflow');
    expect(gen.config.backend).toMatchObject({
      name: 'github',
      repo: 'phonggd/thu-nghiem',
      branch: 'main',
      base_url: 'https://oauth.phonggd.example.vn',
    });
    expect(gen.warnings).toEqual([]);
    const bare = buildCmsConfig({ site: withCms({}), sitePath: 'sites/x' });
    expect(bare.warnings.join()).toContain('cms.baseUrl');
    expect(cmsConfigYaml(bare)).toContain('# CẦN SỬA / TO FIX: GitHub');
  });

  it('GitLab: PKCE with the app id, editorial workflow', () => {
    const gen = buildCmsConfig({
      site: withCms({ backend: 'gitlab', appId: 'abc123', apiRoot: 'https://git.sogd.vn/api/v4' }),
      sitePath: 'sites/x',
    });
    expect(gen.config.backend).toMatchObject({
      name: 'gitlab',
      auth_type: 'pkce',
      app_id: 'abc123',
      api_root: 'https://git.sogd.vn/api/v4',
      base_url: 'https://git.sogd.vn',
    });
    expect(gen.config.publish_mode).toBe('editorial_workflow');
    expect(gen.connectOrigins).toContain('https://git.sogd.vn');
    // What the browser reads: the PKCE login on the district's GitLab, no client secret anywhere.
    const yaml = parse(cmsConfigYaml(gen)) as { backend: Record<string, unknown> };
    expect(yaml.backend).toMatchObject({
      name: 'gitlab',
      auth_type: 'pkce',
      app_id: 'abc123',
      base_url: 'https://git.sogd.vn',
    });
    expect(cmsConfigYaml(gen)).not.toMatch(/secret/i);
    const gitlabCom = buildCmsConfig({ site: withCms({ backend: 'gitlab', appId: 'abc123' }), sitePath: 'sites/x' });
    expect(gitlabCom.config.backend).toMatchObject({ auth_type: 'pkce', base_url: 'https://gitlab.com' });
    expect(gitlabCom.connectOrigins).toEqual(['https://gitlab.com']);
  });

  it('Forgejo: PKCE with the app id and the editorial workflow (decap-cms-backend-forgejo 3.4)', () => {
    const gen = buildCmsConfig({
      site: withCms({ backend: 'forgejo', appId: 'abc', apiRoot: 'https://git.sogd.vn/api/v1' }),
      sitePath: 'sites/x',
    });
    expect(gen.config.backend).toMatchObject({
      name: 'forgejo',
      app_id: 'abc',
      api_root: 'https://git.sogd.vn/api/v1',
      base_url: 'https://git.sogd.vn',
    });
    expect(gen.config.publish_mode).toBe('editorial_workflow');
    expect(cmsConfigYaml(gen)).toContain('Quy trình duyệt bài: Nháp → Chờ duyệt → Sẵn sàng → Đăng.');
    expect(gen.warnings).toEqual([]);
  });

  it.each(['gitea', 'forgejo'] as const)('%s: setup problems are named', (backend) => {
    const missing = buildCmsConfig({ site: withCms({ backend }), sitePath: 'sites/x' });
    expect(missing.warnings.join('\n')).toMatch(/cms\.appId[\s\S]*cms\.apiRoot/);
  });

  it.each(['gitea'] as const)('%s: PKCE with the app id, no editorial workflow, and the config says why', (backend) => {
    const gen = buildCmsConfig({
      site: withCms({ backend, appId: 'abc', apiRoot: 'https://git.sogd.vn/api/v1' }),
      sitePath: 'sites/x',
    });
    expect(gen.config.backend).toMatchObject({
      name: backend,
      app_id: 'abc',
      api_root: 'https://git.sogd.vn/api/v1',
      base_url: 'https://git.sogd.vn',
    });
    expect(gen.config.publish_mode).toBe('simple');
    expect(cmsConfigYaml(gen)).toContain(`Decap chưa hỗ trợ quy trình duyệt bài trên ${backend}`);
    const missing = buildCmsConfig({ site: withCms({ backend }), sitePath: 'sites/x' });
    expect(missing.warnings.join('\n')).toMatch(/cms\.appId[\s\S]*cms\.apiRoot/);
  });

  it('local backend only when asked, and allowed by the page policy', () => {
    expect(config.local_backend).toBeUndefined();
    const dev = buildCmsConfig({ site, sitePath: 'sites/x', localBackend: true });
    expect(dev.config.local_backend).toBe(true);
    const test = buildCmsConfig({ site, sitePath: 'sites/x', localBackend: 'http://127.0.0.1:9123/api/v1' });
    expect(test.config.local_backend).toEqual({ url: 'http://127.0.0.1:9123/api/v1' });
    expect(test.connectOrigins).toContain('http://127.0.0.1:9123');
  });

  it('the YAML reads back as the same config, in Vietnamese, without anchors', () => {
    const yaml = cmsConfigYaml(buildCmsConfig({ site, sitePath: 'sites/x' }));
    expect(yaml).not.toMatch(/&a\d|\*a\d/);
    expect(parse(yaml)).toEqual(JSON.parse(JSON.stringify(buildCmsConfig({ site, sitePath: 'sites/x' }).config)));
    expect(yaml).toMatch(/^# Cấu hình Decap CMS, sinh tự động/);
  });
});

describe('audience ("Gửi đến các đơn vị")', () => {
  const loadFixture = (id: string) => loadSiteConfig(join(NETWORK_SITES, id));

  it('is in the văn bản, tin tức and thông báo khẩn schemas', () => {
    expect(ADDRESSABLE.sort()).toEqual(['alerts', 'documents', 'news']);
  });

  it('a school gets no audience field: it addresses nobody', () => {
    for (const name of ADDRESSABLE)
      expect(
        collection(name).fields?.map((f) => f.name),
        name,
      ).not.toContain('audience');
  });

  it("a unit gets the admin's audience widget, optional, with the schema's labels, every level and its members by name", () => {
    for (const name of ADDRESSABLE) {
      const audience = unitCollection(name).fields?.find((f) => f.name === 'audience');
      expect(audience, name).toMatchObject({
        widget: 'audience',
        label: 'Gửi đến các đơn vị',
        required: false,
        levels_label: 'Các cấp học',
        units_label: 'Các đơn vị',
        level_options: Object.entries(LEVELS).map(([value, label]) => ({ value, label })),
        unit_options: [
          { value: 'th-hoa-binh', label: 'Trường Tiểu học Hòa Bình' },
          { value: 'thcs-hoa-binh', label: 'Trường Trung học cơ sở Hòa Bình' },
        ],
      });
      expect(audience?.hint).toContain('Chọn «Không gửi» nếu chỉ đăng trên cổng này');
    }
    // The field is written where the schema puts it, after the attachments.
    const names = unitCollection('documents').fields?.map((f) => f.name) ?? [];
    expect(names.indexOf('audience')).toBe(names.indexOf('files') + 1);
  });

  it('a unit with no member yet says so in the hint', () => {
    const alone = buildCmsConfig({ site: unitSite, sitePath: 'sites/x' }).config.collections.find(
      (c) => c.name === 'documents',
    );
    expect(alone?.fields?.find((f) => f.name === 'audience')).toMatchObject({ unit_options: [] });
    expect(alone?.fields?.find((f) => f.name === 'audience')?.hint).toContain('Chưa có đơn vị trực thuộc nào');
  });

  it("the members come from the sites folder at any depth (a Sở: its Phòng, then the Phòng's schools), then remote members", () => {
    expect(audienceUnits(loadFixture('th-thu-nghiem'), join(NETWORK_SITES, 'th-thu-nghiem'), EMPTY_NETWORK)).toEqual(
      [],
    );
    expect(
      audienceUnits(loadFixture('phong-vhxh-thu-nghiem'), join(NETWORK_SITES, 'phong-vhxh-thu-nghiem'), EMPTY_NETWORK),
    ).toEqual([
      { id: 'th-thu-nghiem', name: 'Trường Tiểu học Hòa Bình' },
      { id: 'thcs-thu-nghiem', name: 'Trường Trung học cơ sở Hòa Bình' },
    ]);
    const so = loadFixture('so-gddt-thu-nghiem');
    const phong = 'Phòng Văn hóa - Xã hội phường Hòa Bình';
    expect(audienceUnits(so, join(NETWORK_SITES, 'so-gddt-thu-nghiem'), EMPTY_NETWORK)).toEqual([
      { id: 'phong-vhxh-thu-nghiem', name: phong },
      { id: 'th-thu-nghiem', name: 'Trường Tiểu học Hòa Bình', via: [phong] },
      { id: 'thcs-thu-nghiem', name: 'Trường Trung học cơ sở Hòa Bình', via: [phong] },
    ]);
    // A member in another repository, read by the build over HTTPS.
    const remote = {
      id: 'thpt-hoa-binh',
      name: 'Trường Trung học phổ thông Hòa Bình',
      shortName: 'THPT Hòa Bình',
      unitType: 'truong',
      unitTypeLabel: 'Trường học',
      level: 'thpt',
      url: 'https://thpthoabinh.example.vn/',
      remote: true,
    } as const;
    const network: Network = {
      ...EMPTY_NETWORK,
      members: [
        {
          unit: remote,
          news: [],
          documents: [],
          disclosures: [],
          status: { schoolYear: '2026-2027', expected: 0, published: [], missing: [] },
        },
      ],
    };
    expect(audienceUnits(so, join(NETWORK_SITES, 'so-gddt-thu-nghiem'), network).map((u) => u.id)).toEqual([
      'phong-vhxh-thu-nghiem',
      'th-thu-nghiem',
      'thcs-thu-nghiem',
      'thpt-hoa-binh',
    ]);
    // In the config, a school below a Phòng is named with its Phòng.
    const generated = buildCmsConfig({
      site: so,
      sitePath: 'sites/so',
      members: audienceUnits(so, join(NETWORK_SITES, 'so-gddt-thu-nghiem'), EMPTY_NETWORK),
    });
    const options = generated.config.collections
      .find((c) => c.name === 'alerts')
      ?.fields?.find((f) => f.name === 'audience')?.unit_options;
    expect(options?.map((o) => o.label)).toEqual([
      phong,
      `${phong} › Trường Tiểu học Hòa Bình`,
      `${phong} › Trường Trung học cơ sở Hòa Bình`,
    ]);
  });
});
