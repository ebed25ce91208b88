/**
 * The index step: read a site once (config, content, built output) into an
 * AuditContext that every rule reads. Invalid entries are left out and their
 * problems kept, so one broken file does not hide the rest of the audit.
 */
import { join, relative, resolve, basename } from 'node:path';
import { isEntryOf } from '../../content-schemas/entry.ts';
import { readSite, type Entry } from '../../content-schemas/validate.ts';
import { TEMPLATE_MARKER, isTemplateText } from '../lib/onboarding/marker.ts';
import { loadBuiltSite, type BuiltSite } from './built.ts';
import type { Profile } from './profiles.ts';
import type { AuditContext } from './types.ts';
import type { HolidayCalendar } from './working-days.ts';
import { siteTextSources, type TextSource } from './text-sources.ts';

/** The date an entry went public, for the collections that record it. */
export function publicationDate(entry: Entry): Date | undefined {
  const d = entry.data;
  const pick = (key: string) => (d[key] instanceof Date ? (d[key] as Date) : undefined);
  switch (entry.collection) {
    case 'news':
    case 'admissions':
    case 'albums':
      return pick('date');
    case 'disclosures':
    case 'menus':
    case 'plans':
      return pick('published');
    case 'qa':
      return pick('answered');
    case 'consultations':
      return pick('opens');
    default:
      return undefined;
  }
}

/** Published at `date`: not a draft, and not dated after it. */
export function isPublished(entry: Entry, date: Date): boolean {
  if (entry.data.draft === true) return false;
  const when = publicationDate(entry);
  return !when || when.getTime() <= date.getTime();
}

/** A site as `readSite` returns it. */
export type SiteRead = ReturnType<typeof readSite>;

export interface ContextOptions {
  date: Date;
  profile: Profile;
  calendar: HolidayCalendar;
  root?: string;
  /** The site as the build already read and validated it: not read again. */
  read?: SiteRead;
  /** The built output as the build already indexed it: not walked again. */
  built?: BuiltSite;
}

export function buildContext(siteDir: string, distDir: string, opts: ContextOptions): AuditContext {
  const root = resolve(opts.root ?? process.cwd());
  const absSite = resolve(siteDir);
  const { site, entries, problems } = opts.read ?? readSite(absSite, root);
  const published = entries.filter((e) => isPublished(e, opts.date));
  let sources: TextSource[] | undefined;
  return {
    siteId: basename(absSite),
    siteDir: absSite,
    site,
    entries: published,
    allEntries: entries,
    problems: problems.map((p) => ({ file: p.file, field: p.field, message: p.vi })),
    built: opts.built ?? loadBuiltSite(resolve(distDir)),
    distDir: resolve(distDir),
    date: opts.date,
    profile: opts.profile,
    calendar: opts.calendar,
    textSources: () => (sources ??= siteTextSources(absSite)),
    isTemplateText,
    templateMarker: TEMPLATE_MARKER,
    shown: (absolute) => relative(root, absolute) || absolute,
    of: (collection) => published.filter(isEntryOf(collection)),
  };
}
