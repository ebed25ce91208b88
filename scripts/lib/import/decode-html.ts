/**
 * An old page's bytes as text. Nearly every portal is UTF-8, but older ASP.NET and
 * hand-made sites still declare windows-1258 or windows-1252 in a meta tag; read as
 * UTF-8 their Vietnamese letters would turn into replacement characters.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!declared || declared === 'utf-8' || declared === 'utf8') return Buffer.from(bytes).toString('utf8');
  try {
    return new TextDecoder(declared).decode(bytes);
  } catch {
    // An unknown label: UTF-8 is still the best guess.
    return Buffer.from(bytes).toString('utf8');
  }
}
