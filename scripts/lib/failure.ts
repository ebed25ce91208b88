/**
 * The message a failed site build ends with: which school, which step (or file),
 * what went wrong and how to fix it, in Vietnamese with English beside it, and
 * no stack trace. The stack and the full output of Astro or Pagefind go to a log
 * file whose path the message prints (and into the message itself with --debug).
 * Content errors (ContentError) already say all this and are shown as they are.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ContentError } from '../../content-schemas/errors.ts';
import { errnoInText, errnoOf, type ErrnoHelp } from './errno.ts';
import { PROJECT_ROOT } from './build-root.ts';

export type Step = 'validation' | 'prepare' | 'network' | 'astro' | 'redirects' | 'search' | 'defacement' | 'swap';

interface StepText {
  vi: string;
  en: string;
  /** What stopped, as the message's opening words. */
  whatVi: string;
  whatEn: string;
  fixVi: string;
  fixEn: string;
}

const STEPS: Record<Step, StepText> = {
  validation: {
    vi: 'kiểm tra nội dung',
    en: 'validation',
    whatVi: 'Không đọc được nội dung của trường',
    whatEn: "Could not read the site's content",
    fixVi: 'kiểm tra tệp đó trong thư mục của trường rồi dựng lại',
    fixEn: "check that file in the site's folder, then build again",
  },
  prepare: {
    vi: 'chuẩn bị thư mục dựng',
    en: 'preparing the build folder',
    whatVi: 'Không chuẩn bị được thư mục dựng tạm',
    whatEn: 'Could not prepare the temporary build folder',
    fixVi: 'kiểm tra thư mục tạm (TMPDIR) còn chỗ và ghi được, rồi dựng lại',
    fixEn: 'check that the temp folder (TMPDIR) has room and is writable, then build again',
  },
  network: {
    vi: 'đọc dữ liệu liên thông',
    en: 'liên thông data',
    whatVi: 'Không tổng hợp được dữ liệu liên thông (văn bản của cấp trên, tin của các trường)',
    whatEn: 'Could not assemble the liên thông data (documents from above, news of the members)',
    fixVi: 'kiểm tra site.yaml của các đơn vị cùng hệ thống (parent, remoteMembers) rồi dựng lại',
    fixEn: 'check site.yaml of the units of the hierarchy (parent, remoteMembers), then build again',
  },
  astro: {
    vi: 'dựng trang bằng Astro',
    en: 'Astro',
    whatVi: 'Astro dừng khi dựng trang',
    whatEn: 'Astro stopped while building pages',
    fixVi: 'sửa hoặc tải lại tệp mà thông báo dưới đây nêu, rồi dựng lại',
    fixEn: 'correct or re-upload the file named in the message below, then build again',
  },
  redirects: {
    vi: 'trang chuyển hướng',
    en: 'redirects',
    whatVi: 'Không tạo được trang chuyển hướng từ cổng cũ',
    whatEn: 'Could not write the redirects from the old portal',
    fixVi: 'kiểm tra các đường dẫn cũ (oldPaths) của bài mà thông báo dưới đây nêu, rồi dựng lại',
    fixEn: 'check the old paths (oldPaths) of the entry named below, then build again',
  },
  search: {
    vi: 'lập chỉ mục tìm kiếm Pagefind',
    en: 'Pagefind search index',
    whatVi: 'Không lập được chỉ mục tìm kiếm',
    whatEn: 'Could not build the search index',
    fixVi: 'chạy lại npm ci (Pagefind có thể cài thiếu), rồi dựng lại',
    fixEn: 'run npm ci again (Pagefind may be missing), then build again',
  },
  defacement: {
    vi: 'kiểm tra nội dung cờ bạc, quảng cáo rác',
    en: 'gambling and spam check',
    whatVi: 'Không kiểm tra được nội dung cờ bạc, quảng cáo rác nên bản dựng mới chưa được đăng',
    whatEn: 'Could not run the gambling and spam check, so the new build was not published',
    fixVi: 'dựng lại',
    fixEn: 'build again',
  },
  swap: {
    vi: 'thay thư mục kết quả',
    en: 'swap',
    whatVi: 'Không đưa được bản dựng mới vào thư mục kết quả; bản cũ vẫn giữ nguyên',
    whatEn: 'Could not put the new build in place; the previous output is kept',
    fixVi: 'kiểm tra thư mục kết quả (--out-dir) còn chỗ và ghi được, rồi dựng lại',
    fixEn: 'check that the output folder (--out-dir) has room and is writable, then build again',
  },
};

const UNEXPECTED = {
  vi: 'lỗi không lường trước',
  en: 'an unexpected error',
  fixVi: 'nếu dựng lại vẫn lỗi, gửi tệp nhật ký cho người phụ trách kỹ thuật',
  fixEn: 'if it fails again, send the log file to whoever maintains the build',
};

/** Lines of Astro's output kept in the message. */
const SHOWN_LINES = 25;

export interface Failure {
  site: string;
  step: Step;
  /** A thrown error, or what the theme's indexer reported. */
  error?: unknown;
  /** What the child (Astro, with the indexer inside) printed. */
  output?: string;
  /** How the child ended when it did not succeed. */
  exit?: { code: number | null; signal: NodeJS.Signals | null };
}

export interface Described {
  message: string;
  /** The step as the message names it (a redirect failure inside Astro's step is "redirects"). */
  step: Step;
  /** The full story, for the log file; undefined when the message says it all. */
  log?: string;
}

/** A path as the user reads it: relative to where the command runs, when that is shorter. */
function shown(path: string): string {
  const r = relative(process.cwd(), path);
  return r && !r.startsWith('..') && !isAbsolute(r) ? r : path;
}

function within(path: string, folder: string): boolean {
  const r = relative(folder, path);
  return !r.startsWith('..') && !isAbsolute(r);
}

/** A child's output without colours, with the private build root's paths as the project's. */
function plainOutput(output: string, root: string | undefined): string {
  const plain = stripVTControlCharacters(output);
  return root ? plain.replaceAll(root, PROJECT_ROOT) : plain;
}

/**
 * Stack frames and their headings (JavaScript and Rust), and the fields Node prints
 * after an error (`  errno: -2,` … `}`): the log has them, the message does not.
 */
const STACK_LINE = [
  /^\s*at\s/,
  /^\s*Stack trace:\s*$/,
  /^stack backtrace:$/,
  /^\s+\d+:\s/,
  /^note: .*backtrace/,
  /^\s+[a-z][\w$]*: \S/,
  /^\s*}\s*$/,
];

/** The child's own message, without stack traces. */
function condensed(plain: string): string {
  return plain
    .split('\n')
    .filter((line) => line.trim() && !STACK_LINE.some((pattern) => pattern.test(line)))
    .map((line) => line.replace(/ \{$/, ''))
    .slice(-SHOWN_LINES)
    .join('\n');
}

/** The source file Astro's `Location:` points at, unless it is inside a dependency. */
function locatedFile(plain: string): string | undefined {
  const location = /Location:\s*\n\s*(\S+?)(?::\d+){0,2}\s*$/m.exec(plain)?.[1];
  return location && isAbsolute(location) && !location.includes('node_modules') ? location : undefined;
}

/** How a child ended, when that is news: killed by a signal, or an exit code other than "failed". */
function endedText(exit: Failure['exit']): { vi: string; en: string } | undefined {
  if (exit?.signal)
    return {
      vi: `tiến trình bị dừng bởi tín hiệu ${exit.signal} (thường do hết bộ nhớ)`,
      en: `the process was stopped by ${exit.signal} (often out of memory)`,
    };
  if (exit && exit.code !== null && exit.code > 1)
    return {
      vi: `tiến trình dừng đột ngột với mã ${exit.code}`,
      en: `the process stopped unexpectedly with code ${exit.code}`,
    };
  return undefined;
}

function fixFor(step: Step, file: string | undefined, siteDir: string): { vi: string; en: string } {
  if (step === 'astro' && file && within(file, PROJECT_ROOT) && !within(file, siteDir)) {
    const f = shown(file);
    return {
      vi: `tệp này thuộc mã nguồn của dự án, không phải nội dung của trường: sửa nó hoặc lấy lại bản gốc (git checkout -- ${f}), rồi dựng lại`,
      en: `this file belongs to the project's sources, not to the school's content: fix it or restore it (git checkout -- ${f}), then build again`,
    };
  }
  return { vi: STEPS[step].fixVi, en: STEPS[step].fixEn };
}

/** Turns a failure into its message and log. `siteDir` tells a school's file from the project's. */
export function describeFailure(
  failure: Failure,
  context: { siteDir: string; root?: string; debug?: boolean },
): Described {
  const { site, error } = failure;
  if (error instanceof ContentError) return { message: error.message, step: failure.step };
  const plain = failure.output === undefined ? undefined : plainOutput(failure.output, context.root);
  const step: Step = failure.step === 'astro' && plain?.includes('redirects.ts') ? 'redirects' : failure.step;
  const thrown = error as { message?: string; stack?: string; path?: string } | undefined;
  const errno = errnoOf(error) ?? (plain ? errnoInText(plain) : undefined);
  const ended = endedText(failure.exit);
  const unexpected = !errno && !ended && error !== undefined;
  const reason = errno ?? ended ?? (unexpected ? UNEXPECTED : undefined);
  const path = thrown?.path ?? (plain ? locatedFile(plain) : undefined);
  const file = path ? shown(path) : undefined;
  const fix = errno ? { vi: errno.fixVi, en: errno.fixEn } : fixFor(step, path, context.siteDir);
  const more = unexpected || ended ? { vi: `; ${UNEXPECTED.fixVi}`, en: `; ${UNEXPECTED.fixEn}` } : { vi: '', en: '' };
  const text = STEPS[step];
  const head = [
    `${text.whatVi} (trường ${site}, bước ${text.vi})${reason ? `: ${reason.vi}` : ''}.${file ? ` Tệp: ${file}.` : ''} Cách sửa: ${fix.vi}${more.vi}.`,
    `[en] ${text.whatEn} (site ${site}, ${text.en} step)${reason ? `: ${reason.en}` : ''}.${file ? ` File: ${file}.` : ''} Fix: ${fix.en}${more.en}.`,
  ];
  const firstLine = thrown?.message?.split('\n')[0] ?? (error === undefined ? undefined : String(error));
  const summary = [firstLine && `Chi tiết / details: ${firstLine}`, plain && condensed(plain)];
  const details = [thrown?.stack ?? firstLine, plain].filter(Boolean).join('\n\n');
  const message = [...head, ...(context.debug ? [details] : summary)].filter(Boolean).join('\n');
  const log = [
    'Cổng trường: nhật ký lỗi / build failure log',
    `trường / site: ${site}`,
    `bước / step: ${text.en}`,
    `thời điểm / time: ${new Date().toISOString()}`,
    '',
    ...head,
    '',
    details,
  ].join('\n');
  return { message, step, log };
}

/** Where a site's failure log goes: hidden, so publishing each `dist/<id>/` never uploads it. */
export function logFile(outRoot: string, site: string): string {
  return join(outRoot, '.logs', `${site}.log`);
}

/** Writes the log; `line` points to it, or says why it could not be written. */
export function writeFailureLog(outRoot: string, site: string, log: string): { file?: string; line: string } {
  const file = logFile(outRoot, site);
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Never through a link someone left in its place.
    rmSync(file, { force: true });
    writeFileSync(file, `${log}\n`, { flag: 'wx' });
    return { file, line: `Nhật ký đầy đủ / full log: ${file}` };
  } catch (error) {
    const errno = errnoOf(error);
    return {
      line: `Không ghi được nhật ký / could not write the log ${file}${errno ? `: ${errno.vi} / ${errno.en}` : ''}`,
    };
  }
}

/** An error outside any one site's build (reading the sites folder, writing --report): the command stops. */
export function commandFailure(error: unknown, debug = false): string {
  const errno = errnoOf(error);
  const thrown = error as { message?: string; stack?: string; path?: string } | undefined;
  const file = thrown?.path ? ` Tệp / file: ${shown(thrown.path)}.` : '';
  const reason = errno ?? UNEXPECTED;
  const fix = errno ? { vi: errno.fixVi, en: errno.fixEn } : { vi: UNEXPECTED.fixVi, en: UNEXPECTED.fixEn };
  return [
    `Lệnh dựng dừng: ${reason.vi}.${file} Cách sửa: ${fix.vi}.`,
    `[en] The build command stopped: ${reason.en}. Fix: ${fix.en}.`,
    debug
      ? (thrown?.stack ?? String(error))
      : `Chi tiết / details: ${thrown?.message?.split('\n')[0] ?? String(error)} (--debug: vết ngăn xếp / stack trace)`,
  ].join('\n');
}
