/**
 * What a portal of another repository may say about itself. Its `/api/v1/` files
 * pass the schema (text, https:// addresses), but a compromised or careless portal
 * can still claim to be another unit of the hierarchy, by id or by domain, and so
 * appear under that unit's name on the Phòng's or Sở's pages; or list items whose
 * addresses lead to some other site, which the unit's pages would then link under
 * the member's name. A unit that claims another's id or domain is left out; items
 * (and attached files) off the unit's own host are dropped; each with a warning
 * that names the portal and the fix. Nothing here fails the build.
 */
import type { UnitData } from './unit.ts';

/** A unit this build already knows: the site being built, its local members, remote members read before. */
export interface KnownUnit {
  id: string;
  /** Host of its portal, lower case (`thcs.edu.vn`). */
  host: string;
}

const hostOf = (url: string) => URL.parse(url)?.host.toLowerCase() ?? '';

/** The unit that `data` claims to be, when that is one the build already knows. */
function impersonated(data: UnitData, known: KnownUnit[]): KnownUnit | undefined {
  const host = hostOf(data.ref.url);
  return known.find((k) => k.id === data.ref.id || k.host === host);
}

type WithUrl = { url: string; files?: { url: string }[] };

/** The items on `host`, each keeping only its files on `host`; counts what was dropped. */
function ownItems<T extends WithUrl>(items: T[], host: string, dropped: { count: number }): T[] {
  return items.flatMap((item) => {
    if (hostOf(item.url) !== host) {
      dropped.count += 1;
      return [];
    }
    const files = item.files?.filter((f) => hostOf(f.url) === host);
    if (!files || files.length === item.files?.length) return [item];
    dropped.count += (item.files?.length ?? 0) - files.length;
    return [{ ...item, files }];
  });
}

/**
 * `data` as this build may show it, or undefined when the portal at `portal` claims
 * to be a unit in `known`. Warnings are bilingual, one line per portal.
 */
export function trustRemoteUnit(
  data: UnitData,
  portal: URL,
  known: KnownUnit[],
  warnings: string[],
): UnitData | undefined {
  const other = impersonated(data, known);
  if (other) {
    warnings.push(
      `Liên thông: bỏ qua cổng ${portal.href}: cổng này tự nhận là «${data.ref.id}» (${hostOf(data.ref.url)}), trùng mã hoặc tên miền của đơn vị «${other.id}» (${other.host}). Cách sửa: kiểm tra địa chỉ này trong remoteMembers của site.yaml và báo đơn vị quản lý cổng đó. | [en] Liên thông: skipped the portal ${portal.href}: it claims to be "${data.ref.id}" (${hostOf(data.ref.url)}), the id or domain of the unit "${other.id}" (${other.host}). Fix: check this address in site.yaml's remoteMembers and tell whoever runs that portal.`,
    );
    return undefined;
  }
  const host = hostOf(data.ref.url);
  const dropped = { count: 0 };
  const trusted: UnitData = { ...data };
  if (data.news) trusted.news = { ...data.news, items: ownItems(data.news.items, host, dropped) };
  if (data.documents) trusted.documents = { ...data.documents, items: ownItems(data.documents.items, host, dropped) };
  if (data.disclosures)
    trusted.disclosures = {
      ...data.disclosures,
      years: data.disclosures.years.map((y) => ({ ...y, items: ownItems(y.items, host, dropped) })),
    };
  if (dropped.count)
    warnings.push(
      `Liên thông: cổng «${data.ref.name}» (${portal.href}) có ${dropped.count} địa chỉ (bài, văn bản, tệp) không thuộc tên miền ${host} của chính nó; đã bỏ qua. Cách sửa: báo đơn vị quản lý cổng đó kiểm tra /api/v1/. | [en] Liên thông: the portal "${data.ref.name}" (${portal.href}) lists ${dropped.count} address(es) (articles, documents, files) outside its own domain ${host}; left out. Fix: ask whoever runs that portal to check its /api/v1/.`,
    );
  return trusted;
}
