/**
 * The main menu: `site.menu` when the site sets one, otherwise the default for its
 * level (vn-portal-ia §7.1–7.2). Preschools get Thực đơn and Kế hoạch tuần, and a
 * Phòng or Sở its Trường học, but only when there is something to list, so the menu
 * never links to a missing page.
 */
import type { SiteConfig } from '../../../content-schemas/site.ts';
import { PAGE_ROUTES } from '../../../content-schemas/collections/pages.ts';
import { t, type Locale, type UiKey } from './i18n.ts';
import { MEMBER_STATUS_PATH } from './network-view.ts';
import { listUrl } from './urls.ts';

export interface MenuLink {
  label: string;
  url: string;
  /** Language of the label when it differs from the page's (e.g. "Tiếng Việt" on English pages). */
  lang?: string;
  children?: MenuLink[];
}

export interface MenuFacts {
  hasMenus: boolean;
  hasPlans: boolean;
  /** A Phòng or Sở with member units gets Trường học (/truong-hoc/). */
  hasMembers?: boolean;
  /** The build read the members' công khai (liên thông): its status page exists. */
  hasMemberStatus?: boolean;
}

const item = (key: UiKey, url: string, locale: Locale): MenuLink => ({ label: t(key, locale), url });

/** Trường học, with the members' công khai status beneath it when the build has it. */
function schoolsItems(facts: MenuFacts, locale: Locale): MenuLink[] {
  const status = item('nav.memberStatus', MEMBER_STATUS_PATH, locale);
  if (!facts.hasMembers) return facts.hasMemberStatus ? [status] : [];
  const schools = item('nav.schools', '/truong-hoc/', locale);
  return [
    facts.hasMemberStatus ? { ...schools, children: [item('schools.title', '/truong-hoc/', locale), status] } : schools,
  ];
}

export function mainMenu(site: SiteConfig, facts: MenuFacts, locale: Locale = 'vi'): MenuLink[] {
  if (site.menu?.length) return site.menu.map((m) => ({ label: m.label, url: m.url, children: m.children }));
  const preschool = site.level === 'mam-non';
  return [
    item('nav.home', '/', locale),
    item('nav.about', PAGE_ROUTES['gioi-thieu'], locale),
    ...schoolsItems(facts, locale),
    item('nav.news', listUrl('news'), locale),
    item('nav.documents', listUrl('documents'), locale),
    item('nav.disclosures', listUrl('disclosures'), locale),
    item('nav.admissions', listUrl('admissions'), locale),
    ...(preschool && facts.hasMenus ? [item('nav.menus', listUrl('menus'), locale)] : []),
    ...(preschool && facts.hasPlans ? [item('nav.plans', listUrl('plans'), locale)] : []),
    item('nav.qa', listUrl('qa'), locale),
    item('nav.contact', PAGE_ROUTES['lien-he'], locale),
    item('nav.sitemap', '/so-do-cong/', locale),
  ];
}

/** Whether `current` (a pathname) is inside the section `url`; `/` matches only itself. */
export function isCurrentSection(url: string, current: string): boolean {
  if (url === '/') return current === '/';
  return current === url || (url.endsWith('/') && current.startsWith(url));
}
