/**
 * "Trường Trung học cơ sở Nguyễn Du" → "THCS Nguyễn Du": the short name shown in
 * the header on small screens and in page titles (at most 60 characters).
 */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/Giáo dục nghề nghiệp\s*-\s*Giáo dục thường xuyên/giu, 'GDNN-GDTX'],
  [/Giáo dục thường xuyên/giu, 'GDTX'],
  [/Trung học phổ thông/giu, 'THPT'],
  [/Trung học cơ sở/giu, 'THCS'],
  [/Tiểu học/giu, 'TH'],
  [/Mầm non/giu, 'MN'],
  [/Mẫu giáo/giu, 'MG'],
  [/Phổ thông nhiều cấp học/giu, 'PT nhiều cấp học'],
  [/^Trung tâm\s+/iu, 'TT '],
  [/^Trường\s+/iu, ''],
];

export const SHORT_NAME_MAX = 60;

export function shortNameOf(name: string): string {
  let short = ABBREVIATIONS.reduce(
    (text, [pattern, abbr]) => text.replace(pattern, abbr),
    name.normalize('NFC').trim(),
  );
  short = short.replace(/\s+/g, ' ').trim();
  if (short.length <= SHORT_NAME_MAX) return short;
  const cut = short.slice(0, SHORT_NAME_MAX + 1);
  return cut.slice(0, cut.lastIndexOf(' ')).trim();
}
