/**
 * The Decap CMS config of one site, derived from content-schemas. Nothing here
 * re-declares a field: labels, hints, options, required flags and patterns all
 * come from the Zod schemas and their `.meta()`.
 */
import { Document } from 'yaml';
import type { SiteConfig } from '../site.ts';
import { allCollections } from './collections.ts';
import { cmsBackend } from './backend.ts';
import type { CmsConfig } from './types.ts';
import { audienceChoicesFor, type AudienceUnit } from './audience.ts';
import {
  DISCLOSURES,
  disclosureCollection,
  disclosureDerivedRule,
  disclosureUniqueRule,
  type ExistingDisclosure,
} from './disclosures.ts';
import { saveRules, type SaveRules } from './save-rules.ts';

export type { CmsConfig, CmsCollection, CmsField } from './types.ts';
export { cmsBackend, WORKFLOW_BACKENDS } from './backend.ts';
export { AUDIENCE_WIDGET, type AudienceUnit } from './audience.ts';
export type { SaveRules, CollectionSaveRules } from './save-rules.ts';
export type { ExistingDisclosure } from './disclosures.ts';

/** decap-server's default address; `npm run dev` starts it there. */
export const LOCAL_BACKEND_URL = 'http://localhost:8081/api/v1';

export interface CmsConfigOptions {
  site: SiteConfig;
  /** Repository-relative folder of the site (`sites/<id>`): one repo holds many sites. */
  sitePath: string;
  /**
   * Use decap-server on this machine instead of the Git host: `true` for the
   * default address, or the URL of its API. Decap only honours it when the
   * admin itself is opened from localhost or 127.0.0.1.
   */
  localBackend?: boolean | string;
  /**
   * For a Phòng or Sở: the units its editors may address (`audience`), at any depth.
   * Ignored for a school, which gets no `audience` field.
   */
  members?: AudienceUnit[];
  /** The site's công khai entries when it is built: a second entry for the same item and năm học is refused. */
  disclosures?: ExistingDisclosure[];
}

export interface GeneratedCmsConfig {
  config: CmsConfig;
  /** What the admin checks before saving (save-rules.ts), for `<meta name="cong-truong:save-rules">`. */
  saveRules: SaveRules;
  warnings: string[];
  /** Origins the admin needs to reach (Git host API, OAuth, local backend). */
  connectOrigins: string[];
}

export function buildCmsConfig(opts: CmsConfigOptions): GeneratedCmsConfig {
  const sitePath = opts.sitePath.replace(/^\.?\/+|\/+$/g, '');
  const { backend, publishMode, warnings, origins } = cmsBackend(opts.site.cms);
  const connectOrigins = [...origins];
  let localBackend: CmsConfig['local_backend'];
  if (opts.localBackend) {
    const url = typeof opts.localBackend === 'string' ? opts.localBackend : LOCAL_BACKEND_URL;
    localBackend = typeof opts.localBackend === 'string' ? { url } : true;
    const origin = new URL(url).origin;
    connectOrigins.push(
      origin,
      origin.replace('//localhost', '//127.0.0.1'),
      origin.replace('//127.0.0.1', '//localhost'),
    );
  }
  const config: CmsConfig = {
    backend,
    ...(localBackend ? { local_backend: localBackend } : {}),
    publish_mode: publishMode,
    locale: 'vi',
    site_url: `https://${opts.site.domain}`,
    display_url: `https://${opts.site.domain}`,
    show_preview_links: true,
    media_folder: `${sitePath}/media`,
    public_folder: '../../media',
    // ASCII slugs from Vietnamese titles: "Đoàn trường …" → doan-truong-… (the
    // admin normalises to NFC first, so decomposed input folds the same way).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // The school's own logo on the login screen, from the site's public folder.
    logo: { src: opts.site.logo.src, show_in_header: false },
    // Photos are shrunk and stripped of EXIF by the admin itself (admin/photo-resize.ts,
    // with the limits of media-limits.ts); Decap's media_processing is not used.
    collections: allCollections(sitePath, audienceChoicesFor(opts.site, opts.members ?? [])).map((c) =>
      c.name === DISCLOSURES ? disclosureCollection(c, opts.site.level) : c,
    ),
  };
  const rules = saveRules(config, {
    [DISCLOSURES]: { ...disclosureDerivedRule(), ...disclosureUniqueRule(opts.disclosures ?? []) },
  });
  return { config, saveRules: rules, warnings, connectOrigins: [...new Set(connectOrigins)] };
}

const HEADER = `Cấu hình Decap CMS, sinh tự động từ content-schemas khi dựng trang: đừng sửa tay.
Generated from content-schemas at build time: do not edit by hand.`;

function backendComment(config: CmsConfig): string {
  if (config.publish_mode === 'editorial_workflow') {
    return `Quy trình duyệt bài: Nháp → Chờ duyệt → Sẵn sàng → Đăng. Mỗi bài là một nhánh cms/… và một yêu cầu gộp (PR/MR);
người có quyền gộp vào nhánh ${config.backend.branch} (Trưởng ban biên tập) mới đăng được.
Review workflow: every entry is a cms/… branch and a pull/merge request; only those who may merge into ${config.backend.branch} publish.`;
  }
  return `${config.backend.name}: Decap chưa hỗ trợ quy trình duyệt bài trên ${config.backend.name}, bài được đăng thẳng khi lưu.
Hãy giới hạn quyền ghi vào kho cho người được duyệt đăng bài.
${config.backend.name}: Decap has no editorial workflow on this backend; saving publishes. Limit write access accordingly.`;
}

/** The config as YAML, with comments that explain the backend choices and any setup problem. */
export function cmsConfigYaml(generated: GeneratedCmsConfig): string {
  const doc = new Document(generated.config, { aliasDuplicateObjects: false });
  const problems = generated.warnings.map((w) => `CẦN SỬA / TO FIX: ${w}`).join('\n');
  doc.commentBefore = [HEADER, backendComment(generated.config), problems]
    .filter(Boolean)
    .join('\n\n')
    .replace(/^(?=.)/gm, ' ');
  return doc.toString({ lineWidth: 0 });
}
