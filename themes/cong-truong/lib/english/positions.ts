/**
 * English for the positions Vietnamese schools and education offices write, used on
 * /en/ pages when site.yaml or a leader's entry gives no English (`positionEn`). A
 * position made of parts ("Phó Hiệu trưởng, Phó trưởng ban") is translated part by
 * part; one unknown part and there is no fallback (the Vietnamese stays, marked lang="vi").
 */
const POSITIONS: Record<string, string> = {
  'hiệu trưởng': 'Principal',
  'phó hiệu trưởng': 'Vice Principal',
  'giám đốc': 'Director',
  'phó giám đốc': 'Deputy Director',
  'trưởng phòng': 'Head of Office',
  'phó trưởng phòng': 'Deputy Head of Office',
  'chánh văn phòng': 'Chief of Office',
  'phó chánh văn phòng': 'Deputy Chief of Office',
  'trưởng ban': 'Head of the Board',
  'phó trưởng ban': 'Deputy Head of the Board',
  'trưởng ban biên tập': 'Head of the Editorial Board',
  'thành viên': 'Member',
  'thư ký': 'Secretary',
  'tổ trưởng': 'Head of Department',
  'tổ phó': 'Deputy Head of Department',
  'tổ trưởng chuyên môn': 'Head of Department',
  'tổ trưởng văn phòng': 'Head of the Office Staff',
  'tổng phụ trách đội': 'Young Pioneers Leader',
  'bí thư chi bộ': 'Party Cell Secretary',
  'bí thư đoàn trường': 'Youth Union Secretary',
  'chủ tịch công đoàn': 'Trade Union Chair',
  'giáo viên': 'Teacher',
  'giáo viên chủ nhiệm': 'Homeroom Teacher',
  'nhân viên văn thư': 'Clerk',
  'văn thư': 'Clerk',
  'kế toán': 'Accountant',
  'nhân viên y tế': 'School Nurse',
  'nhân viên thư viện': 'Librarian',
  'chuyên viên': 'Officer',
};

/** "Giáo viên Tin học" → "Teacher (Tin học)" would mix languages: only whole known parts count. */
export function positionInEnglish(position: string): string | undefined {
  const parts = position
    .normalize('NFC')
    .split(/\s*[,;]\s*/u)
    .filter(Boolean);
  const english = parts.map((p) => POSITIONS[p.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim()]);
  return parts.length > 0 && english.every(Boolean) ? english.join(', ') : undefined;
}
