/** Every PDF attachment a school's content names (`files: - file: /tep/….pdf`), written to `public/tep/`. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLetterEntries, type LetterEntry } from './content.ts';
import { dejaVuSans } from './fonts.ts';
import { metaFor, renderPdf } from './pdf-document.ts';
import type { SiteMedia } from './schools.ts';

const MAX_PDF_BYTES = 60 * 1024;

export async function generatePdfs(site: SiteMedia, sitesDir: string): Promise<void> {
  const siteDir = join(sitesDir, site.id);
  const out = join(siteDir, 'public', 'tep');
  mkdirSync(out, { recursive: true });
  const fontBytes = dejaVuSans();
  // The first entry that names a file writes it.
  const jobs = new Map<string, LetterEntry>();
  for (const entry of readLetterEntries(siteDir)) {
    for (const { file } of entry.data.files) if (file.endsWith('.pdf') && !jobs.has(file)) jobs.set(file, entry);
  }
  // Remove PDFs no longer referenced, so the folder mirrors the content.
  for (const name of readdirSync(out)) {
    if (name.endsWith('.pdf') && !jobs.has(`/tep/${name}`)) rmSync(join(out, name));
  }
  let total = 0;
  let largest = 0;
  for (const [file, entry] of jobs) {
    const name = file.slice('/tep/'.length);
    const bytes = await renderPdf(site, metaFor(site, entry, name), fontBytes);
    if (bytes.length > MAX_PDF_BYTES) console.warn(`  ! ${name}: ${(bytes.length / 1024).toFixed(0)} KB (> 60 KB)`);
    writeFileSync(join(out, name), bytes);
    total += bytes.length;
    largest = Math.max(largest, bytes.length);
  }
  console.log(
    `${site.id}: ${jobs.size} PDF, ${(total / 1024).toFixed(0)} KB (lớn nhất ${(largest / 1024).toFixed(0)} KB)`,
  );
}
