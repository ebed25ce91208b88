/**
 * Page metadata: Dublin Core (TT 24/2011 Điều 4: title, creator, date, description,
 * publisher, identifier mandatory; language, subject recommended), Open Graph and
 * the canonical URL. Mandatory DC elements are never empty (TT 24/2011 Điều 5).
 */
export interface PageMeta {
  /** Publication or issue date; the build date when the page has none. */
  date?: Date;
  modified?: Date;
  /** Several values are joined with "; " (TT 24/2011 Điều 5). */
  subject?: string[];
  creator?: string;
  publisher?: string;
  type?: 'website' | 'article';
}

export interface DublinCore {
  name: string;
  content: string;
}

export function dublinCore(fields: {
  title: string;
  description: string;
  creator: string;
  publisher: string;
  date: string;
  identifier: string;
  language: string;
  subject?: string[];
}): DublinCore[] {
  const list: DublinCore[] = [
    { name: 'DC.title', content: fields.title },
    { name: 'DC.creator', content: fields.creator },
    { name: 'DC.date', content: fields.date },
    { name: 'DC.description', content: fields.description },
    { name: 'DC.publisher', content: fields.publisher },
    { name: 'DC.identifier', content: fields.identifier },
    { name: 'DC.language', content: fields.language },
  ];
  const subject = fields.subject?.filter(Boolean).join('; ');
  if (subject) list.push({ name: 'DC.subject', content: subject });
  return list;
}

/** JSON for a `<script type="application/ld+json">`, safe against `</script>` in content. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Where the build writes the share picture made from the logo and the name (routes/og-image.png.ts). */
export const FALLBACK_SHARE_IMAGE = { path: '/og-image.png', width: 1200, height: 630 } as const;

export interface OrganisationFacts {
  name: string;
  unitType: string;
  url: string;
  logo: string;
  email: string;
  telephone: string;
}

/** The unit as schema.org sees it: a school is an EducationalOrganization, a Phòng or Sở a GovernmentOrganization. */
export function organisation(o: OrganisationFacts): Record<string, unknown> {
  return {
    '@type': o.unitType === 'truong' ? 'EducationalOrganization' : 'GovernmentOrganization',
    name: o.name,
    url: o.url,
    logo: { '@type': 'ImageObject', url: o.logo },
    email: o.email,
    telephone: o.telephone,
  };
}

/** Collective authors ("Ban Giám hiệu", "Tổ Văn phòng", …) are not people. */
const COLLECTIVE =
  /^(ban|tổ|phòng|văn phòng|nhà trường|trường|công đoàn|đoàn|liên đội|chi đoàn|chi bộ|hội|bộ phận|thư viện)(\s|$)/iu;

/**
 * Completes a page's JSON-LD: the unit as publisher (never a person), a picture
 * (the page's own or the fallback share image), and a collective author as an Organization.
 */
export function withPublisher(
  data: Record<string, unknown>,
  org: Record<string, unknown>,
  image: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  const type = String(data['@type'] ?? '');
  const isOrganisation = type === 'EducationalOrganization' || type === 'GovernmentOrganization';
  // The unit describing itself takes the type that fits it (a Phòng is not a school).
  if (isOrganisation && data.name === org.name) out['@type'] = org['@type'];
  if (!isOrganisation) out.publisher = org;
  if (!out.image) out.image = image;
  const author = data.author as { '@type'?: string; name?: string } | undefined;
  if (author?.['@type'] === 'Person' && author.name && COLLECTIVE.test(author.name.trim()))
    out.author = { '@type': 'Organization', name: author.name };
  return out;
}
