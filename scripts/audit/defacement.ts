/**
 * Anti-defacement scan, shared by the audit rule tu-khoa-co-bac and the build (which
 * refuses to publish a site it flags): gambling terms and suspicious domains in the
 * site's text files and in every built page (text, attribute values, inline scripts,
 * link hosts after URL decoding). Only the site's reviewed exceptions file
 * (spam-exceptions.ts) can accept a topic word, for the entry it names.
 */
import { relative } from 'node:path';
import type { Nodes } from 'hast';
import { ContentError, type Problem } from '../../content-schemas/errors.ts';
import { loadBuiltSite, type BuiltPage, type BuiltSite } from './built.ts';
import { pageTree } from './html.ts';
import { findSpam, findSpamInPieces, type SpamHit } from './spam-terms.ts';
import { boundedMemo } from './bounded-memo.ts';
import {
  EXCEPTIONS_FILE,
  readExceptions,
  sentence,
  type ExceptionProblem,
  type SpamException,
} from './spam-exceptions.ts';
import { siteTextSources, type TextSource } from './text-sources.ts';

export interface SpamReport {
  /** Absolute path of the source file or built page. */
  file: string;
  /** Set for built pages. */
  url?: string;
  line?: number;
  /** Terms that make the site fail. */
  refused: SpamHit[];
  /** Topic terms accepted by the exceptions file for this entry. */
  accepted: { term: string; exception: SpamException }[];
}

export interface SpamScan {
  reports: SpamReport[];
  exceptionProblems: ExceptionProblem[];
  exceptionsFile: string;
}

const URL_LIKE = /^\s*(?:https?:)?\/\//i;

/** Host names of the URLs pages repeat (menus, footer), parsed once; undefined: not a URL after all. */
const HOST_CACHE_ENTRIES = 20_000;
const hosts = new Map<string, string | undefined>();
function hostOf(url: string): string | undefined {
  if (hosts.has(url)) return hosts.get(url);
  let host: string | undefined;
  try {
    host = new URL(url, 'https://localhost/').hostname;
  } catch {
    // Not a URL after all: its text is pushed as it is.
  }
  if (hosts.size >= HOST_CACHE_ENTRIES) hosts.clear();
  hosts.set(url, host);
  return host;
}

/** Everything a reader or a browser takes from a page: text, inline scripts, attribute values, link hosts. */
export function pageStrings(html: string): string {
  return pagePieces(html).join('\n');
}

/** pageStrings before they are joined, one piece per text, attribute value or host. */
function pagePieces(html: string): string[] {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') out.push(node.value);
    if (node.type === 'element') {
      if (node.tagName === 'style') return;
      for (const value of Object.values(node.properties)) {
        const values = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
        for (const v of values) {
          out.push(v);
          // Percent-encoded or odd host spellings only show once the URL is parsed.
          if (URL_LIKE.test(v)) {
            const host = hostOf(v);
            if (host !== undefined) out.push(host);
          }
        }
      }
      if (node.content) walk(node.content);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(pageTree(html));
  return out;
}

/** Per page, once: the build's check and its audit share one index of the output (built.ts). */
const hitsByPage = new WeakMap<BuiltPage, SpamHit[]>();
function pageHits(page: BuiltPage): SpamHit[] {
  let hits = hitsByPage.get(page);
  if (!hits) hitsByPage.set(page, (hits = findSpamInPieces(pagePieces(page.html()))));
  return hits;
}

/** A build checks its sources, then its audit checks them again: each text is matched once. */
const sourceHits = boundedMemo(findSpam, { limit: 4_000_000 });

export function scanForSpam(siteDir: string, sources: readonly TextSource[], built: BuiltSite | undefined): SpamScan {
  const { exceptions, problems, path } = readExceptions(siteDir);
  const acceptedIn = new Map<string, SpamException[]>();
  for (const e of exceptions) acceptedIn.set(e.file, [...(acceptedIn.get(e.file) ?? []), e]);
  const acceptedAnywhere = new Set(exceptions.flatMap((e) => e.terms));
  const reports: SpamReport[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    const hits = sourceHits(source.text);
    if (!hits.length) continue;
    const report: SpamReport = {
      file: source.path,
      line: Math.min(...hits.map((h) => h.line)),
      refused: [],
      accepted: [],
    };
    for (const hit of hits) {
      const exception =
        hit.group === 'topics' ? acceptedIn.get(source.path)?.find((e) => e.terms.includes(hit.term)) : undefined;
      if (exception) report.accepted.push({ term: hit.term, exception });
      else report.refused.push(hit);
      seen.add(hit.term);
    }
    reports.push(report);
  }
  for (const page of built?.pages ?? []) {
    const hits = pageHits(page);
    // A term already reported for a source file is not reported again on each page that shows it.
    const refused = hits.filter((h) => !seen.has(h.term) && !(h.group === 'topics' && acceptedAnywhere.has(h.term)));
    if (refused.length) reports.push({ file: page.file, url: page.url, refused, accepted: [] });
  }
  return { reports, exceptionProblems: problems, exceptionsFile: path };
}

export const quoted = (hits: readonly { term: string }[]) => hits.map((h) => `«${h.term}»`).join(', ');

/** Only topic words can be accepted; anything else is the mark of an injected page. */
export const onlyTopics = (hits: readonly SpamHit[]) => hits.every((h) => h.group === 'topics');

function problemFor(report: SpamReport, siteDir: string): Problem {
  const shown = (p: string) => relative(process.cwd(), p) || p;
  const terms = quoted(report.refused);
  if (report.url) {
    return {
      file: `${shown(siteDir)} (trang đã dựng / built page ${report.url})`,
      field: 'html',
      vi: `Trang đã dựng có từ ngữ cờ bạc, quảng cáo rác không có trong nội dung gốc: ${terms}. Cách sửa: giao diện, gói phụ thuộc hoặc máy dựng đã bị chèn mã; kiểm tra themes/, package-lock.json và máy dựng, rồi dựng lại. Trang cũ vẫn được giữ nguyên.`,
      en: `The built page holds gambling or spam terms that are not in the content: ${terms}. Fix: the theme, a dependency or the build machine was tampered with; check themes/, package-lock.json and the build machine, then build again. The previous output is kept.`,
    };
  }
  const where = report.line ? ` (dòng ${report.line})` : '';
  const whereEn = report.line ? ` (line ${report.line})` : '';
  return onlyTopics(report.refused)
    ? {
        file: shown(report.file),
        field: `line ${report.line ?? 0}`,
        vi: `Có từ ngữ cờ bạc${where}: ${terms}. Cách sửa: nếu nhà trường không viết nội dung này, xóa ngay và đổi mật khẩu tài khoản quản trị; nếu là bài tuyên truyền phòng, chống tệ nạn, ghi bài và các từ này vào ${shown(siteDir)}/${EXCEPTIONS_FILE} (có lý do, người duyệt; xem scripts/audit/README.md).`,
        en: `Gambling words${whereEn}: ${terms}. Fix: if the school did not write this, delete it and change the admin passwords; if it is an anti-gambling post, list the post and these words in ${shown(siteDir)}/${EXCEPTIONS_FILE} (with a reason and an approver; see scripts/audit/README.md).`,
      }
    : {
        file: shown(report.file),
        field: `line ${report.line ?? 0}`,
        vi: `Có dấu hiệu bị chèn nội dung cờ bạc, quảng cáo rác${where}: ${terms}. Cách sửa: xóa ngay, đổi mật khẩu tài khoản quản trị (CMS, Git, máy chủ) và báo cơ quan quản lý; tên nhà cái, tên miền cờ bạc và cụm từ quảng cáo không bao giờ được chấp nhận.`,
        en: `Signs of injected gambling or spam content${whereEn}: ${terms}. Fix: delete it now, change the admin passwords (CMS, Git, server) and report it; gambling brands, domains and ad phrases can never be accepted.`,
      };
}

/** For the build: what makes this site unpublishable, in the content (`siteDir`) or its output (`builtDir`). */
export function defacementProblems(
  siteDir: string,
  builtDir: string,
  built: BuiltSite | undefined = loadBuiltSite(builtDir),
): Problem[] {
  const scan = scanForSpam(siteDir, siteTextSources(siteDir), built);
  const exceptionErrors = scan.exceptionProblems
    .filter((p) => p.severity === 'error')
    .map((p): Problem => ({ file: relative(process.cwd(), p.file) || p.file, field: p.field, ...sentence(p) }));
  return [...scan.reports.filter((r) => r.refused.length).map((r) => problemFor(r, siteDir)), ...exceptionErrors];
}

/** Throws the bilingual ContentError the build prints when the site carries gambling or spam. */
export function assertNotDefaced(siteDir: string, builtDir: string, built?: BuiltSite): void {
  const problems = defacementProblems(siteDir, builtDir, built ?? loadBuiltSite(builtDir));
  if (problems.length) throw new ContentError(problems);
}
