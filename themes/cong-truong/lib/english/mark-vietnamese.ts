/**
 * English text written by editors often names Vietnamese things ("the Culture and Social
 * Affairs Offices (Phòng Văn hóa - Xã hội)"). Runs of words with Vietnamese letters are
 * wrapped in <span lang="vi"> so screen readers switch voice (WCAG 3.1.2); Markdown
 * cannot say it, as raw HTML in bodies is dropped. Works on rendered HTML: text between
 * tags only, never inside a tag.
 */
const LETTER = 'ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
const WORD = `[\\p{L}\\p{M}]*[${LETTER}${LETTER.toUpperCase()}][\\p{L}\\p{M}]*`;
const RUN = new RegExp(`${WORD}(?:[\\s\\-–]+${WORD})*`, 'gu');

export function markVietnamese(html: string): string {
  return html
    .normalize('NFC')
    .replace(/>([^<]+)</g, (_, text: string) => `>${text.replace(RUN, (run) => `<span lang="vi">${run}</span>`)}<`);
}
