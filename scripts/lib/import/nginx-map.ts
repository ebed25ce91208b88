/**
 * Old addresses with a query string (`/index.php?nv=news&op=…`, `/xem_trang_tin.aspx?id=12`)
 * cannot be static redirect pages: a static host ignores the query. They become lines
 * of an nginx `map` on `$ct_site:$request_uri` (see the README text of the import),
 * one file per school, included into the map of .ci/templates/nginx.conf's setup.
 */

/** The template's map_hash_bucket_size (512) must hold every key; longer ones are refused. */
const MAX_KEY_LENGTH = 400;

/** nginx map keys are quoted strings: no quote, backslash, newline or control character may break out. */
function quoted(value: string): string | undefined {
  if (/[\u0000-\u001f\u007f"\\]/.test(value) || value.length > MAX_KEY_LENGTH) return undefined;
  return `"${value}"`;
}

export function nginxMap(siteId: string, rules: { from: string; to: string }[]): { text: string; refused: string[] } {
  const refused: string[] = [];
  const lines = [...rules]
    .sort((a, b) => a.from.localeCompare(b.from))
    .flatMap(({ from, to }) => {
      const key = quoted(`${siteId}:${from}`);
      if (!key || !/^\/[a-z0-9/-]*$/.test(to)) {
        refused.push(from);
        return [];
      }
      return [`${key} ${to};`];
    });
  const header = [
    `# Địa chỉ cũ của ${siteId} có chuỗi truy vấn, mà trang chuyển hướng tĩnh không phục vụ được → địa chỉ mới; tạo bởi npm run import, đừng sửa tay.`,
    `# Old addresses of ${siteId} with a query string, which no static redirect page can serve → new addresses; written by npm run import.`,
    '# Dùng trong / used inside: map "$ct_site:$request_uri" $ct_old_url { default ""; include …/*.map; }',
  ];
  return { text: `${[...header, ...lines].join('\n')}\n`, refused };
}
