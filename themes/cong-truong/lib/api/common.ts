/** What every `/api/v1/` payload shares: the envelope and absolute addresses on the portal. */
import { buildDate, site, siteId } from 'virtual:cong-truong/site';
import { API_VERSION } from '../../../../content-schemas/api/index.ts';
import { absoluteUrl } from '../urls.ts';

export function envelope() {
  return { version: API_VERSION, generated: buildDate.toISOString(), site: siteId } as const;
}

/** A path of this portal as an address other hosts can follow. */
export function absolute(path: string): string {
  return absoluteUrl(path, site.domain);
}

/** The Vietnamese label of a code that the schemas already checked against `labels`. */
export function labelIn(labels: Readonly<Record<string, string>>, code: string): string {
  const label = labels[code];
  if (label === undefined) throw new Error(`no label for "${code}"`);
  return label;
}

export function fileLinks(files: { title: string; file: string }[]): { title: string; url: string }[] {
  return files.map((f) => ({ title: f.title, url: absolute(f.file) }));
}
