/** Public URLs of entries and list pages; the entry rules live in content-schemas/urls.ts. */
export {
  absoluteUrl,
  disclosureYearUrl,
  documentIssuerUrl,
  documentsFeedUrl,
  documentTypeUrl,
  entryPage,
  entryUrl,
  listUrl,
  newsCategoryUrl,
  sectionUrl,
  webUrl,
} from '../../../content-schemas/urls.ts';

/** Page 1 is the base URL itself; later pages live under the reserved `trang/` segment. */
export function listPageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}trang/${page}/`;
}
