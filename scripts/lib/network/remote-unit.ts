/** A unit of another repository: its `site.json` and the files the loader needs, with one warning per unit. */
import type { ApiFileName } from '../../../content-schemas/api/index.ts';
import { portalUrl, readRemoteFile, type RemoteFile, type RemoteOptions } from './remote.ts';
import { unitRef, type UnitData } from './unit.ts';

type DataFile = 'van-ban' | 'tin-tuc' | 'thong-bao-khan' | 'cong-khai';

const KEYS = {
  'van-ban': 'documents',
  'tin-tuc': 'news',
  'thong-bao-khan': 'alerts',
  'cong-khai': 'disclosures',
} as const satisfies Record<DataFile, keyof UnitData>;

const viDay = (day: string) => day.split('-').reverse().join('/');

/** One bilingual line naming the unit, what failed and what was used instead. */
function warning(
  who: string,
  address: string,
  failed: [ApiFileName, RemoteFile<unknown>][],
  unitMissing: boolean,
): string {
  const reasons = failed.map(([name, f]) => ({ name, ...f }));
  const vi = reasons
    .map(
      (r) =>
        `${r.name}.json: ${r.failure?.vi}${r.copyOf ? `, dùng bản lưu ngày ${viDay(r.copyOf)}` : ', chưa có bản lưu nên bỏ qua'}`,
    )
    .join('; ');
  const en = reasons
    .map(
      (r) =>
        `${r.name}.json: ${r.failure?.en}${r.copyOf ? `, using the copy of ${r.copyOf}` : ', no saved copy, left out'}`,
    )
    .join('; ');
  const tail = unitMissing
    ? {
        vi: ' Không có dữ liệu liên thông của đơn vị này trong lần dựng này.',
        en: ' Nothing of this unit is shown in this build.',
      }
    : { vi: '', en: '' };
  return `Liên thông: không đọc được cổng «${who}» (${address}): ${vi}.${tail.vi} | [en] Liên thông: could not read the portal "${who}" (${address}): ${en}.${tail.en}`;
}

/** Reads `site.json` and `files` of the portal at `address`; undefined (and a warning) when not even its identity is known. */
export async function readRemoteUnit(
  address: string,
  files: readonly DataFile[],
  opts: RemoteOptions,
  warnings: string[],
): Promise<UnitData | undefined> {
  const portal = portalUrl(address);
  if (!(portal instanceof URL)) {
    warnings.push(
      `Liên thông: bỏ qua cổng ${address}: ${portal.vi}. Cách sửa: ghi địa chỉ https:// của cổng. | [en] Liên thông: skipped the portal ${address}: ${portal.en}. Fix: write the portal's https:// address.`,
    );
    return undefined;
  }
  const site = await readRemoteFile(portal, 'site', opts);
  const read = await Promise.all(
    files.map(async (name): Promise<[DataFile, RemoteFile<unknown>]> => [
      name,
      await readRemoteFile(portal, name, opts),
    ]),
  );
  const all: [ApiFileName, RemoteFile<unknown>][] = [['site', site], ...read];
  const failed = all.filter(([, f]) => f.failure);
  const who = site.body?.unit.name ?? portal.href;
  if (failed.length) warnings.push(warning(who, portal.href, failed, !site.body));
  if (!site.body) return undefined;
  const data: UnitData = { ref: unitRef(site.body, true), unit: site.body.unit };
  for (const [name, file] of read) if (file.body) Object.assign(data, { [KEYS[name]]: file.body });
  const copies = all
    .map(([, f]) => f.copyOf)
    .filter((d): d is string => !!d)
    .sort();
  if (copies[0]) data.staleSince = copies[0];
  return data;
}
