/**
 * English for working hours written the usual Vietnamese way ("Thứ Hai – Thứ Sáu: 7 giờ 00
 * – 11 giờ 30 và 13 giờ 30 – 17 giờ 00; sáng thứ Bảy: 7 giờ 30 – 11 giờ 00"), used on
 * /en/ pages when site.yaml has no `workingHoursEn`. Anything not understood leaves
 * Vietnamese letters behind, and then there is no fallback.
 */
const DAYS: [RegExp, string][] = [
  [/thứ hai/giu, 'Monday'],
  [/thứ ba/giu, 'Tuesday'],
  [/thứ tư/giu, 'Wednesday'],
  [/thứ năm/giu, 'Thursday'],
  [/thứ sáu/giu, 'Friday'],
  [/thứ bảy/giu, 'Saturday'],
  [/chủ nhật/giu, 'Sunday'],
];
/** Phrases schools add to their hours. */
const PHRASES: [RegExp, string][] = [
  [/văn phòng nghỉ trưa/giu, 'office closed for lunch'],
  [/nghỉ trưa/giu, 'lunch break'],
  [/đón trẻ từ/giu, 'children received from'],
  [/trả trẻ từ/giu, 'children collected from'],
  [/tiếp công dân/giu, 'public reception'],
  [/ngày lễ, tết/giu, 'public holidays'],
];
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

export function hoursInEnglish(hours: string): string | undefined {
  let s = hours.normalize('NFC');
  // Times first: "7 giờ 30" → "7:30", "17 giờ" / "17h" → "17:00", "7h30" → "7:30".
  s = s
    .replace(/(\d{1,2})\s*(?:giờ|h)\s*(\d{2})/giu, '$1:$2')
    .replace(/(\d{1,2})\s*(?:giờ|h)(?![\p{L}\d])/giu, '$1:00');
  for (const [day, english] of DAYS) s = s.replace(day, english);
  for (const [phrase, english] of PHRASES) s = s.replace(phrase, english);
  // "sáng Saturday" → "Saturday morning".
  s = s.replace(
    /\b(?:buổi )?(sáng|chiều)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/giu,
    (_, part: string, day: string) => `${day} ${part.toLowerCase() === 'sáng' ? 'morning' : 'afternoon'}`,
  );
  s = s.replace(/\bbuổi sáng\b|\bsáng\b/giu, 'morning').replace(/\bbuổi chiều\b|\bchiều\b/giu, 'afternoon');
  s = s
    .replace(/(^|\s)từ\s/giu, '$1from ')
    .replace(/\sđến\s/giu, ' to ')
    .replace(/\svà\s/giu, ' and ')
    .replace(/\shằng ngày\b/giu, ' daily');
  s = s.replace(/nghỉ/giu, 'closed');
  return VIETNAMESE_LETTER.test(s) ? undefined : s.charAt(0).toUpperCase() + s.slice(1);
}
