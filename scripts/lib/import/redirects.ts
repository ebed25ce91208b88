/**
 * Where an old portal's redirect may lead the import: only to another address of the
 * origin the technician named. A redirect to another host, to a private or loopback
 * address, or to `file:`, `data:` or `javascript:` is how a hostile page would make
 * the import read what it must not (SSRF), so it is refused with the reason. The
 * same holds for a page's `<base href>`: relative links never resolve to another site.
 */
import type { Words } from './types.ts';

/** At most this many redirects in a row before an address is given up. */
export const MAX_REDIRECTS = 5;

/** The redirect's target, or why it is not followed. */
export function redirectTarget(location: string | null, from: URL, origin: string): URL | { reason: Words } {
  if (!location) {
    return {
      reason: {
        vi: 'cổng cũ trả lời chuyển hướng mà không ghi địa chỉ mới',
        en: 'the old portal answered a redirect without a new address',
      },
    };
  }
  let to: URL;
  try {
    to = new URL(location, from);
  } catch {
    return {
      reason: {
        vi: `chuyển hướng tới địa chỉ không hợp lệ «${location.slice(0, 80)}», không theo`,
        en: `redirects to an invalid address "${location.slice(0, 80)}", not followed`,
      },
    };
  }
  if (!/^https?:$/.test(to.protocol)) {
    return {
      reason: {
        vi: `chuyển hướng tới địa chỉ «${to.protocol}», không theo (chỉ tải http và https từ ${origin})`,
        en: `redirects to a "${to.protocol}" address, not followed (only http and https from ${origin})`,
      },
    };
  }
  if (to.origin !== origin) {
    return {
      reason: {
        vi: `chuyển hướng sang ${to.origin}, không theo: lệnh nhập chỉ tải từ ${origin} (địa chỉ đã ghi trong --from)`,
        en: `redirects to ${to.origin}, not followed: the import reads only from ${origin} (the address given in --from)`,
      },
    };
  }
  to.hash = '';
  return to;
}

export function redirectLoop(href: string): { reason: Words } {
  return {
    reason: {
      vi: `vòng chuyển hướng quay lại ${href} (hoặc quá ${MAX_REDIRECTS} lần), bỏ qua`,
      en: `a redirect loop back to ${href} (or over ${MAX_REDIRECTS} redirects), skipped`,
    },
  };
}

/** A page's `<base href>` when it stays on the page's origin; one pointing elsewhere is ignored. */
export function sameOriginBase(href: string | null | undefined, page: URL): URL {
  if (!href) return page;
  try {
    const base = new URL(href, page);
    return base.origin === page.origin ? base : page;
  } catch {
    return page;
  }
}
