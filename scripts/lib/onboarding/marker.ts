/**
 * The one marker that flags text a new site inherited from its template and that
 * the school must replace. Onboarding writes it into every placeholder; the audit
 * reports every file that still contains it. Fields whose format cannot hold it
 * (domain, email, phone) get a reserved placeholder value instead, and the YAML
 * line carries the marker as a comment.
 */
export const TEMPLATE_MARKER = '[CẦN THAY]';

/** `.invalid` is reserved by RFC 2606: it can never be a real domain or mailbox. */
export const PLACEHOLDER_TLD = 'invalid';

/** Passes the phone pattern but is no real number. */
export const PLACEHOLDER_PHONE = '0000 000 000';

export function placeholderDomain(id: string): string {
  return `${id}.${PLACEHOLDER_TLD}`;
}

export function placeholderEmail(id: string): string {
  return `lien-he@${placeholderDomain(id)}`;
}

/** True if a value (or a whole file's text) still holds template text to replace. */
export function isTemplateText(text: string): boolean {
  return (
    text.normalize('NFC').includes(TEMPLATE_MARKER) ||
    text.includes(PLACEHOLDER_PHONE) ||
    new RegExp(`[a-z0-9-]\\.${PLACEHOLDER_TLD}\\b`).test(text)
  );
}
