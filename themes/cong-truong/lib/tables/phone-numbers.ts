/**
 * Vietnamese phone numbers as schools write them: "028 3836 4512", "(028) 3836 4512",
 * "0912 345 678", "0912.345.678", "+84 28 3836 4512", hotlines "1900 1234", and
 * extensions "máy lẻ 105" / "ext. 105". A browser may break a line at each space
 * inside them ("028 3836" / "4512"), which reads as two numbers; these runs are kept
 * on one line by the keep-tokens step.
 *
 * Only digit counts real numbers have are taken (10 for a mobile, 11 for a landline
 * with its area code, 9–10 after +84, 8–10 for 1800/1900), so dates ("05.09.2025"),
 * amounts and identity numbers are left alone. Expects NFC text.
 */

/** A run of digit groups joined by one space, dot or hyphen, with its leading part. */
const NUMBER =
  /(?<![\p{L}\p{N}+])(?:\+84[ .]?\(?0?\d{1,3}\)?|\(0\d{1,3}\)|0\d{1,4}|1[89]00)(?:[ .\u00a0-]?\d{2,4}){1,4}(?![\p{L}\p{N}]|[.,]\d)/gu;
const EXTENSION = /(?<![\p{L}\p{N}])(?:số\s+)?(?:máy lẻ|máy nhánh|ext\.?)\s?:?\s?\d{1,6}(?![\p{L}\p{N}])/giu;

function digitsFit(run: string): boolean {
  const digits = run.replace(/\D/g, '').length;
  if (run.startsWith('+84')) return digits >= 11 && digits <= 13;
  if (/^1[89]00/.test(run)) return digits >= 8 && digits <= 10;
  return digits === 10 || digits === 11;
}

/** Where the phone numbers and extensions of `text` start and end. */
export function phoneSpans(text: string): [start: number, end: number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(NUMBER)) if (digitsFit(m[0])) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(EXTENSION)) spans.push([m.index, m.index + m[0].length]);
  return spans.sort((a, b) => a[0] - b[0]).filter((s, i, all) => i === 0 || s[0] >= all[i - 1]![1]);
}

/** `text` cut into runs, marking the phone numbers and extensions a line must not break inside. */
export function phoneRuns(text: string): { text: string; keep: boolean }[] {
  const runs: { text: string; keep: boolean }[] = [];
  let at = 0;
  for (const [start, end] of phoneSpans(text)) {
    if (start > at) runs.push({ text: text.slice(at, start), keep: false });
    runs.push({ text: text.slice(start, end), keep: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), keep: false });
  return runs;
}
