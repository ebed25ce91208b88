declare module 'virtual:cong-truong/site' {
  import type { SiteConfig } from '../../content-schemas/site.ts';
  export const siteId: string;
  /** Absolute path of `sites/<id>/`, for build-time facts such as attachment sizes. */
  export const siteDir: string;
  export const site: SiteConfig;
  /** When the build ran; "today" for alerts, open consultations and deadlines. */
  export const buildDate: Date;
}
