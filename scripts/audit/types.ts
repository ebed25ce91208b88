/**
 * The shapes the audit pipeline passes around: a rule reads an AuditContext and
 * returns findings; the pipeline adds the rule's id, severity, category and legal
 * basis, scores them and hands the result to the reporters.
 */
import type { SiteConfig } from '../../content-schemas/site.ts';
import type { Entry } from '../../content-schemas/validate.ts';
import type { CollectionName } from '../../content-schemas/index.ts';
import type { BuiltSite } from './built.ts';
import type { Profile, Severity } from './profiles.ts';
import type { HolidayCalendar } from './working-days.ts';
import type { TextSource } from './text-sources.ts';

export type { Severity };

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'lỗi',
  warning: 'cảnh báo',
  info: 'thông tin',
};

/** Score categories; each has its own cap (see score.ts). */
export type Category = 'noi-dung' | 'cong-khai' | 'bo-cuc' | 'ky-thuat' | 'an-toan' | 'dia-phuong';

export const CATEGORY_LABELS: Record<Category, string> = {
  'noi-dung': 'Thông tin bắt buộc (Thông tư 37/2020)',
  'cong-khai': 'Công khai (Thông tư 09/2024)',
  'bo-cuc': 'Bố cục cổng thông tin (NĐ 224/2026, TT 32/2017)',
  'ky-thuat': 'Kỹ thuật, khả năng truy cập',
  'an-toan': 'An toàn nội dung',
  'dia-phuong': 'Tiêu chí của địa phương',
};

/** Where a finding points: a source file (with a line when known) and/or a page URL. */
export interface Location {
  /** Path relative to the working directory, e.g. `sites/x/content/tin-tuc/a.md`. */
  file?: string;
  line?: number;
  /** Site-relative URL of a built page, e.g. `/tin-tuc/le-khai-giang/`. */
  url?: string;
}

/** What a rule returns; the pipeline completes it into a Finding. */
export interface Draft extends Location {
  /** What is wrong, in Vietnamese. */
  message: string;
  /** How to fix it, in Vietnamese. */
  fix: string;
  /** Overrides the rule's severity for this finding (e.g. "not built yet" is info). */
  severity?: Severity;
  /** Overrides the rule's legal basis when one finding has a more precise one. */
  basis?: string;
}

export interface Finding extends Location {
  rule: string;
  severity: Severity;
  category: Category;
  message: string;
  basis: string;
  fix: string;
}

/** The index step's output: everything a rule may read, loaded once. */
export interface AuditContext {
  siteId: string;
  siteDir: string;
  /** `undefined` when site.yaml itself is invalid: only the validity rule runs. */
  site: SiteConfig | undefined;
  /** Valid entries, published by the reference date (draft and future entries left out). */
  entries: Entry[];
  /** Every valid entry, drafts and future ones included. */
  allEntries: Entry[];
  /** Problems the content validator found, as Vietnamese messages. */
  problems: { file: string; field: string; message: string }[];
  /** The built site, or undefined when `dist/<id>/` does not exist. */
  built: BuiltSite | undefined;
  distDir: string;
  /** Reference date, UTC midnight. */
  date: Date;
  profile: Profile;
  calendar: HolidayCalendar;
  /** Template marker check (from the onboarding module). */
  isTemplateText: (text: string) => boolean;
  templateMarker: string;
  /** site.yaml, content and public text files, read once (see text-sources.ts). */
  textSources: () => TextSource[];
  /** Path shown to users for a file of the site (relative to the working directory). */
  shown: (absolute: string) => string;
  /** The published entries of one collection, typed by its schema. */
  of: <C extends CollectionName>(collection: C) => Entry<C>[];
}

export interface RuleMeta {
  /** Stable id, kebab-case, also the file name under rules/. */
  id: string;
  /** Short Vietnamese title. */
  title: string;
  category: Category;
  /** Default severity; may depend on the unit type (state-portal rules). */
  severity: Severity | ((ctx: AuditContext) => Severity);
  /** Legal basis quoted in every finding. */
  basis: string | ((ctx: AuditContext) => string);
  /** `dist`: needs the built site; without it the rule reports "chưa dựng" as info. */
  needs: 'content' | 'dist';
  /** Rules enabled only by a province profile. */
  profileOnly?: boolean;
}

export interface Rule extends RuleMeta {
  /** Whether the rule concerns this site at all (unit type, level, profile). */
  appliesTo?: (ctx: AuditContext) => boolean;
  check: (ctx: AuditContext, params: Record<string, unknown>) => Draft[];
}

export interface SiteResult {
  id: string;
  name: string;
  shortName: string;
  unitType: string;
  level: string | undefined;
  profile: string;
  built: boolean;
  date: string;
  score: number;
  band: string;
  counts: Record<Severity, number>;
  /** Penalty per category, after caps (see score.ts). */
  penalties: Partial<Record<Category, number>>;
  findings: Finding[];
}
