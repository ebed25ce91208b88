/**
 * Gambling and spam keywords (nhà cái, nổ hũ, tài xỉu…), the mark of the defaced
 * .edu.vn portals of 2023–2025, anywhere in the content or the built pages: an error.
 * A file that also speaks of "phòng, chống" or "tuyên truyền" gets a warning instead,
 * so an anti-gambling article is reviewed rather than rejected.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { lineAt, readableText } from '../html.ts';
import type { Draft, Rule, Severity } from '../types.ts';

const DATA = fileURLToPath(new URL('../data/spam-keywords.yaml', import.meta.url));
const AWARENESS = /phòng,?\s*chống|tuyên truyền/iu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function spamPatterns(): { word: string; pattern: RegExp }[] {
  const data = parseYaml(readFileSync(DATA, 'utf8')) as { phrases?: string[]; brands?: string[] };
  return [...(data.phrases ?? []), ...(data.brands ?? [])].map((word) => ({
    word,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(word.normalize('NFC')).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu'),
  }));
}

function hits(text: string, patterns: { word: string; pattern: RegExp }[]): { word: string; index: number }[] {
  return patterns.flatMap(({ word, pattern }) => {
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    return m ? [{ word, index: m.index }] : [];
  });
}

const severityFor = (text: string): Severity => (AWARENESS.test(text) ? 'warning' : 'error');

export default {
  id: 'tu-khoa-co-bac',
  title: 'Từ khóa cờ bạc, quảng cáo rác',
  category: 'an-toan',
  severity: 'error',
  basis: 'Điều 7 khoản 1 Thông tư 37/2020/TT-BGDĐT (nội dung phù hợp đường lối, pháp luật); Điều 19 Thông tư 32/2017/TT-BTTTT (an toàn thông tin)',
  needs: 'content',
  check: (ctx) => {
    const patterns = spamPatterns();
    const drafts: Draft[] = [];
    const inContent = new Set<string>();
    for (const source of ctx.textSources()) {
      const found = hits(source.text, patterns);
      if (!found.length) continue;
      found.forEach((h) => inContent.add(h.word));
      drafts.push({
        file: ctx.shown(source.path),
        line: lineAt(source.text, Math.min(...found.map((h) => h.index))),
        severity: severityFor(source.text),
        message: `Có từ khóa cờ bạc, quảng cáo rác: ${found.map((h) => `«${h.word}»`).join(', ')}.`,
        fix: 'Nếu không phải do nhà trường viết (trang bị chèn nội dung): xóa ngay, đổi mật khẩu tài khoản quản trị và báo cơ quan quản lý. Nếu là bài tuyên truyền phòng, chống cờ bạc: xem lại cách viết.',
      });
    }
    for (const page of ctx.built?.pages ?? []) {
      const html = page.html();
      const text = `${readableText(html)} ${html.match(/href\s*=\s*["'][^"']*/gi)?.join(' ') ?? ''}`;
      // Words already reported in a source file are not reported again for each page.
      const found = hits(text, patterns).filter((h) => !inContent.has(h.word));
      if (!found.length) continue;
      drafts.push({
        url: page.url,
        file: ctx.shown(page.file),
        severity: severityFor(text),
        message: `Trang đã dựng có từ khóa cờ bạc, quảng cáo rác không có trong nội dung gốc: ${found.map((h) => `«${h.word}»`).join(', ')}.`,
        fix: 'Trang đã bị sửa sau khi dựng hoặc giao diện bị chèn mã: dựng lại từ nội dung gốc, kiểm tra máy chủ và các gói phụ thuộc, báo cơ quan quản lý.',
      });
    }
    return drafts;
  },
} satisfies Rule;
