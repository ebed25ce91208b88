/** Builds the Pagefind index of one built site, in place. */
import * as pagefind from 'pagefind';

export async function indexSite(outDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return { pages: added.page_count };
}
