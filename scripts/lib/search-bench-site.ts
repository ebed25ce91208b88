/**
 * A generated school site for the search benchmark: `pages` entries (mostly news,
 * then văn bản with PDF attachments, công khai, tuyển sinh, hỏi đáp) of seeded text
 * drawn with the syllable frequencies of the example sites, so runs are comparable.
 * A few planted pages carry the words the benchmark queries are about.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { random } from './random.ts';
import { findSpam } from '../audit/spam-terms.ts';

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const LOGO = resolve(import.meta.dirname, '../../tests/fixtures/sites/thcs-tim-kiem/public/logo.svg');

/** Syllables kept for the planted pages, so that the queries about them stay specific. */
const PLANTED_ONLY = new Set(['tuyển', 'biểu', 'khóa', 'khoá', 'đoàn', 'đào', 'tạo']);
const EXAMPLE_SITES = resolve(import.meta.dirname, '../../sites');

/**
 * How often each syllable occurs in the example sites' prose: real Vietnamese school
 * news, notices and documents. In that prose the commonest syllable, "học", is about
 * 2 % of all words; its posting list is the heaviest part of a first search.
 */
function exampleSyllables(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const site of readdirSync(EXAMPLE_SITES).filter((name) => !name.startsWith('_'))) {
    const content = join(EXAMPLE_SITES, site, 'content');
    if (!existsSync(content)) continue;
    for (const entry of readdirSync(content, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
      const body = readFileSync(join(entry.parentPath, entry.name), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
      for (const [word] of body
        .normalize('NFC')
        .toLowerCase()
        .matchAll(/\p{L}+/gu)) {
        if (!PLANTED_ONLY.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return counts;
}

const ONSETS = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'ph',
  'qu',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
];
const RHYMES = [
  'a',
  'ai',
  'am',
  'an',
  'ang',
  'anh',
  'ao',
  'at',
  'ay',
  'e',
  'em',
  'en',
  'eo',
  'i',
  'ia',
  'im',
  'in',
  'inh',
  'it',
  'o',
  'oa',
  'oai',
  'oan',
  'oc',
  'oi',
  'om',
  'on',
  'ong',
  'u',
  'ua',
  'ui',
  'um',
  'un',
  'ung',
  'uy',
  'ưa',
  'ưng',
  'ươi',
  'ương',
  'ơ',
  'ơi',
  'ơn',
  'ô',
  'ôi',
  'ông',
  'ê',
  'ên',
  'ênh',
  'iêu',
  'iên',
];
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/**
 * Vocabulary with the frequencies of the example sites' prose, plus a long tail of
 * made-up syllables that occur once each there, so that a 1000-page site has the
 * thousands of rare words real sites have (names, places, subjects).
 */
function vocabulary(next: () => number): { words: string[]; cdf: number[] } {
  const counts = exampleSyllables();
  for (const onset of ONSETS) {
    for (const rhyme of RHYMES) {
      const tone = TONES[Math.floor(next() * TONES.length)] ?? '';
      const word = `${onset}${rhyme.charAt(0)}${tone}${rhyme.slice(1)}`.normalize('NFC');
      if (!counts.has(word) && !PLANTED_ONLY.has(word)) counts.set(word, 1);
    }
  }
  const words = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
  let total = 0;
  const cdf = words.map((word) => (total += counts.get(word) ?? 0));
  return { words, cdf: cdf.map((c) => c / total) };
}

let VOCAB: { words: string[]; cdf: number[] } = { words: ['học'], cdf: [1] };

function pick(next: () => number): string {
  const x = next();
  let lo = 0;
  let hi = VOCAB.cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((VOCAB.cdf[mid] ?? 1) < x) lo = mid + 1;
    else hi = mid;
  }
  return VOCAB.words[lo] ?? 'học';
}

function prose(next: () => number, words: number): string {
  const out: string[] = [];
  let sentence: string[] = [];
  for (let i = 0; i < words; i++) {
    sentence.push(pick(next));
    if (sentence.length >= 8 + Math.floor(next() * 8)) {
      const text = sentence.join(' ');
      // Random syllables can spell a gambling term ("đánh đề"), which the build refuses.
      if (!findSpam(text).length) out.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
      sentence = [];
    }
  }
  if (sentence.length && !findSpam(sentence.join(' ')).length) out.push(`${sentence.join(' ')}.`);
  return out.join(' ');
}

function day(next: () => number): string {
  const d = new Date(Date.UTC(2023, 8, 1) + Math.floor(next() * 1000) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

function frontmatter(fields: Record<string, string | number>): string {
  return `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${typeof v === 'number' ? v : JSON.stringify(v)}`)
    .join('\n')}\n`;
}

async function pdf(path: string, text: string): Promise<void> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(FONT), { subset: true });
  const words = text.split(' ');
  let page = doc.addPage([595, 842]);
  let y = 790;
  for (let i = 0; i < words.length; i += 12) {
    if (y < 60) {
      page = doc.addPage([595, 842]);
      y = 790;
    }
    page.drawText(words.slice(i, i + 12).join(' '), { x: 50, y, size: 11, font });
    y -= 16;
  }
  writeFileSync(path, await doc.save());
}

const PLANTED = [
  { title: 'Thông báo tuyển sinh lớp 6 năm học 2026-2027', body: 'Nhà trường tuyển sinh lớp 6 theo phân tuyến.' },
  { title: 'Thời khóa biểu học kỳ I năm học 2026-2027', body: 'Thời khóa biểu áp dụng từ tuần 1.' },
  {
    title: 'Đại hội Đoàn thanh niên nhiệm kỳ mới',
    body: 'Đoàn thanh niên tổ chức đại hội, bàn công tác đào tạo cán bộ đoàn.',
  },
];

/** Writes `<sitesDir>/<id>/` with `pages` entries; returns the site folder. */
export async function generateSearchBenchSite(sitesDir: string, id: string, pages = 1000): Promise<string> {
  const siteDir = join(sitesDir, id);
  rmSync(siteDir, { recursive: true, force: true });
  const next = random(20260901);
  VOCAB = vocabulary(next);
  const dir = (folder: string) => {
    mkdirSync(join(siteDir, 'content', folder), { recursive: true });
    return join(siteDir, 'content', folder);
  };
  mkdirSync(join(siteDir, 'public/tep'), { recursive: true });
  cpSync(LOGO, join(siteDir, 'public/logo.svg'));
  writeFileSync(
    join(siteDir, 'site.yaml'),
    [
      'name: Trường Trung học cơ sở Đo Tải',
      'shortName: THCS Đo Tải',
      'unitType: truong',
      'level: thcs',
      'parent:',
      '  name: UBND phường Bến Thành',
      'responsible:',
      '  name: Phạm Văn Đo',
      '  position: Hiệu trưởng',
      'address: 1 đường Số 1, phường Bến Thành, TP. Hồ Chí Minh',
      'phone: 028 3822 0000',
      'email: thcsdotai@hcm.edu.vn',
      'domain: thcsdotai.hcm.edu.vn',
      'logo:',
      '  src: /logo.svg',
      '  alt: Biểu trưng Trường THCS Đo Tải',
      'theme:',
      '  primary: "#0b4f8a"',
      'editorialBoard:',
      '  head:',
      '    name: Phạm Văn Đo',
      '    position: Hiệu trưởng',
      'cms:',
      '  backend: github',
      '  repo: bench/do-tai',
      '',
    ].join('\n'),
  );
  const counts = {
    documents: Math.round(pages * 0.08),
    disclosures: Math.round(pages * 0.04),
    admissions: Math.round(pages * 0.02),
    qa: Math.round(pages * 0.02),
  };
  const news = pages - counts.documents - counts.disclosures - counts.admissions - counts.qa;
  for (let i = 0; i < news; i++) {
    const planted = PLANTED[i];
    const title = planted?.title ?? prose(next, 8 + Math.floor(next() * 6)).replace(/\.$/, '');
    const body = `${planted?.body ?? ''} ${Array.from({ length: 3 + Math.floor(next() * 4) }, () => prose(next, 60)).join('\n\n')}`;
    writeFileSync(
      join(dir('tin-tuc'), `bai-${String(i).padStart(4, '0')}.md`),
      `${frontmatter({ title, description: prose(next, 20), date: day(next), category: next() < 0.2 ? 'thong-bao' : 'hoat-dong' })}---\n${body}\n`,
    );
  }
  for (let i = 0; i < counts.documents; i++) {
    const file = `/tep/van-ban-${i}.pdf`;
    // Half of the văn bản carry a PDF of about two pages of text; the others a Word file (not extracted).
    if (i % 2 === 0) await pdf(join(siteDir, 'public', file), prose(next, 700));
    else writeFileSync(join(siteDir, 'public', file.replace('.pdf', '.docx')), 'docx');
    const attached = i % 2 === 0 ? file : file.replace('.pdf', '.docx');
    const issuer =
      ['Sở Giáo dục và Đào tạo TP. Hồ Chí Minh', 'Trường THCS Đo Tải', 'UBND phường Bến Thành'][i % 3] ?? '';
    writeFileSync(
      join(dir('van-ban'), `van-ban-${i}.md`),
      `${frontmatter({ title: prose(next, 12).replace(/\.$/, ''), number: `${i + 1}/KH-THCSDT`, type: 'ke-hoach', issuer, issuerLevel: i % 3 === 0 ? 'so' : 'truong', issued: day(next) })}files:\n  - title: Toàn văn\n    file: ${attached}\n---\n${prose(next, 80)}\n`,
    );
  }
  for (let i = 0; i < counts.disclosures; i++) {
    writeFileSync(
      join(dir('cong-khai'), `cong-khai-${i}.md`),
      `${frontmatter({ title: `Công khai ${prose(next, 6).replace(/\.$/, '')}`, schoolYear: ['2024-2025', '2025-2026', '2026-2027'][i % 3] ?? '2025-2026', category: 'thong-tin-chung', item: 'thong-tin-chung', published: day(next) })}---\n${prose(next, 120)}\n`,
    );
  }
  for (let i = 0; i < counts.admissions; i++) {
    writeFileSync(
      join(dir('tuyen-sinh'), `tuyen-sinh-${i}.md`),
      `${frontmatter({ title: `Tuyển sinh ${prose(next, 6).replace(/\.$/, '')}`, description: prose(next, 20), schoolYear: '2026-2027', kind: 'thong-bao', date: day(next) })}---\n${prose(next, 150)}\n`,
    );
  }
  for (let i = 0; i < counts.qa; i++) {
    writeFileSync(
      join(dir('hoi-dap'), `hoi-dap-${i}.md`),
      `${frontmatter({ title: `${prose(next, 10).replace(/\.$/, '')}?`, asked: day(next), answeredBy: 'Ban giám hiệu', answered: day(next) })}---\n${prose(next, 100)}\n`,
    );
  }
  return siteDir;
}
