/**
 * `--json`: the machine-readable report. Shape (schemaVersion 1, stable; new fields may
 * be added, none removed or renamed):
 *
 * { schemaVersion: 1, tool: "cong-truong-audit", date: "YYYY-MM-DD",
 *   sites: [{ id, name, shortName, unitType, level, profile, built, score, band, rank,
 *             counts: { error, warning, info }, penalties: { <category>: number },
 *             findings: [{ rule, severity: "error"|"warning"|"info", severityLabel,
 *                          category, message, basis, fix, file?, line?, url? }] }],
 *   rules: [{ id, title, category, severity: { truong, phong, so }, basis, needs, profileOnly }],
 *   configErrors: [{ site, message }] }
 */
import type { Ranked } from '../index.ts';
import { SEVERITY_LABELS } from '../types.ts';
import { ruleRows } from './rules-table.ts';

export interface JsonReport {
  schemaVersion: 1;
  tool: 'cong-truong-audit';
  date: string;
  sites: unknown[];
  rules: ReturnType<typeof ruleRows>;
  configErrors: { site: string; message: string }[];
}

export function jsonReport(
  results: readonly Ranked[],
  date: string,
  configErrors: { site: string; message: string }[] = [],
): JsonReport {
  return {
    schemaVersion: 1,
    tool: 'cong-truong-audit',
    date,
    sites: results.map((r) => ({
      id: r.id,
      name: r.name,
      shortName: r.shortName,
      unitType: r.unitType,
      level: r.level ?? null,
      profile: r.profile,
      built: r.built,
      score: r.score,
      band: r.band,
      rank: r.rank,
      counts: r.counts,
      penalties: r.penalties,
      findings: r.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        severityLabel: SEVERITY_LABELS[f.severity],
        category: f.category,
        message: f.message,
        basis: f.basis,
        fix: f.fix,
        ...(f.file ? { file: f.file } : {}),
        ...(f.line ? { line: f.line } : {}),
        ...(f.url ? { url: f.url } : {}),
      })),
    })),
    rules: ruleRows(),
    configErrors,
  };
}
