/**
 * Where an e-mail or web address may break across lines: after the "@" or a "/" and
 * before each "." ("c2nguyendu@" / "hcm" / ".edu" / ".vn"), never inside a word
 * ("hcm.ed" / "u.vn"). A dot left at a line's end would read as the end of a sentence,
 * so it starts the next line instead (the Chicago Manual's rule for addresses). Shared
 * by the theme's EmailText component and the Markdown step, so both break the same way.
 */

export interface AddressPart {
  text: string;
  /** A piece with a hyphen ("thcs-nguyendu@"), kept whole: browsers would break after it. */
  keep: boolean;
}

/** E-mail addresses in running text (GFM links the same ones). */
export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** Link text that is itself a web address ("tuyensinhdaucap.hcm.edu.vn", "https://…/a-b/"). */
export const WEB_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[/?#][^\s]*)?$/u;

function parts(address: string, at: RegExp): AddressPart[] {
  return address
    .split(at)
    .filter(Boolean)
    .map((text) => ({ text, keep: /[-\u2010\u2011]/u.test(text) }));
}

/** The pieces of an e-mail address between which a line may break. */
export function emailParts(email: string): AddressPart[] {
  return parts(email, /(?<=@)|(?=\.)/u);
}

/** The pieces of a web address: after "//" or a "/", before ".", "?", "#", "&" or "=". */
export function webAddressParts(address: string): AddressPart[] {
  return parts(address, /(?<=\/)(?!\/)|(?=[.?#&=])/u);
}

/**
 * The class the address is wrapped in: a piece longer than the line may still break
 * (overflow-wrap: break-word), but unlike `anywhere`, which the theme sets on mailto
 * links and prose, it does not let a table column shrink to one letter and split it.
 */
export const ADDRESS_CLASS = 'wrap-break-word';
