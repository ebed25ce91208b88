/**
 * The one way a gambling word can appear on a school portal: an anti-gambling post
 * ("Tuyên truyền phòng, chống đánh bạc") listed in `sites/<id>/tu-khoa-duoc-phep.yaml`
 * with the topic words it may name, why, and who approved it. The file is outside
 * the CMS, so it changes only through a reviewed commit, and every use of it shows in
 * the audit report. Only words of the `topics` group qualify: brands, injection
 * phrases and suspicious domains can never be accepted, and no word written near a
 * term (the old "tuyên truyền" rule) changes anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { termList, topicTerm } from './spam-terms.ts';

export const EXCEPTIONS_FILE = 'tu-khoa-duoc-phep.yaml';

export interface SpamException {
  /** Absolute path of the accepted content file. */
  file: string;
  /** Topic terms as spelled in spam-keywords.yaml. */
  terms: string[];
  reason: string;
  approvedBy: string;
}

export interface ExceptionProblem {
  file: string;
  /** Which entry and key, e.g. `1.terms`. */
  field: string;
  severity: 'error' | 'warning';
  /** What is wrong and how to fix it, each in Vietnamese and English. */
  vi: { what: string; fix: string };
  en: { what: string; fix: string };
}

/** "what Cách sửa: fix" as in every message of the project (content-schemas/errors.ts). */
export const sentence = (p: ExceptionProblem) => ({
  vi: `${p.vi.what} Cách sửa: ${p.vi.fix}`,
  en: `${p.en.what} Fix: ${p.en.fix}`,
});

const KEYS = ['file', 'terms', 'reason', 'approvedBy'];

function topicList(): string {
  return termList()
    .terms.filter((t) => t.group === 'topics')
    .map((t) => t.term)
    .join(', ');
}

type Wording = [what: string, fix: string];

function checkEntry(
  siteDir: string,
  path: string,
  raw: unknown,
  n: number,
  problems: ExceptionProblem[],
): SpamException | undefined {
  const problem = (field: string, vi: Wording, en: Wording, severity: 'error' | 'warning' = 'error') => {
    problems.push({
      file: path,
      field: `${n}.${field}`,
      severity,
      vi: { what: `Mục ${n} (${field}): ${vi[0]}`, fix: vi[1] },
      en: { what: `Entry ${n} (${field}): ${en[0]}`, fix: en[1] },
    });
    return undefined;
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return problem(
      'file',
      ['phải gồm file, terms, reason, approvedBy.', 'xem mẫu trong scripts/audit/README.md.'],
      ['must have file, terms, reason, approvedBy.', 'see the example in scripts/audit/README.md.'],
    );
  }
  const entry = raw as Record<string, unknown>;
  for (const key of Object.keys(entry).filter((k) => !KEYS.includes(k))) {
    problem(
      key,
      ['khóa không hợp lệ.', `chỉ dùng ${KEYS.join(', ')}.`],
      ['unknown key.', `use only ${KEYS.join(', ')}.`],
    );
  }
  for (const key of ['file', 'reason', 'approvedBy']) {
    if (typeof entry[key] !== 'string' || !(entry[key] as string).trim())
      return problem(key, ['thiếu hoặc để trống.', 'ghi rõ nội dung.'], ['missing or empty.', 'fill it in.']);
  }
  const given = entry.file as string;
  const file = resolve(siteDir, given);
  const inside = relative(join(siteDir, 'content'), file);
  if (isAbsolute(given) || inside.startsWith('..') || isAbsolute(inside) || !/\.md$/i.test(file)) {
    return problem(
      'file',
      [
        `"${given}" không phải một bài trong content/.`,
        'ghi đường dẫn tính từ thư mục trường, ví dụ content/tin-tuc/tuyen-truyen-phong-chong-danh-bac.md.',
      ],
      [
        `"${given}" is not an entry under content/.`,
        'give the path from the site folder, e.g. content/tin-tuc/tuyen-truyen-phong-chong-danh-bac.md.',
      ],
    );
  }
  if (!existsSync(file))
    problem(
      'file',
      [`không còn bài "${given}".`, 'xóa mục này khỏi tệp.'],
      [`no entry "${given}" any more.`, 'remove this item.'],
      'warning',
    );
  const words = Array.isArray(entry.terms) ? entry.terms : [];
  if (!words.length || words.some((w) => typeof w !== 'string')) {
    return problem(
      'terms',
      ['cần danh sách từ được chấp nhận.', `chọn trong ${topicList()}.`],
      ['needs a list of accepted words.', `choose from ${topicList()}.`],
    );
  }
  const terms: string[] = [];
  for (const word of words as string[]) {
    const term = topicTerm(word);
    if (term) terms.push(term);
    else {
      problem(
        'terms',
        [
          `«${word}» không thể được chấp nhận: chỉ các từ chủ đề ${topicList()} được phép; tên nhà cái, tên miền và cụm từ quảng cáo cờ bạc không bao giờ được phép.`,
          `xóa «${word}» khỏi danh sách và khỏi bài viết.`,
        ],
        [
          `"${word}" cannot be accepted: only the topic words ${topicList()} can; gambling brands, domains and ad phrases never.`,
          'remove it from the list and from the post.',
        ],
      );
    }
  }
  return { file, terms, reason: (entry.reason as string).trim(), approvedBy: (entry.approvedBy as string).trim() };
}

/** The site's accepted exceptions, and what is wrong with its exceptions file (none when it does not exist). */
export function readExceptions(siteDir: string): {
  exceptions: SpamException[];
  problems: ExceptionProblem[];
  path: string;
} {
  const path = join(siteDir, EXCEPTIONS_FILE);
  const problems: ExceptionProblem[] = [];
  const fileProblem = (vi: Wording, en: Wording) => {
    problems.push({
      file: path,
      field: '',
      severity: 'error',
      vi: { what: vi[0], fix: vi[1] },
      en: { what: en[0], fix: en[1] },
    });
    return { exceptions: [], problems, path };
  };
  if (!existsSync(path)) return { exceptions: [], problems, path };
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? '';
    return fileProblem(
      [`Tệp không đọc được (${reason}).`, 'sửa cú pháp YAML theo mẫu trong scripts/audit/README.md.'],
      [`Cannot read the file (${reason}).`, 'correct the YAML after the example in scripts/audit/README.md.'],
    );
  }
  if (data == null) return { exceptions: [], problems, path };
  if (!Array.isArray(data)) {
    return fileProblem(
      ['Tệp phải là một danh sách (mỗi mục bắt đầu bằng «- file:»).', 'xem mẫu trong scripts/audit/README.md.'],
      ['The file must be a list (each item starting with "- file:").', 'see the example in scripts/audit/README.md.'],
    );
  }
  const exceptions = data.flatMap((raw, i) => checkEntry(siteDir, path, raw, i + 1, problems) ?? []);
  return { exceptions, problems, path };
}
