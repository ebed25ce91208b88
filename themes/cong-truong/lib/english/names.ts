/**
 * The unit's name in English where site.yaml has no `englishName`: the type of school
 * or office from the Vietnamese name, after the proper name written without diacritics,
 * as Vietnamese schools do in English ("Trường Mầm non Hoa Sen" → "Hoa Sen Preschool").
 * An unknown pattern gives no fallback: the Vietnamese name stays, marked lang="vi".
 */
const KINDS: [RegExp, string][] = [
  [/^trường mầm non\s+/iu, 'Preschool'],
  [/^trường tiểu học\s+/iu, 'Primary School'],
  [/^trường (?:trung học cơ sở|thcs)\s+/iu, 'Lower Secondary School'],
  [/^trường (?:trung học phổ thông|thpt)\s+/iu, 'Upper Secondary School'],
  [/^trường (?:tiểu học và trung học cơ sở|th&thcs|th và thcs)\s+/iu, 'Primary and Lower Secondary School'],
  [/^trường (?:trung học cơ sở và trung học phổ thông|thcs&thpt|thcs và thpt)\s+/iu, 'Secondary School'],
  [/^trung tâm giáo dục thường xuyên\s+/iu, 'Continuing Education Centre'],
  [/^sở giáo dục và đào tạo\s+/iu, 'Department of Education and Training'],
  [/^phòng giáo dục và đào tạo\s+/iu, 'Bureau of Education and Training'],
];

/** "Nguyễn Du" → "Nguyen Du". */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** "Thành phố Hồ Chí Minh" → "Ho Chi Minh City", "tỉnh Lào Cai" → "Lao Cai Province". */
function placeInEnglish(place: string): string {
  const plain = withoutDiacritics(place);
  const m = /^(thanh pho|tp\.?|tinh)\s+(.+)$/iu.exec(plain);
  if (!m) return plain;
  return `${m[2]} ${m[1]!.toLowerCase().startsWith('tinh') ? 'Province' : 'City'}`;
}

export function nameInEnglish(name: string): string | undefined {
  const nfc = name.normalize('NFC').trim();
  for (const [pattern, kind] of KINDS) {
    const m = pattern.exec(nfc);
    if (!m) continue;
    const proper = placeInEnglish(nfc.slice(m[0].length));
    // A Sở or Phòng is named after its place: "Department of Education and Training of Ho Chi Minh City".
    return /^(Department|Bureau)/.test(kind) ? `${kind} of ${proper}` : `${proper} ${kind}`;
  }
  return undefined;
}
