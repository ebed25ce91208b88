/**
 * The DejaVu Sans faces embedded in the PDFs (Vietnamese letters, and the same bytes
 * on every machine that has the package, so the PDFs come out the same). Found through
 * fontconfig, which Linux, macOS (Homebrew/XQuartz) and MSYS2 provide.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

const FAMILY = 'DejaVu Sans';
const INSTALL =
  'Cài gói phông DejaVu (Debian/Ubuntu: apt-get install fonts-dejavu-core fontconfig; macOS: brew install fontconfig font-dejavu) rồi chạy lại. | ' +
  'Install the DejaVu fonts (Debian/Ubuntu: apt-get install fonts-dejavu-core fontconfig; macOS: brew install fontconfig font-dejavu) and run again.';

/** The file of one face; fontconfig answers its best substitute, so the family is checked. */
function fontFile(style: 'Book' | 'Bold'): string {
  let answer: string;
  try {
    answer = execFileSync('fc-match', ['-f', '%{family}|%{style}|%{file}', `${FAMILY}:style=${style}`], {
      encoding: 'utf8',
    });
  } catch {
    throw new Error(`Không chạy được fc-match (fontconfig) để tìm phông ${FAMILY}. ${INSTALL}`);
  }
  const [family = '', faceStyle = '', file = ''] = answer.split('|');
  if (!family.split(',').includes(FAMILY) || !faceStyle.split(',').includes(style) || !file) {
    throw new Error(
      `Không tìm thấy phông «${FAMILY} ${style}» (fontconfig đưa ra «${family} ${faceStyle}»). ${INSTALL}`,
    );
  }
  return file;
}

export function dejaVuSans(): FontBytes {
  return { regular: readFileSync(fontFile('Book')), bold: readFileSync(fontFile('Bold')) };
}
