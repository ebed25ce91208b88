/**
 * Copies of the import fixtures in a temporary folder, completed with what is better
 * made than committed: photos (one phone-sized with EXIF orientation 6, so it must be
 * shrunk and turned upright) and a symlink to /etc/passwd disguised as a PDF.
 */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { ROOT } from '../../helpers/paths.ts';

export const IMPORT_FIXTURES = join(ROOT, 'tests/fixtures/import');

/** A JPEG of one colour with a gradient band, `width`×`height` as stored, with EXIF orientation. */
export async function photo(width: number, height: number, orientation = 1): Promise<Buffer> {
  const band = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${Math.round(height / 4)}"><rect width="100%" height="100%" fill="#c0392b"/></svg>`,
  );
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 110, b: 170 } } })
    .composite([{ input: band, top: 0, left: 0 }])
    .jpeg({ quality: 80 })
    .withMetadata({ orientation })
    .toBuffer();
}

function put(root: string, rel: string, bytes: Buffer): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), bytes);
}

export interface Prepared {
  dir: string;
  /** The folder to pass as --from (the host folder's parent, as wget leaves it). */
  from: string;
}

/** A working copy of one fixture (nukeviet, eduportal, wordpress) with its photos. */
export async function prepareFixture(
  kind: 'nukeviet' | 'eduportal' | 'wordpress' | 'wordpress-mirror',
): Promise<Prepared> {
  const dir = mkdtempSync(join(tmpdir(), `cong-truong-import-${kind}-`));
  cpSync(join(IMPORT_FIXTURES, kind), dir, { recursive: true });
  if (kind === 'nukeviet') {
    const host = join(dir, 'thcshoabinh.phutho.edu.vn');
    put(host, 'uploads/news/2023_09/le-khai-giang.jpg', await photo(800, 600));
    put(host, 'uploads/news/2023_09/dsc-0042.jpg', await photo(640, 480));
    // A phone photo: stored landscape 2400×1800 with "rotate 90°" in EXIF, so it shows portrait.
    put(host, 'uploads/news/2024_03/trai-8a.jpg', await photo(2400, 1800, 6));
    symlinkSync('/etc/passwd', join(host, 'uploads/laws/bieu-mau-dang-ky.pdf'));
  }
  if (kind === 'eduportal') {
    const host = join(dir, 'thcsanphu.hcm.edu.vn');
    put(host, 'Upload/anh/dai-hoi-lien-doi.jpg', await photo(1200, 800));
  }
  if (kind === 'wordpress') {
    const host = join(dir, 'files', 'mnhoamai.edu.vn');
    put(host, 'wp-content/uploads/2024/02/be-choi-hoi-xuan.jpg', await photo(1600, 1200));
    put(host, 'wp-content/uploads/2024/02/anh-dai-dien-hoi-xuan.jpg', await photo(1200, 630));
  }
  if (kind === 'wordpress-mirror') {
    const host = join(dir, 'mnhoaphuong.edu.vn');
    put(host, 'wp-content/uploads/2024/11/be-chay-tiep-suc-1024x768.jpg', await photo(1024, 768));
    for (const n of [1, 2, 3, 4]) put(host, `wp-content/uploads/2024/09/trang-ram-${n}.jpg`, await photo(900, 600));
  }
  return { dir, from: dir };
}

/** A fresh sites folder holding the import target school (tests/fixtures/import/site). */
export function prepareSite(id = 'thcs-hoa-binh'): { sitesDir: string; siteDir: string } {
  const sitesDir = mkdtempSync(join(tmpdir(), 'cong-truong-import-sites-'));
  const siteDir = join(sitesDir, id);
  cpSync(join(IMPORT_FIXTURES, 'site'), siteDir, { recursive: true });
  return { sitesDir, siteDir };
}
