/** Pure parts of the search: folding, abbreviations, records, HTML preparation. */
import { describe, expect, it } from 'vitest';
import {
  aliasesFor,
  foldKey,
  foldedDWords,
  normalizeQuery,
  parseQuery,
} from '../../themes/cong-truong/search/vietnamese.ts';
import { NO_DATE, toSearchRecord } from '../../themes/cong-truong/search/records.ts';
import { schoolYearOfDay } from '../../content-schemas/calendar.ts';
import { compactDate, htmlText, prepareHtml } from '../../themes/cong-truong/indexing/page-html.ts';
import { SEARCH_SYNONYMS } from '../../content-schemas/search-synonyms.ts';

describe('folding', () => {
  it('drops tone marks and case, and folds đ to d', () => {
    expect(foldKey('Đoàn')).toBe('doan');
    expect(foldKey('đào tạo')).toBe('dao tao');
    expect(foldKey('THỜI KHOÁ BIỂU')).toBe('thoi khoa bieu');
  });

  it('treats NFD input like NFC', () => {
    expect(foldKey('Học bổng'.normalize('NFD'))).toBe(foldKey('Học bổng'));
  });

  it('lists each word with đ once, folded', () => {
    expect(foldedDWords('Đoàn thanh niên, đào tạo và Đoàn trường')).toBe('doan dao');
    expect(foldedDWords('không có chữ nào')).toBe('');
  });
});

describe('queries', () => {
  it('normalises to NFC and single spaces', () => {
    expect(normalizeQuery('  tuyển   sinh '.normalize('NFD'))).toBe('tuyển sinh');
  });

  it('expands abbreviations whatever their case or đ spelling', () => {
    expect(parseQuery('TKB lớp 6', SEARCH_SYNONYMS)).toEqual([
      { typed: 'TKB', search: 'thời khóa biểu', expanded: true },
      { typed: 'lớp', search: 'lớp', expanded: false },
      { typed: '6', search: '6', expanded: false },
    ]);
    expect(parseQuery('ts10', SEARCH_SYNONYMS)[0]?.search).toBe('tuyển sinh lớp 10');
    expect(parseQuery('GD&DT', SEARCH_SYNONYMS)[0]?.search).toBe('giáo dục và đào tạo');
  });

  it('drops surrounding punctuation and repeated words', () => {
    expect(parseQuery('"điểm thi", điểm?', SEARCH_SYNONYMS).map((p) => p.typed)).toEqual(['điểm', 'thi']);
  });

  it('finds the full forms of the abbreviations a page uses, except ambiguous ones', () => {
    expect(aliasesFor('Kính mời PHHS xem TKB; TS. Nguyễn Văn A', SEARCH_SYNONYMS)).toEqual([
      'phụ huynh học sinh',
      'thời khóa biểu',
    ]);
  });
});

describe('search records', () => {
  it('files a notice under Thông báo, with the school year named in its title', () => {
    const record = toSearchRecord('news', 'tkb', {
      title: 'Thời khóa biểu học kỳ I năm học 2026-2027',
      category: 'thong-bao',
      date: new Date('2026-08-28'),
    });
    expect(record).toMatchObject({
      urls: ['/tin-tuc/tkb/'],
      date: '2026-08-28',
      filters: { loai: ['Thông báo'], nam_hoc: ['2026-2027'] },
    });
  });

  it('gives documents their issuer as a filter and their date of issue', () => {
    const record = toSearchRecord('documents', 'kh', {
      title: 'Kế hoạch',
      issuer: 'Sở Giáo dục và Đào tạo',
      issued: new Date('2026-03-15'),
      files: [{ title: 'Toàn văn', file: '/tep/kh.pdf' }],
    });
    expect(record).toMatchObject({
      date: '2026-03-15',
      filters: { loai: ['Văn bản'], nam_hoc: ['2025-2026'], co_quan: ['Sở Giáo dục và Đào tạo'] },
      files: [{ file: '/tep/kh.pdf' }],
    });
  });

  it('dates the school year from August', () => {
    expect(schoolYearOfDay('2026-07-31')).toBe('2025-2026');
    expect(schoolYearOfDay('2026-08-01')).toBe('2026-2027');
  });

  it('skips alerts and gives undated pages a sort key', () => {
    expect(toSearchRecord('alerts', 'x', { title: 'x' })).toBeUndefined();
    expect(toSearchRecord('pages', 'lich-su', { title: 'Lịch sử' })).toMatchObject({
      urls: ['/gioi-thieu/lich-su/'],
      date: NO_DATE,
      filters: { loai: ['Giới thiệu'] },
    });
  });
});

describe('page preparation', () => {
  const record = {
    urls: ['/van-ban/a/'],
    title: 'Quyết định "số 1" <A&B>',
    date: '2026-04-20',
    filters: { loai: ['Văn bản'], co_quan: ['UBND xã, phường'] },
    files: [],
  };
  const page =
    '<html lang="vi"><body><header>Trường</header><main id="noi-dung"><h1>Quyết định</h1><p>Đoàn trường &amp; PHHS</p></main><footer>Địa chỉ</footer></body></html>';

  it('indexes only <main>, with metadata, filters and sort key that never show in excerpts', () => {
    const html = prepareHtml(page, record, [{ title: 'Tệp', text: 'niêm phong túi đề' }]) ?? '';
    expect(html).toContain('<main id="noi-dung" data-pagefind-body>');
    expect(html).toContain('<div>niêm phong túi đề</div>');
    // Written by an HTML serialiser: `<` and `&` in text are escaped (as &#x3C; and &#x26;).
    expect(html).toContain('<span data-pagefind-meta="title">Quyết định "số 1" &#x3C;A&#x26;B></span>');
    expect(html).toContain('<span data-pagefind-filter="co_quan">UBND xã, phường</span>');
    expect(html).toContain('<span data-pagefind-sort="date">2026-04-20</span>');
    expect(html).toMatch(
      /<div data-pagefind-ignore>.*data-pagefind-meta="fold">dinh doan de phụ huynh học sinh<\/span>/,
    );
    // Only <main> goes to Pagefind: header and footer are neither parsed nor sent.
    expect(html).not.toContain('<footer>');
    expect(html).not.toContain('<header>');
  });

  it('parses the whole page when it has no single <main>', () => {
    const noMain = '<html><body><header>Trường</header><p>Sở GD&amp;ĐT</p></body></html>';
    expect(prepareHtml(noMain, record, [])).toContain('<body data-pagefind-body><header>Trường</header>');
    const twoMains = page.replace('<footer>', '<main>Khác</main><footer>');
    expect(prepareHtml(twoMains, record, [])).toContain('<footer>Địa chỉ</footer>');
  });

  it('keeps a data-pagefind-body the theme already set, and reads entities', () => {
    const html = prepareHtml(page.replace('<main id="noi-dung">', '<main data-pagefind-body>'), record, []) ?? '';
    expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
    expect(htmlText('<p>A&amp;B&#39;s &#x26; &#38; &#xZZ; &unknown; < 5</p>')).toBe("A&B's & & &#xZZ; &unknown; < 5");
  });

  it('folds only what Pagefind indexes: a data-pagefind-ignore block (a document of the Sở on a school home) adds no words', () => {
    const home = page.replace(
      '</main>',
      '<div data-pagefind-ignore><p>Công văn của Sở về đánh giá định kỳ</p></div></main>',
    );
    const fold = /data-pagefind-meta="fold">([^<]*)</.exec(prepareHtml(home, record, []) ?? '')?.[1] ?? '';
    expect(fold).toContain('dinh doan');
    expect(fold.split(' ')).not.toContain('danh');
  });

  it('writes dates as a token nobody types', () => {
    expect(compactDate('2026-04-20')).toBe('20260420');
  });
});
