/** The rule list as data for the reports: severity per unit type, basis as for a school. */
import type { AuditContext, Category, Rule, Severity } from '../types.ts';
import { RULES } from '../rules/index.ts';

export interface RuleRow {
  id: string;
  title: string;
  category: Category;
  /** Severity by unit type: layout rules are errors for a Sở, warnings for schools. */
  severity: { truong: Severity; phong: Severity; so: Severity };
  basis: string;
  needs: 'content' | 'dist';
  profileOnly: boolean;
}

function asUnit(unitType: 'truong' | 'phong' | 'so'): AuditContext {
  return { site: { unitType } } as unknown as AuditContext;
}

function pick<T>(value: T | ((ctx: AuditContext) => T), ctx: AuditContext): T {
  return typeof value === 'function' ? (value as (ctx: AuditContext) => T)(ctx) : value;
}

export function ruleRows(rules: readonly Rule[] = RULES): RuleRow[] {
  return rules.map((r) => ({
    id: r.id,
    title: r.title,
    category: r.category,
    severity: {
      truong: pick(r.severity, asUnit('truong')),
      phong: pick(r.severity, asUnit('phong')),
      so: pick(r.severity, asUnit('so')),
    },
    basis: pick(r.basis, asUnit('truong')),
    needs: r.needs,
    profileOnly: !!r.profileOnly,
  }));
}
