// The site's logo bytes, read once per build for every picture made from it.
import { site, siteDir } from 'virtual:cong-truong/site';
import { readLogo } from './share-card.ts';

let logo: Buffer | undefined;
export function siteLogo(): Buffer {
  logo ??= readLogo(siteDir, site.logo.src);
  return logo;
}
