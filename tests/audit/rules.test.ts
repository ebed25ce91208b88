/**
 * Every rule against a clean base fixture: the base passes, and each mutation (one per
 * rule, helpers/mutations.ts) makes the audit report that rule and no other.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { RULES, auditSite } from '../../scripts/audit/index.ts';
import { REF_DATE, describeFindings, rulesHit, variant } from './helpers/variant.ts';
import { MUTATIONS } from './helpers/mutations.ts';

describe('the base fixture', () => {
  it('passes every rule at the reference date', () => {
    const result = variant().audit();
    expect(describeFindings(result)).toEqual([]);
    expect(result.score).toBe(100);
  });
});

describe('auditSite', () => {
  it('accepts the output root (dist) as well as the site’s own folder (dist/<id>)', () => {
    const v = variant();
    const result = auditSite(v.siteDir, join(v.root, 'dist'), { date: REF_DATE, root: v.root });
    expect(result.built).toBe(true);
    expect(describeFindings(result)).toEqual([]);
  });
});

describe('one mutation, one rule', () => {
  it.each(MUTATIONS.map((m) => [m.rule, m.what, m] as const))('%s: %s', (rule, _what, mutation) => {
    const v = variant();
    mutation.apply(v);
    const result = v.audit();
    expect(rulesHit(result), describeFindings(result).join('\n')).toEqual([rule]);
    if (mutation.severity)
      expect(result.findings.map((f) => f.severity)).toEqual(result.findings.map(() => mutation.severity));
    if (mutation.message) expect(result.findings[0]?.message).toMatch(mutation.message);
  });

  it('covers every rule that is not profile-only', () => {
    const covered = new Set(MUTATIONS.map((m) => m.rule));
    const missing = RULES.filter((r) => !r.profileOnly && !covered.has(r.id)).map((r) => r.id);
    // Preschool-only rules are covered in preschool.test.ts.
    expect(missing.sort()).toEqual(['ke-hoach-thang', 'ke-hoach-tuan']);
  });
});
