/**
 * `audience` against the hierarchy (liên thông): a school has no members to address,
 * and the unit ids a Phòng or Sở names must be its members at some depth in the
 * same sites folder. A unit with members hosted elsewhere (`remoteMembers`) may name
 * those too: their ids are known only when the build reads them, so the build warns then.
 */
import { basename, dirname } from 'node:path';
import { AUDIENCE_ALL, type Audience } from './audience.ts';
import type { Problem } from './errors.ts';
import { descendantIds } from './members.ts';
import type { SiteConfig } from './site.ts';

interface Addressed {
  file: string;
  audience: Audience;
}

function schoolProblem(file: string): Problem {
  return {
    file,
    field: 'audience',
    vi: '«Gửi đến các đơn vị» (audience): trường học không có đơn vị trực thuộc để gửi. Cách sửa: xoá trường audience; chỉ Phòng, Sở mới gửi văn bản, thông báo xuống các trường.',
    en: '"Audience" (audience): a school has no member units to address. Fix: remove the audience field; only a Phòng or Sở sends entries down to its schools.',
  };
}

function unknownUnitProblem(file: string, id: string, index: number): Problem {
  return {
    file,
    field: `audience.units.${index}`,
    vi: `«Các đơn vị (mã đơn vị)» (audience.units.${index}): "${id}" không phải đơn vị trực thuộc (ở bất kỳ cấp nào) trong thư mục các trường. Cách sửa: ghi đúng mã đơn vị (tên thư mục của trường, ví dụ thcs-nguyen-du), hoặc thêm cổng của đơn vị đó vào remoteMembers trong site.yaml.`,
    en: `"Units (site ids)" (audience.units.${index}): "${id}" is not a member unit (at any depth) in the sites folder. Fix: write the unit's id (its folder name, e.g. thcs-nguyen-du), or add its portal to remoteMembers in site.yaml.`,
  };
}

/** Problems of the entries that carry `audience`, for the site at `siteDir`. */
export function audienceProblems(siteDir: string, site: SiteConfig, addressed: readonly Addressed[]): Problem[] {
  if (!addressed.length) return [];
  if (site.unitType === 'truong') return addressed.map((a) => schoolProblem(a.file));
  // Ids of remote members are read at build time: the loader warns about unknown ones.
  if (site.remoteMembers.length) return [];
  const named = addressed.filter((a) => a.audience !== AUDIENCE_ALL && a.audience.units.length);
  if (!named.length) return [];
  const known = new Set(descendantIds(dirname(siteDir), basename(siteDir)));
  return named.flatMap((a) =>
    a.audience === AUDIENCE_ALL
      ? []
      : a.audience.units.flatMap((id, i) => (known.has(id) ? [] : [unknownUnitProblem(a.file, id, i)])),
  );
}
