/** The shapes passed between the import steps: sources give items, mapping gives entries. */
import type { UnsafeCounts } from './unsafe-markup.ts';

export type Kind = 'nukeviet' | 'eduportal' | 'wordpress' | 'generic';
export type Section = 'news' | 'document' | 'disclosure' | 'page';

export interface Words {
  vi: string;
  en: string;
}

/** One post, document or page of the old portal, as read from any source. */
export interface RawItem {
  /** The address the old portal gave it (canonical when the page names one). */
  url: URL;
  /** Other addresses of the same item (query-string forms, redirects). */
  aliases: URL[];
  section: Section;
  title: string;
  /** Main content as HTML, already cut out of the page's chrome. */
  html: string;
  description?: string;
  /** `YYYY-MM-DD` in Vietnam time. */
  date?: string;
  /** Old category names: a breadcrumb, outermost first, or a post's several categories. */
  categories: string[];
  /** True when `categories` are a post's several categories rather than a breadcrumb. */
  categoriesAreTags?: boolean;
  /** Labelled metadata the page printed ("Số hiệu", "Người ký"…), by folded label. */
  facts: Record<string, string>;
  /** A cover photo the platform shows apart from the body. */
  cover?: { url: URL; alt?: string };
  author?: string;
  /** Unsafe markup found around the content before it was cut out (scripts in the post, a foreign `<base>`). */
  unsafe?: UnsafeCounts;
}

export interface Skipped {
  url: string;
  reason: Words;
}

export interface Review {
  /** The written file, relative to the site folder, when there is one. */
  file?: string;
  url: string;
  issue:
    | 'category'
    | 'image-alt'
    | 'disclosure-item'
    | 'document-number'
    | 'document-facts'
    | 'asset'
    | 'old-url'
    | 'edited'
    | 'validation'
    | 'date'
    | 'static-page'
    | 'disclosure-conflict'
    | 'leader'
    | 'menu'
    | 'unsafe';
  words: Words;
}
