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
