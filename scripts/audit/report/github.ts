/** `--ci github`: workflow commands that GitHub Actions shows as annotations on the files. */
import type { SiteResult, Severity } from '../types.ts';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub's escaping: data escapes %, CR, LF; properties also : and ,. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubAnnotations(results: readonly SiteResult[]): string[] {
  return results.flatMap((r) =>
    r.findings.map((f) => {
      const props = [
        f.file ? `file=${escapeProperty(f.file)}` : '',
        f.file && f.line ? `line=${f.line}` : '',
        `title=${escapeProperty(`${r.id}: ${f.rule}`)}`,
      ].filter(Boolean);
      const where = f.url ? ` (${f.url})` : '';
      return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(`${f.message}${where} Căn cứ: ${f.basis}. Cách sửa: ${f.fix}`)}`;
    }),
  );
}
