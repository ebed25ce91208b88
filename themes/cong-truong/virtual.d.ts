declare module 'virtual:cong-truong/site' {
  import type { SiteConfig } from '../../content-schemas/site.ts';
  import type { Member } from './members.ts';
  export const siteId: string;
  /** Absolute path of `sites/<id>/`, for build-time facts such as attachment sizes. */
  export const siteDir: string;
  export const site: SiteConfig;
  /** The units whose site.yaml names this site as parent (a Phòng's or Sở's schools). */
  export const members: Member[];
  /** When the build ran; "today" for alerts, open consultations and deadlines. */
  export const buildDate: Date;
}

declare module 'virtual:cong-truong/network' {
  import type { Network } from '../../content-schemas/network.ts';
  /** What the other portals of the hierarchy sent to or publish for this site (liên thông). */
  export const network: Network;
}
