/**
 * Static pagination for `[...page].astro` routes: page 1 at the section URL,
 * page n at `<section>/trang/<n>/` (a reserved segment, never a detail slug).
 */
export const PAGE_SIZE = 20;

export interface PageProps<T> {
  items: T[];
  current: number;
  total: number;
}

export function paginatePaths<T>(
  items: T[],
  size = PAGE_SIZE,
): { params: { page: string | undefined }; props: PageProps<T> }[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    params: { page: i === 0 ? undefined : `trang/${i + 1}` },
    props: { items: items.slice(i * size, (i + 1) * size), current: i + 1, total },
  }));
}
