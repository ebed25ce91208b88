/**
 * Every input the onboarding command refuses, with its exact bilingual wording,
 * and the guarantees around refusals: nothing half-created, nothing overwritten.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, type Problem } from '../../content-schemas/errors.ts';
import { createSchools } from '../../scripts/lib/onboarding/create.ts';
import { parseSchoolsCsv } from '../../scripts/lib/onboarding/csv.ts';
import { COMMAND_LINE, type SchoolInput } from '../../scripts/lib/onboarding/input.ts';
import { ROOT } from '../helpers/paths.ts';

const TODAY = new Date('2025-11-22T03:00:00Z');
let sitesDir: string;

beforeEach(() => {
  sitesDir = mkdtempSync(join(tmpdir(), 'cong-truong-onboarding-'));
});
afterEach(() => rmSync(sitesDir, { recursive: true, force: true }));

const HEADER = 'id,name,level,domain,parent,email,phone,address,principal';

function refusal(run: () => unknown): Problem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected a refusal');
}

function fromCsv(rows: string[]): Problem[] {
  return refusal(() => {
    const { inputs, problems } = parseSchoolsCsv([HEADER, ...rows].join('\n'), 'truong.csv');
    if (problems.length) throw new ContentError(problems);
    return createSchools(inputs, { sitesDir, today: TODAY });
  });
}

const flags = (values: Partial<Record<string, string>>): SchoolInput[] => [
  { ...values, source: { file: COMMAND_LINE } },
];

describe('onboarding refuses bad input, naming row, field and fix', () => {
  it('an id that is not ASCII kebab-case (flag)', () => {
    expect(
      refusal(() =>
        createSchools(flags({ id: 'THCS Nguyễn Du', name: 'Trường THCS Nguyễn Du', level: 'thcs' }), {
          sitesDir,
          today: TODAY,
        }),
      ),
    ).toEqual([
      {
        file: '(dòng lệnh / command line)',
        field: '--id',
        vi: 'Tham số --id (mã trường): "THCS Nguyễn Du" không hợp lệ: mã trường chỉ gồm chữ thường không dấu (a-z), chữ số và dấu gạch ngang giữa các từ, dài 2–63 ký tự. Cách sửa: dùng "thcs-nguyen-du".',
        en: 'Flag --id (school id): "THCS Nguyễn Du" is not ASCII kebab-case (a-z, 0-9, single hyphens between words, 2–63 characters). Fix: use "thcs-nguyen-du".',
      },
    ]);
  });

  it('an id that is not ASCII kebab-case (CSV row)', () => {
    expect(fromCsv(['thcs_le_loi,Trường THCS Lê Lợi,thcs,,,,,,'])).toEqual([
      {
        file: 'truong.csv',
        field: '2:id',
        vi: 'Dòng 2, cột «id» (mã trường): "thcs_le_loi" không hợp lệ: mã trường chỉ gồm chữ thường không dấu (a-z), chữ số và dấu gạch ngang giữa các từ, dài 2–63 ký tự. Cách sửa: dùng "thcs-le-loi".',
        en: 'Row 2, column "id" (school id): "thcs_le_loi" is not ASCII kebab-case (a-z, 0-9, single hyphens between words, 2–63 characters). Fix: use "thcs-le-loi".',
      },
    ]);
  });

  it('a duplicate id within the CSV', () => {
    expect(
      fromCsv([
        'thcs-a,Trường THCS A,thcs,,,,,,',
        'th-b,Trường Tiểu học B,tieu-hoc,,,,,,',
        'thcs-a,Trường THCS A mới,thcs,,,,,,',
      ]),
    ).toEqual([
      {
        file: 'truong.csv',
        field: '4:id',
        vi: 'Dòng 4, cột «id» (mã trường): mã "thcs-a" trùng với dòng 2. Cách sửa: mỗi trường một mã riêng.',
        en: 'Row 4, column "id" (school id): "thcs-a" repeats row 2. Fix: give each school its own id.',
      },
    ]);
  });

  it('an id already in the sites folder, which is left untouched', () => {
    mkdirSync(join(sitesDir, 'thcs-a'));
    writeFileSync(join(sitesDir, 'thcs-a', 'site.yaml'), 'name: giữ nguyên\n');
    const problems = fromCsv(['thcs-a,Trường THCS A,thcs,,,,,,']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.vi).toMatch(
      /^Dòng 2, cột «id» \(mã trường\): mã "thcs-a" đã có: thư mục .*\/thcs-a đã tồn tại và không bao giờ bị ghi đè\. Cách sửa: chọn mã khác, hoặc bỏ dòng này nếu trường đã được tạo\.$/,
    );
    expect(problems[0]!.en).toMatch(
      /^Row 2, column "id" \(school id\): "thcs-a" already exists \(.*\/thcs-a\); an existing site is never overwritten\. Fix: choose another id, or drop this row if the school was already created\.$/,
    );
    expect(readFileSync(join(sitesDir, 'thcs-a', 'site.yaml'), 'utf8')).toBe('name: giữ nguyên\n');
    expect(readdirSync(join(sitesDir, 'thcs-a'))).toEqual(['site.yaml']);
  });

  it('a parent written as an id that is not a Phòng or Sở site of the folder', () => {
    mkdirSync(join(sitesDir, 'thcs-a'));
    writeFileSync(
      join(sitesDir, 'thcs-a', 'site.yaml'),
      'name: Trường THCS A\nunitType: truong\ndomain: thcsa.edu.vn\n',
    );
    for (const parent of ['phong-khong-co', 'thcs-a']) {
      const problems = fromCsv([`th-b,Trường Tiểu học B,tieu-hoc,,${parent},,,,`]);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.field).toBe('2:parent');
      expect(problems[0]!.vi).toMatch(
        new RegExp(
          `^Dòng 2, cột «parent» \\(cơ quan quản lý trực tiếp\\): "${parent}" là một mã, nhưng .*/${parent} không phải cổng của một Phòng hay Sở\\. Cách sửa: ghi mã một Phòng/Sở có trong .*, hoặc ghi tên cơ quan, ví dụ "UBND phường Sài Gòn"\\.$`,
        ),
      );
      expect(problems[0]!.en).toMatch(
        new RegExp(
          `^Row 2, column "parent" \\(parent unit\\): "${parent}" is an id, but .*/${parent} is not the site of a Phòng or Sở\\.`,
        ),
      );
    }
    expect(readdirSync(sitesDir)).toEqual(['thcs-a']);
  });

  it('an unknown level', () => {
    expect(fromCsv(['thcs-a,Trường THCS A,trung-hoc,,,,,,'])).toEqual([
      {
        file: 'truong.csv',
        field: '2:level',
        vi: 'Dòng 2, cột «level» (cấp học): "trung-hoc" không phải cấp học. Cách sửa: dùng một trong: mam-non (Mầm non), tieu-hoc (Tiểu học), thcs (Trung học cơ sở), thpt (Trung học phổ thông), lien-cap (Liên cấp), gdtx (Giáo dục thường xuyên).',
        en: 'Row 2, column "level" (school level): unknown level "trung-hoc". Fix: use one of: mam-non, tieu-hoc, thcs, thpt, lien-cap, gdtx.',
      },
    ]);
  });

  it('a malformed domain', () => {
    expect(fromCsv(['thcs-a,Trường THCS A,thcs,https://thcsa.edu.vn/,,,,,'])).toEqual([
      {
        file: 'truong.csv',
        field: '2:domain',
        vi: 'Dòng 2, cột «domain» (tên miền): "https://thcsa.edu.vn/" không phải tên miền. Cách sửa: chỉ ghi tên máy, không có http:// hay dấu /, ví dụ thcsnguyendu.hcm.edu.vn.',
        en: 'Row 2, column "domain" (domain): "https://thcsa.edu.vn/" is not a domain name. Fix: write the bare host name, without http:// or slashes, e.g. thcsnguyendu.hcm.edu.vn.',
      },
    ]);
  });

  it('a malformed email', () => {
    expect(
      refusal(() =>
        createSchools(flags({ id: 'thcs-a', name: 'Trường THCS A', level: 'thcs', email: 'thcsa@' }), {
          sitesDir,
          today: TODAY,
        }),
      ),
    ).toEqual([
      {
        file: '(dòng lệnh / command line)',
        field: '--email',
        vi: 'Tham số --email (thư điện tử): "thcsa@" không phải địa chỉ thư điện tử. Cách sửa: ghi đủ dạng ten@ten-mien, ví dụ c2nguyendu@hcm.edu.vn.',
        en: 'Flag --email (email): "thcsa@" is not an email address. Fix: write it as name@domain, e.g. c2nguyendu@hcm.edu.vn.',
      },
    ]);
  });

  it('a CSV row with missing columns', () => {
    expect(fromCsv(['thcs-a,Trường THCS A,thcs', 'th-b,Trường Tiểu học B,tieu-hoc,,,,,,'])).toEqual([
      {
        file: 'truong.csv',
        field: '2:(số cột)',
        vi: 'Dòng 2: có 3 cột, cần đúng 9 cột (id, name, level, domain, parent, email, phone, address, principal). Cách sửa: ô để trống vẫn phải có dấu phẩy ngăn cách; ô có dấu phẩy (ví dụ địa chỉ) phải đặt trong dấu nháy kép "…".',
        en: 'Row 2: has 3 columns, needs exactly 9 (id, name, level, domain, parent, email, phone, address, principal). Fix: keep the separator for empty cells; quote a cell that contains a comma (e.g. an address) with "…".',
      },
    ]);
  });

  it('a missing required value and a malformed phone', () => {
    expect(fromCsv(['thcs-a,,thcs,,,,12345,,']).map((p) => p.vi)).toEqual([
      'Dòng 2, cột «name» (tên trường): còn trống. Cách sửa: điền tên trường.',
      'Dòng 2, cột «phone» (điện thoại): "12345" không phải số điện thoại. Cách sửa: ghi số bắt đầu bằng 0 hoặc +84, ví dụ 028 3829 1234.',
    ]);
  });

  it('a header without the required columns, or with an unknown one', () => {
    const { problems } = parseSchoolsCsv('ma,ten truong,cap hoc,fax\nthcs-a,Trường THCS A,thcs,1', 'truong.csv');
    expect(problems.map((p) => p.vi)).toEqual([
      'Dòng 1: cột "fax" không có trong danh sách cột. Cách sửa: dùng dòng tiêu đề id,name,level,domain,parent,email,phone,address,principal.',
    ]);
    expect(parseSchoolsCsv('id,name\nthcs-a,Trường THCS A', 'truong.csv').problems.map((p) => p.en)).toEqual([
      'Row 1: required column(s) level missing. Fix: the first row must be the header id,name,level,domain,parent,email,phone,address,principal.',
    ]);
  });

  it('a bad --school-year', () => {
    expect(
      refusal(() =>
        createSchools(flags({ id: 'thcs-a', name: 'Trường THCS A', level: 'thcs' }), {
          sitesDir,
          schoolYear: '2025-2027',
        }),
      ).map((p) => p.vi),
    ).toEqual([
      'Tham số --school-year (năm học): "2025-2027" không hợp lệ. Cách sửa: ghi hai năm liên tiếp, ví dụ 2025-2026.',
    ]);
  });
});

describe('refusals are all-or-nothing', () => {
  it('lists every problem of every row at once and creates no site', () => {
    const problems = fromCsv([
      'thcs-a,Trường THCS A,thcs,,,,,,',
      'th-b,Trường Tiểu học B,lop-1,,,,,,',
      'TH C,Trường Tiểu học C,tieu-hoc,,,x@,,,',
    ]);
    expect(problems.map((p) => p.field)).toEqual(['3:level', '4:id', '4:email']);
    expect(readdirSync(sitesDir)).toEqual([]);
  });

  it('reads Vietnamese headers, a BOM and semicolons (Excel) and accepts level labels', () => {
    const text =
      '\uFEFFmã trường;tên trường;cấp học\nmn-a;Trường Mầm non A;Mầm non\nthpt-b;Trường THPT B;Trung học phổ thông';
    const { inputs, problems } = parseSchoolsCsv(text, 'truong.csv');
    expect(problems).toEqual([]);
    expect(createSchools(inputs, { sitesDir, today: TODAY }).map((s) => [s.id, s.level])).toEqual([
      ['mn-a', 'mam-non'],
      ['thpt-b', 'thpt'],
    ]);
  });
});

describe('npm run new-school (the thin CLI)', () => {
  it('exits 1 with the bilingual message on stderr and creates nothing', () => {
    const run = spawnSync(
      process.execPath,
      [
        'scripts/new-school.ts',
        '--id',
        'thcs-a',
        '--name',
        'Trường THCS A',
        '--level',
        'dai-hoc',
        '--sites-dir',
        sitesDir,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Không tạo trường nào. / Nothing was created.');
    expect(run.stderr).toContain('• Tham số --level (cấp học): "dai-hoc" không phải cấp học.');
    expect(run.stderr).toContain('[en] Flag --level (school level): unknown level "dai-hoc".');
    expect(readdirSync(sitesDir)).toEqual([]);
  });

  it('exits 2 on an unknown flag', () => {
    const run = spawnSync(process.execPath, ['scripts/new-school.ts', '--idd', 'x'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Unknown option '--idd'");
  });
});
