/**
 * `--categories <file.csv>`: the IT technician's own mapping of old categories, for
 * the names the built-in rules (category-map.ts) do not know. Two columns, no header
 * needed: the old category's name as the old portal shows it, and our category key
 * (thong-bao, hoat-dong, chuyen-mon…) or its Vietnamese label. Commas or semicolons
 * (Excel in Vietnamese locale); a BOM is fine. Lines starting with # are comments.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { NEWS_CATEGORIES } from '../../../content-schemas/collections/news.ts';
import { ContentError, type Problem } from '../../../content-schemas/errors.ts';
import type { NewsCategory } from './category-map.ts';
import { fold } from './fold.ts';

function keyOf(value: string): NewsCategory | undefined {
  const folded = fold(value);
  return (Object.keys(NEWS_CATEGORIES) as NewsCategory[]).find(
    (k) => fold(k) === folded || fold(NEWS_CATEGORIES[k]) === folded,
  );
}

/** Folded old name → our category. Throws ContentError naming the file, the line and the fix. */
export function readCategoryFile(file: string): Map<string, NewsCategory> {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const rows = parse(text, {
    delimiter: firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',',
    comment: '#',
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
  }) as string[][];
  const map = new Map<string, NewsCategory>();
  const problems: Problem[] = [];
  const keys = Object.keys(NEWS_CATEGORIES).join(', ');
  rows.forEach((row, i) => {
    const [old = '', ours = ''] = row;
    if (i === 0 && /^(chuyen muc cu|old|cu)\b/.test(fold(old))) return;
    const key = keyOf(ours);
    if (!old || !key) {
      problems.push({
        file,
        field: `dòng ${i + 1} / line ${i + 1}`,
        vi: `dòng ${i + 1}: «Chuyên mục mới» "${ours}" không phải chuyên mục của cổng. Cách sửa: ghi một trong ${keys}, ví dụ: Câu lạc bộ ngoại khóa,doan-doi`,
        en: `line ${i + 1}: "New category" "${ours}" is not one of the portal's categories. Fix: write one of ${keys}, e.g. Câu lạc bộ ngoại khóa,doan-doi`,
      });
      return;
    }
    map.set(fold(old), key);
  });
  if (problems.length) throw new ContentError(problems);
  return map;
}
