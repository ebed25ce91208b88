/** The raw text files of a site that people can read: site.yaml, content, public text files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files.ts';

const TEXT = /\.(md|mdx|markdown|ya?ml|html?|txt|xml|svg|json|js|css|csv)$/i;

export interface TextSource {
  path: string;
  text: string;
}

export function siteTextSources(siteDir: string): TextSource[] {
  const files = [
    { path: join(siteDir, 'site.yaml'), size: 0 },
    ...listFiles(siteDir, 'content'),
    ...listFiles(siteDir, 'public'),
  ].filter((f) => TEXT.test(f.path));
  return files.flatMap((f) => {
    try {
      return [{ path: f.path, text: readFileSync(f.path, 'utf8').normalize('NFC') }];
    } catch {
      return [];
    }
  });
}
