/**
 * The registry of collections: folder on disk, URLs, schema factory.
 * Astro's content config, the CMS config generator, the pre-build validator,
 * entry URLs (urls.ts), redirects, search records and the audit all read this one list.
 */
import type { z } from 'astro/zod';
import type { ImageFn } from './fields.ts';
import { newsSchema } from './collections/news.ts';
import { documentSchema } from './collections/documents.ts';
import { disclosureSchema } from './collections/disclosures.ts';
import { admissionSchema } from './collections/admissions.ts';
import { leaderSchema } from './collections/leaders.ts';
import { qaSchema } from './collections/qa.ts';
import { consultationSchema } from './collections/consultations.ts';
import { albumSchema } from './collections/albums.ts';
import { pageSchema } from './collections/pages.ts';
import { alertSchema } from './collections/alerts.ts';
import { menuSchema } from './collections/menus.ts';
import { planSchema } from './collections/plans.ts';

export interface CollectionDef {
  /** Folder under `sites/<id>/content/`, also the Astro collection name. */
  folder: string;
  /** Vietnamese label (plural) shown in the CMS. */
  label: string;
  /** Vietnamese label (singular). */
  labelSingular: string;
  /**
   * Public URL of the list page (alerts: shown on every page). The one place it is
   * written: the theme serves the collection's route folder here (COLLECTION_ROUTES
   * in themes/cong-truong/route-files.ts), and links, menus, breadcrumbs, feeds,
   * redirects, search records and the audit ask content-schemas/urls.ts for it.
   */
  url: string;
  /**
   * URL of each entry's own page, `[slug]` standing for the file name, or null when
   * entries have none (leaders are listed on `url`, alerts show on every page, pages
   * have fixed addresses by key: PAGE_ROUTES). Served by the `[slug]` route of the
   * collection's folder; tests/registry/moved-url.test.ts moves one and checks the rest follows.
   */
  detail: `/${string}[slug]/` | null;
  /** Whether the Markdown body is the main content (false: frontmatter only). */
  body: boolean;
  schema: (image: ImageFn) => z.ZodObject;
}

export const COLLECTIONS = {
  news: {
    folder: 'tin-tuc',
    label: 'Tin tức, thông báo',
    labelSingular: 'Bài viết',
    url: '/tin-tuc/',
    detail: '/tin-tuc/[slug]/',
    body: true,
    schema: newsSchema,
  },
  documents: {
    folder: 'van-ban',
    label: 'Văn bản',
    labelSingular: 'Văn bản',
    url: '/van-ban/',
    detail: '/van-ban/[slug]/',
    body: true,
    schema: documentSchema,
  },
  disclosures: {
    folder: 'cong-khai',
    label: 'Công khai',
    labelSingular: 'Mục công khai',
    url: '/cong-khai/',
    detail: '/cong-khai/[slug]/',
    body: true,
    schema: disclosureSchema,
  },
  admissions: {
    folder: 'tuyen-sinh',
    label: 'Tuyển sinh',
    labelSingular: 'Tin tuyển sinh',
    url: '/tuyen-sinh/',
    detail: '/tuyen-sinh/[slug]/',
    body: true,
    schema: admissionSchema,
  },
  leaders: {
    folder: 'lanh-dao',
    label: 'Lãnh đạo',
    labelSingular: 'Lãnh đạo',
    url: '/gioi-thieu/lanh-dao/',
    detail: null,
    body: false,
    schema: leaderSchema,
  },
  qa: {
    folder: 'hoi-dap',
    label: 'Hỏi đáp',
    labelSingular: 'Câu hỏi',
    url: '/hoi-dap/',
    detail: '/hoi-dap/[slug]/',
    body: true,
    schema: qaSchema,
  },
  consultations: {
    folder: 'lay-y-kien',
    label: 'Lấy ý kiến',
    labelSingular: 'Đợt lấy ý kiến',
    url: '/lay-y-kien/',
    detail: '/lay-y-kien/[slug]/',
    body: true,
    schema: consultationSchema,
  },
  albums: {
    folder: 'thu-vien-anh',
    label: 'Thư viện ảnh',
    labelSingular: 'Album ảnh',
    url: '/thu-vien-anh/',
    detail: '/thu-vien-anh/[slug]/',
    body: false,
    schema: albumSchema,
  },
  pages: {
    folder: 'trang',
    label: 'Trang giới thiệu, trang tĩnh',
    labelSingular: 'Trang',
    url: '/',
    detail: null,
    body: true,
    schema: pageSchema,
  },
  alerts: {
    folder: 'thong-bao-khan',
    label: 'Thông báo khẩn',
    labelSingular: 'Thông báo khẩn',
    url: '/',
    detail: null,
    body: false,
    schema: alertSchema,
  },
  menus: {
    folder: 'thuc-don',
    label: 'Thực đơn',
    labelSingular: 'Thực đơn tuần',
    url: '/thuc-don/',
    detail: '/thuc-don/[slug]/',
    body: false,
    schema: menuSchema,
  },
  plans: {
    folder: 'ke-hoach',
    label: 'Kế hoạch tuần, tháng',
    labelSingular: 'Kế hoạch',
    url: '/ke-hoach-tuan/',
    detail: '/ke-hoach-tuan/[slug]/',
    body: true,
    schema: planSchema,
  },
} as const satisfies Record<string, CollectionDef>;

export type CollectionName = keyof typeof COLLECTIONS;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Collections whose entries each have a page of their own (`detail` set in the registry). */
export type DetailCollection = {
  [C in CollectionName]: (typeof COLLECTIONS)[C]['detail'] extends string ? C : never;
}[CollectionName];

export function hasDetailPages(collection: CollectionName): collection is DetailCollection {
  return COLLECTIONS[collection].detail !== null;
}

export const DETAIL_COLLECTIONS: readonly DetailCollection[] = COLLECTION_NAMES.filter(hasDetailPages);

/** Segments reserved for list, filter and pagination pages; never a detail slug. */
export const RESERVED_SLUGS = [
  'trang',
  'chuyen-muc',
  'co-quan',
  'loai',
  'nam-hoc',
  'cap',
  'xa-phuong',
  'lanh-dao',
  'rss',
  'index',
] as const;

export { siteSchema, type SiteConfig } from './site.ts';
