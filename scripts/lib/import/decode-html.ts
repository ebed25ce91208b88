/**
 * An old page's bytes as text. Nearly every portal is UTF-8, but older ASP.NET and
 * hand-made sites still use windows-1258 or windows-1252, and what they declare (in
 * the HTTP header or a meta tag) is often wrong: a page saved as UTF-8 under an old
 * `charset=windows-1258` meta, or the reverse. The bytes decide first: a byte order
 * mark, then valid UTF-8 (legacy Vietnamese text is never valid UTF-8); only bytes
 * that are not UTF-8 are read with the declared charset, else windows-1258.
 */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function declaredIn(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

function decodeAs(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return undefined;
  }
}

/** `headerCharset` is what the HTTP answer declared, when the page came over HTTP. */
export function decodeHtml(bytes: Uint8Array, headerCharset?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return Buffer.from(bytes.subarray(3)).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs('utf-16le', bytes.subarray(2)) ?? '';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs('utf-16be', bytes.subarray(2)) ?? '';
  try {
    return UTF8.decode(bytes);
  } catch {
    // Not UTF-8, whatever was declared: one of the legacy charsets.
  }
  for (const label of [headerCharset, declaredIn(bytes)]) {
    if (!label || /^utf-?8$/.test(label)) continue;
    const text = decodeAs(label, bytes);
    if (text !== undefined) return text;
  }
  return decodeAs('windows-1258', bytes) ?? Buffer.from(bytes).toString('latin1');
}
