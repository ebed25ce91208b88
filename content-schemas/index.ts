/**
 * The registry of collections: folder on disk, URL base, schema factory.
 * Astro's content config, the CMS config generator, the pre-build validator
 * and the audit all iterate over this one list.
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
  /** Public URL of the list page; detail pages live under it. */
  url: string;
  /** Whether the Markdown body is the main content (false: frontmatter only). */
  body: boolean;
  schema: (image: ImageFn) => z.ZodObject;
}

export const COLLECTIONS = {
  news: { folder: 'tin-tuc', label: 'Tin tức, thông báo', labelSingular: 'Bài viết', url: '/tin-tuc/', body: true, schema: newsSchema },
  documents: { folder: 'van-ban', label: 'Văn bản', labelSingular: 'Văn bản', url: '/van-ban/', body: true, schema: documentSchema },
  disclosures: { folder: 'cong-khai', label: 'Công khai', labelSingular: 'Mục công khai', url: '/cong-khai/', body: true, schema: disclosureSchema },
  admissions: { folder: 'tuyen-sinh', label: 'Tuyển sinh', labelSingular: 'Tin tuyển sinh', url: '/tuyen-sinh/', body: true, schema: admissionSchema },
  leaders: { folder: 'lanh-dao', label: 'Lãnh đạo', labelSingular: 'Lãnh đạo', url: '/gioi-thieu/lanh-dao/', body: false, schema: leaderSchema },
  qa: { folder: 'hoi-dap', label: 'Hỏi đáp', labelSingular: 'Câu hỏi', url: '/hoi-dap/', body: true, schema: qaSchema },
  consultations: { folder: 'lay-y-kien', label: 'Lấy ý kiến', labelSingular: 'Đợt lấy ý kiến', url: '/lay-y-kien/', body: true, schema: consultationSchema },
  albums: { folder: 'thu-vien-anh', label: 'Thư viện ảnh', labelSingular: 'Album ảnh', url: '/thu-vien-anh/', body: false, schema: albumSchema },
  pages: { folder: 'trang', label: 'Trang giới thiệu, trang tĩnh', labelSingular: 'Trang', url: '/', body: true, schema: pageSchema },
  alerts: { folder: 'thong-bao-khan', label: 'Thông báo khẩn', labelSingular: 'Thông báo khẩn', url: '/', body: false, schema: alertSchema },
  menus: { folder: 'thuc-don', label: 'Thực đơn', labelSingular: 'Thực đơn tuần', url: '/thuc-don/', body: false, schema: menuSchema },
  plans: { folder: 'ke-hoach', label: 'Kế hoạch tuần, tháng', labelSingular: 'Kế hoạch', url: '/ke-hoach-tuan/', body: true, schema: planSchema },
} as const satisfies Record<string, CollectionDef>;

export type CollectionName = keyof typeof COLLECTIONS;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Segments reserved for list, filter and pagination pages; never a detail slug. */
export const RESERVED_SLUGS = ['trang', 'chuyen-muc', 'co-quan', 'loai', 'nam-hoc', 'cap', 'xa-phuong', 'lanh-dao', 'rss', 'index'] as const;

export { siteSchema, type SiteConfig } from './site.ts';
