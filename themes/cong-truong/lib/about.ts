/** The Giới thiệu section: which of its sub-pages exist, in the order of PAGE_ROUTES. */
import { getCollection } from 'astro:content';
import { PAGE_ROUTES, type PageKey } from '../../../content-schemas/collections/pages.ts';
import { listUrl } from './urls.ts';

/** Sub-pages rendered by gioi-thieu/[page].astro (the hub, leaders and editorial board have their own routes). */
export const ABOUT_SUBPAGES = (Object.keys(PAGE_ROUTES) as PageKey[]).filter(
  (k) => PAGE_ROUTES[k].startsWith('/gioi-thieu/') && k !== 'gioi-thieu' && k !== 'ban-bien-tap',
);

export interface AboutLink {
  href: string;
  label: string;
}

/** Links to every Giới thiệu sub-page the site has, plus leaders and editorial board. */
export async function aboutLinks(labels: { leaders: string; editorial: string }): Promise<AboutLink[]> {
  const pages = await getCollection('pages');
  const present = ABOUT_SUBPAGES.flatMap((k) => {
    const p = pages.find((e) => e.id === k);
    return p ? [{ href: PAGE_ROUTES[k], label: p.data.title }] : [];
  });
  return [
    ...present,
    { href: listUrl('leaders'), label: labels.leaders },
    { href: PAGE_ROUTES['ban-bien-tap'], label: labels.editorial },
  ];
}
