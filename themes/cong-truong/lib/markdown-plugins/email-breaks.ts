/**
 * Where an e-mail address may break across lines: after the "@" and before each "."
 * ("c2nguyendu@" / "hcm" / ".edu" / ".vn"), never inside a word ("hcm.ed" / "u.vn").
 * A dot left at a line's end would read as the end of a sentence, so it starts the
 * next line instead (the Chicago Manual's rule for addresses). Shared by the theme's
 * EmailText component and the Markdown step, so both break addresses the same way.
 */

/** E-mail addresses in running text (GFM links the same ones). */
export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * The pieces of an address between which a line may break. A piece with a hyphen
 * ("thcs-nguyendu@") is marked to be kept whole: browsers would break after it.
 */
export function emailParts(email: string): { text: string; keep: boolean }[] {
  return email
    .split(/(?<=@)|(?=\.)/u)
    .filter(Boolean)
    .map((text) => ({ text, keep: /[-\u2010\u2011]/u.test(text) }));
}

/**
 * The class the address is wrapped in: a piece longer than the line may still break
 * (overflow-wrap: break-word), but unlike `anywhere`, which the theme sets on mailto
 * links, it does not let a table column shrink to one letter and split the address.
 */
export const EMAIL_CLASS = 'wrap-break-word';
