declare module 'virtual:cong-truong/site' {
  import type { SiteConfig } from '../../content-schemas/site.ts';
  export const siteId: string;
  export const site: SiteConfig;
  /** When the build ran; "today" for alerts, open consultations and deadlines. */
  export const buildDate: Date;
}
