/**
 * Regenerates the media of the two example schools (sites/thcs-nguyen-du and
 * sites/mn-hoa-sen): illustrative photos drawn from SVG scenes (each captioned and
 * tagged «Ảnh minh họa»), the leaders' portraits, the organisation chart, and every
 * PDF the content attaches, laid out as a Vietnamese administrative letter with
 * DejaVu Sans embedded as a subset (searchable text, small files). Some phrases exist
 * only in a PDF, to test full-text search of attachments. Output is deterministic:
 * the same content gives the same bytes. A developer tool, not a product command.
 *
 *   npx node scripts/tools/example-media/main.ts [--only images|pdf] [--site <id>] [--sites-dir <dir>]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateImages } from './images.ts';
import { generatePdfs } from './pdfs.ts';
import { SITES } from './schools.ts';

const { values } = parseArgs({
  options: { only: { type: 'string' }, site: { type: 'string' }, 'sites-dir': { type: 'string' } },
});
const sitesDir = resolve(values['sites-dir'] ?? resolve(import.meta.dirname, '../../../sites'));
for (const site of SITES.filter((s) => !values.site || s.id === values.site)) {
  if (values.only !== 'pdf') await generateImages(site, sitesDir);
  if (values.only !== 'images') await generatePdfs(site, sitesDir);
}
