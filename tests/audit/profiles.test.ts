/** Province profiles (data files) and the unit-type switch of the state-portal rules. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditConfigError, listProfiles } from '../../scripts/audit/index.ts';
import { addDays, isoDate, utcDate } from '../../scripts/audit/dates.ts';
import { describeFindings, rulesHit, variant, type Variant } from './helpers/variant.ts';
import { fakeBuild } from './helpers/fake-build.ts';

/** Writes one news post every `step` days from `from` to `to` (inclusive). */
function posts(v: Variant, from: Date, to: Date, step: number): number {
  let n = 0;
  for (let d = from; d.getTime() <= to.getTime(); d = addDays(d, step)) {
    const iso = isoDate(d);
    v.write(
      `content/tin-tuc/bai-${iso}.md`,
      `---\ntitle: Hoạt động ngày ${iso}\ndescription: Tin hoạt động của nhà trường.\ndate: ${iso}\ncategory: hoat-dong\n---\nNội dung.\n`,
    );
    n += 1;
  }
  return n;
}

const useProfile = (v: Variant, id: string) =>
  v.edit('site.yaml', (s) => s.replace('profile: mac-dinh', `profile: ${id}`));

describe('profiles', () => {
  it('ship mac-dinh, ha-noi-50 and hcm-4210', () => {
    expect(listProfiles()).toEqual(['ha-noi-50', 'hcm-4210', 'mac-dinh']);
  });

  it('reject an unknown profile with a message that names the file and the choices', () => {
    const v = variant();
    useProfile(v, 'da-nang-99');
    expect(() => v.audit()).toThrow(AuditConfigError);
    expect(() => v.audit()).toThrow(
      /sites\/base\/site\.yaml: không có bộ tiêu chí «da-nang-99» \(profile\)\. Có: ha-noi-50, hcm-4210, mac-dinh\./,
    );
  });

  it('let --profile override site.yaml', () => {
    const result = variant().audit({ profile: 'ha-noi-50' });
    expect(result.profile).toBe('ha-noi-50');
    // The base school started posting in 09/2026: only this year's progress is reported.
    expect(result.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['so-bai-nam-lich', 'info', 'Năm 2026 đến ngày 22/11/2026: 2/50 tin bài.'],
    ]);
  });
});

describe('ha-noi-50: 50 posts a calendar year, at least 1 a month', () => {
  function busy(): Variant {
    const v = variant();
    useProfile(v, 'ha-noi-50');
    posts(v, utcDate(2025, 1, 2), utcDate(2025, 12, 31), 7);
    posts(v, utcDate(2026, 1, 2), utcDate(2026, 11, 20), 6);
    return v;
  }

  it('is met by a school posting every week', () => {
    expect(describeFindings(busy().audit())).toEqual([]);
  });

  it('flags a month without posts', () => {
    const v = busy();
    for (const f of readdirSync(join(v.siteDir, 'content/tin-tuc')).filter((f) => f.startsWith('bai-2026-03-')))
      v.remove(`content/tin-tuc/${f}`);
    const result = v.audit();
    expect(rulesHit(result)).toEqual(['so-bai-thang']);
    expect(result.findings[0]?.message).toBe('1 tháng có ít hơn 1 tin bài: 03/2026.');
    expect(result.findings[0]?.basis).toMatch(/50 tin, bài trở lên\/năm/);
  });

  it('flags a previous year under 50 posts, pro rata when the portal started during it', () => {
    const v = variant();
    useProfile(v, 'ha-noi-50');
    posts(v, utcDate(2025, 7, 1), utcDate(2025, 12, 31), 14);
    posts(v, utcDate(2026, 1, 2), utcDate(2026, 11, 20), 6);
    const result = v.audit();
    expect(rulesHit(result)).toEqual(['so-bai-nam-lich']);
    expect(result.findings.map((f) => f.message)).toEqual([
      'Năm 2025 có 14 tin bài, dưới chỉ tiêu 25 (50 tin bài/năm, tính theo 6 tháng hoạt động).',
    ]);
  });
});

describe('hcm-4210: 40 posts a school year, công khai per school year, biểu mẫu, hcm.edu.vn', () => {
  function busy(): Variant {
    const v = variant();
    useProfile(v, 'hcm-4210');
    posts(v, utcDate(2025, 9, 2), utcDate(2026, 8, 31), 7);
    posts(v, utcDate(2026, 9, 1), utcDate(2026, 11, 21), 2);
    v.write('public/tep/don-xin-nghi-hoc.docx', 'docx');
    v.write(
      'content/van-ban/don-xin-nghi-hoc.md',
      '---\ntitle: Mẫu đơn xin nghỉ học\nnumber: BM-01\ntype: bieu-mau\nissuer: Trường THCS Kiểm Thử\nissuerLevel: truong\nissued: 2026-09-01\nfiles:\n  - title: Mẫu đơn\n    file: /tep/don-xin-nghi-hoc.docx\n---\n',
    );
    return v;
  }

  it('is met by the busy base school', () => {
    expect(describeFindings(busy().audit())).toEqual([]);
  });

  it('flags a missing biểu mẫu section', () => {
    const v = busy();
    v.remove('content/van-ban/don-xin-nghi-hoc.md');
    expect(rulesHit(v.audit())).toEqual(['muc-bieu-mau']);
  });

  it('flags a domain outside hcm.edu.vn', () => {
    const v = busy();
    v.edit('site.yaml', (s) => s.replace('domain: thcskiemthu.hcm.edu.vn', 'domain: thcskiemthu.edu.vn'));
    fakeBuild(v.siteDir, v.distDir);
    expect(rulesHit(v.audit())).toEqual(['ten-mien-thanh-vien']);
  });

  it('flags a school year with too few posts', () => {
    const v = busy();
    for (let d = utcDate(2026, 9, 1); d.getTime() <= utcDate(2026, 11, 21).getTime(); d = addDays(d, 4))
      v.remove(`content/tin-tuc/bai-${isoDate(d)}.md`);
    const result = v.audit();
    expect(rulesHit(result)).toEqual(['so-bai-nam-hoc']);
    expect(result.findings[0]?.severity).toBe('info');
  });

  it('flags a school year without công khai', () => {
    const v = busy();
    v.remove('content/cong-khai');
    v.write('content/cong-khai/.gitkeep', '');
    const result = v.audit();
    expect(rulesHit(result)).toContain('cong-khai-moi-nam-hoc');
    expect(result.findings.filter((f) => f.rule === 'cong-khai-moi-nam-hoc').map((f) => f.message)).toEqual([
      'Không có chuyên mục công khai năm học 2025-2026.',
      'Không có chuyên mục công khai năm học 2026-2027.',
    ]);
  });
});

describe('unit type', () => {
  it('makes the state-portal layout rules errors for a Sở and warnings for a school', () => {
    const school = variant();
    school.removePage('/tim-kiem/');
    expect(school.audit().findings.map((f) => [f.rule, f.severity])).toEqual([['trang-tim-kiem', 'warning']]);
    const so = variant();
    so.edit('site.yaml', (s) => s.replace('unitType: truong', 'unitType: so'));
    so.removePage('/tim-kiem/');
    const result = so.audit();
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([['trang-tim-kiem', 'error']]);
    expect(result.findings[0]?.basis).toMatch(/Nghị định 224\/2026\/NĐ-CP/);
  });
});
