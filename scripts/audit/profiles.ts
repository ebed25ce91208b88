/**
 * Province profiles (regulations decision 6): local targets on top of the law, as data
 * files in `profiles/<id>.yaml`. A site picks one with `profile:` in site.yaml; the
 * default `mac-dinh` is the law only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';

const PROFILES_DIR = fileURLToPath(new URL('./profiles/', import.meta.url));

export const DEFAULT_PROFILE = 'mac-dinh';

/** Machine names (JSON, CI); the Vietnamese labels are in types.ts SEVERITY_LABELS. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

const severity = z.enum(SEVERITIES);

const profileSchema = z.object({
  /** Vietnamese name shown in reports. */
  name: z.string().min(1),
  description: z.string().default(''),
  /** The local document the targets come from, quoted in every finding of its rules. */
  basis: z.string().default(''),
  /** Rule id → its parameters; `severity` overrides the rule's default. */
  rules: z.record(z.string(), z.looseObject({ severity: severity.optional() })).default({}),
  /** Extra domains that outbound links may point to (subdomains included). */
  allowDomains: z.array(z.string().regex(/^[a-z0-9.-]+$/)).default([]),
});

/** A validated profile; `rules` maps a rule id to its parameters (and optional severity). */
export type Profile = z.output<typeof profileSchema> & { id: string };

/** Raised for a profile that is missing or malformed: the audit cannot judge the site. */
export class AuditConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditConfigError';
  }
}

export function listProfiles(): string[] {
  return readdirSync(PROFILES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** Loads and validates a profile; `knownRules` are the ids a profile may configure. */
export function loadProfile(id: string, knownRules: readonly string[], from = 'site.yaml'): Profile {
  const file = `${PROFILES_DIR}${id}.yaml`;
  if (!/^[a-z0-9-]+$/.test(id) || !existsSync(file)) {
    throw new AuditConfigError(
      `${from}: không có bộ tiêu chí «${id}» (profile). Có: ${listProfiles().join(', ')}. ` +
        `Cách sửa: ghi "profile: ${DEFAULT_PROFILE}" (chỉ theo quy định pháp luật) hoặc tên một bộ tiêu chí có sẵn, ` +
        `hoặc thêm tệp scripts/audit/profiles/${id}.yaml. | ${from}: unknown profile "${id}".`,
    );
  }
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AuditConfigError(`scripts/audit/profiles/${id}.yaml: lỗi cú pháp YAML (${String(error)}).`);
  }
  const parsed = profileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AuditConfigError(
      `scripts/audit/profiles/${id}.yaml: trường «${issue?.path.join('.') || '(tệp)'}» không hợp lệ (${issue?.message}).`,
    );
  }
  const unknown = Object.keys(parsed.data.rules).filter((r) => !knownRules.includes(r));
  if (unknown.length) {
    throw new AuditConfigError(
      `scripts/audit/profiles/${id}.yaml: không có quy tắc «${unknown.join(', ')}». Các quy tắc: ${knownRules.join(', ')}.`,
    );
  }
  return { id, ...parsed.data };
}
