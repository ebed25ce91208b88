/**
 * The compliance audit as a pipeline (the withastro/docs link checker model):
 * index (read the site, its content and its built pages once) → checks (one rule
 * per file under rules/) → score → reports (report/*). `scripts/audit.ts` is the CLI;
 * the build calls `auditSite` with the entries and output it already holds, and
 * `summaryLine` (scripts/lib/network/build-audit.ts).
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { buildContext, type SiteRead } from './context.ts';
import type { BuiltSite } from './built.ts';
import { isoDate, todayInVietnam } from './dates.ts';
import { DEFAULT_PROFILE, loadProfile, type Profile } from './profiles.ts';
import { RULES, RULE_IDS } from './rules/index.ts';
import { band, penalties, score } from './score.ts';
import type { AuditContext, Finding, Rule, Severity, SiteResult } from './types.ts';
import { createCalendar, type HolidayCalendar } from './working-days.ts';

export { RULES, RULE_IDS } from './rules/index.ts';
export { AuditConfigError, listProfiles } from './profiles.ts';
export type { Finding, SiteResult, Severity } from './types.ts';
export type { SiteRead } from './context.ts';

export interface AuditOptions {
  /** Reference date (UTC midnight); default: today in Vietnam. Fix it for reproducible results. */
  date?: Date;
  /** Profile id; default: `profile` of site.yaml, else `mac-dinh`. */
  profile?: string;
  /** Paths in findings are shown relative to this folder (default: the working directory). */
  root?: string;
  /**
   * The site as the build already read and validated it (`readSite`/`validateSite`), so a
   * build reads its content once; the CLI leaves it out and the audit reads the disk.
   */
  read?: SiteRead;
  /** The built output as already indexed (`loadBuiltSite`); by default `distDir` is read. */
  built?: BuiltSite;
}

let sharedCalendar: HolidayCalendar | undefined;

/** `distDir` is the site's own output (`dist/<id>`); the output root (`dist`) is accepted too. */
function siteDist(distDir: string, siteId: string): string {
  const nested = join(distDir, siteId);
  if (!existsSync(join(distDir, 'index.html')) && existsSync(join(nested, 'index.html'))) return nested;
  return distDir;
}

function resolveValue<T>(value: T | ((ctx: AuditContext) => T), ctx: AuditContext): T {
  return typeof value === 'function' ? (value as (ctx: AuditContext) => T)(ctx) : value;
}

function runRule(rule: Rule, ctx: AuditContext): Finding[] {
  const params = ctx.profile.rules[rule.id] ?? {};
  if (rule.profileOnly && !(rule.id in ctx.profile.rules)) return [];
  if (!ctx.site && rule.id !== 'noi-dung-hop-le') return [];
  if (rule.appliesTo && !rule.appliesTo(ctx)) return [];
  const severity = (params.severity as Severity | undefined) ?? resolveValue(rule.severity, ctx);
  const basis = rule.profileOnly && ctx.profile.basis ? ctx.profile.basis : resolveValue(rule.basis, ctx);
  const drafts =
    rule.needs === 'dist' && !ctx.built
      ? [
          {
            url: '/',
            file: ctx.shown(ctx.distDir),
            severity: 'info' as const,
            message: `Chưa dựng trang (không có ${ctx.shown(ctx.distDir)}): chưa kiểm tra «${rule.title}».`,
            fix: `Dựng trang: npm run build -- --site ${ctx.siteId}, rồi kiểm tra lại.`,
          },
        ]
      : rule.check(ctx, params);
  return drafts.map((d) => ({
    rule: rule.id,
    // A finding's own severity wins (a progress note stays info, a late item a warning),
    // unless the profile turned the whole rule down to info.
    severity: d.severity === 'info' ? 'info' : d.severity && severity !== 'info' ? d.severity : severity,
    category: rule.category,
    message: d.message,
    basis: d.basis ?? basis,
    fix: d.fix,
    ...(d.file ? { file: d.file } : {}),
    ...(d.line ? { line: d.line } : {}),
    ...(d.url ? { url: d.url } : {}),
  }));
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Audits one site: `siteDir` is `sites/<id>`, `distDir` its built output `dist/<id>` (may not exist). */
export function auditSite(siteDir: string, distDir: string, opts: AuditOptions = {}): SiteResult {
  const date = opts.date ?? todayInVietnam();
  sharedCalendar ??= createCalendar();
  const id = basename(resolve(siteDir));
  const placeholder: Profile = {
    id: DEFAULT_PROFILE,
    name: '',
    description: '',
    basis: '',
    rules: {},
    allowDomains: [],
  };
  const ctx = buildContext(siteDir, siteDist(distDir, id), {
    date,
    profile: placeholder,
    calendar: sharedCalendar,
    root: opts.root,
    read: opts.read,
    built: opts.built,
  });
  const profileId = opts.profile ?? ctx.site?.profile ?? DEFAULT_PROFILE;
  ctx.profile = loadProfile(
    profileId,
    RULE_IDS,
    opts.profile ? '--profile' : `${ctx.shown(join(ctx.siteDir, 'site.yaml'))}`,
  );
  const findings = RULES.flatMap((rule) => runRule(rule, ctx)).sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule),
  );
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  const total = score(findings);
  return {
    id,
    name: ctx.site?.name ?? id,
    shortName: ctx.site?.shortName ?? id,
    unitType: ctx.site?.unitType ?? 'truong',
    level: ctx.site?.level,
    profile: ctx.profile.id,
    built: !!ctx.built,
    date: isoDate(date),
    score: total,
    band: band(total),
    counts,
    penalties: penalties(findings),
    findings,
  };
}

/** One line for the build log: "Kiểm tra: 0 lỗi, 2 cảnh báo (điểm 96/100)". */
export function summaryLine(result: SiteResult): string {
  const unbuilt = result.built ? '' : '; chưa dựng trang nên chưa kiểm tra phần giao diện';
  return `Kiểm tra: ${result.counts.error} lỗi, ${result.counts.warning} cảnh báo (điểm ${result.score}/100${unbuilt})`;
}

export interface Ranked extends SiteResult {
  rank: number;
}

/** Orders by score, then fewer errors, then fewer warnings, then name; ties share a rank. */
export function rankResults(results: readonly SiteResult[]): Ranked[] {
  const sorted = [...results].sort(
    (a, b) =>
      b.score - a.score ||
      a.counts.error - b.counts.error ||
      a.counts.warning - b.counts.warning ||
      a.name.localeCompare(b.name, 'vi'),
  );
  const key = (r: SiteResult) => `${r.score}/${r.counts.error}/${r.counts.warning}`;
  return sorted.map((r, i) => {
    let first = i;
    while (first > 0 && key(sorted[first - 1] as SiteResult) === key(r)) first -= 1;
    return { ...r, rank: first + 1 };
  });
}
