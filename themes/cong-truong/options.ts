/**
 * The theme's options, validated where they enter (the integration), so a typo in
 * astro.config.mjs is named with its fix instead of surfacing as a broken page later.
 * The site config itself is checked against the same schema as site.yaml.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { ContentError, type Problem } from '../../content-schemas/errors.ts';
import type { Network } from '../../content-schemas/network.ts';
import { siteSchema, type SiteConfig } from '../../content-schemas/site.ts';
import { SLUG_PATTERN } from '../../content-schemas/validate.ts';

export interface ThemeOptions {
  /** The site's folder name under the sites folder, e.g. `thcs-nguyen-du`. */
  siteId: string;
  /** That folder (holding site.yaml, content/, media/, public/). */
  siteDir: string;
  /** The site's config as `loadSiteConfig(siteDir)` returns it. */
  site: SiteConfig;
  /** Liên thông data assembled by the build (scripts/lib/network/); none by default. */
  network?: Network;
}

/** Where the options are written: what the messages name as the file. */
const CONFIG_FILE = 'astro.config.mjs';
const OPTION_NAMES = ['siteId', 'siteDir', 'site', 'network'];

const networkShape = z.looseObject({
  ancestors: z.array(z.unknown()),
  upstream: z.looseObject({
    documents: z.array(z.unknown()),
    notices: z.array(z.unknown()),
    alerts: z.array(z.unknown()),
  }),
  members: z.array(z.unknown()),
  warnings: z.array(z.string()),
});

const problem = (field: string, vi: string, en: string): Problem => ({ file: CONFIG_FILE, field, vi, en });

function unknownOptions(options: Record<string, unknown>): Problem[] {
  return Object.keys(options)
    .filter((key) => !OPTION_NAMES.includes(key))
    .map((key) =>
      problem(
        key,
        `congTruong(): không có tuỳ chọn «${key}». Cách sửa: bỏ nó; giao diện nhận ${OPTION_NAMES.join(', ')}.`,
        `congTruong(): there is no option "${key}". Fix: remove it; the theme takes ${OPTION_NAMES.join(', ')}.`,
      ),
    );
}

function siteIdProblems(siteId: unknown): Problem[] {
  if (typeof siteId === 'string' && SLUG_PATTERN.test(siteId)) return [];
  return [
    problem(
      'siteId',
      `congTruong(): tuỳ chọn «siteId» là ${JSON.stringify(siteId)}, không phải tên thư mục của một trường. Cách sửa: ghi tên thư mục trong sites/, chữ thường không dấu nối bằng gạch ngang, ví dụ "thcs-nguyen-du".`,
      `congTruong(): option "siteId" is ${JSON.stringify(siteId)}, not a site's folder name. Fix: give the folder's name under sites/, lowercase ASCII words joined by hyphens, e.g. "thcs-nguyen-du".`,
    ),
  ];
}

function siteDirProblems(siteDir: unknown): Problem[] {
  if (typeof siteDir === 'string' && siteDir && existsSync(join(siteDir, 'site.yaml'))) return [];
  return [
    problem(
      'siteDir',
      `congTruong(): tuỳ chọn «siteDir» (${JSON.stringify(siteDir)}) không phải thư mục có site.yaml. Cách sửa: ghi đường dẫn tới thư mục của trường, ví dụ "./sites/thcs-nguyen-du".`,
      `congTruong(): option "siteDir" (${JSON.stringify(siteDir)}) is not a folder holding site.yaml. Fix: give the path of the site's folder, e.g. "./sites/thcs-nguyen-du".`,
    ),
  ];
}

function schemaProblems(option: 'site' | 'network', schema: z.ZodType, value: unknown, fix: Problem): Problem[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.slice(0, 5).map((issue) => {
    const path = [option, ...issue.path.map(String)].join('.');
    return problem(path, `${fix.vi} (${path}: ${issue.message})`, `${fix.en} (${path}: ${issue.message})`);
  });
}

/** The options, checked; throws a ContentError naming each wrong option and its fix. */
export function validateThemeOptions(options: unknown): ThemeOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ContentError([
      problem(
        '(tuỳ chọn)',
        'congTruong() cần một đối tượng tuỳ chọn. Cách sửa: congTruong({ siteId, siteDir, site }).',
        'congTruong() needs an options object. Fix: congTruong({ siteId, siteDir, site }).',
      ),
    ]);
  }
  const given = options as Record<string, unknown>;
  const problems = [
    ...unknownOptions(given),
    ...siteIdProblems(given.siteId),
    ...siteDirProblems(given.siteDir),
    ...schemaProblems(
      'site',
      siteSchema,
      given.site,
      problem(
        'site',
        'congTruong(): tuỳ chọn «site» không phải cấu hình hợp lệ của trường. Cách sửa: truyền kết quả của loadSiteConfig(siteDir)',
        'congTruong(): option "site" is not a valid site config. Fix: pass what loadSiteConfig(siteDir) returns',
      ),
    ),
    ...(given.network === undefined
      ? []
      : schemaProblems(
          'network',
          networkShape,
          given.network,
          problem(
            'network',
            'congTruong(): tuỳ chọn «network» không phải dữ liệu liên thông. Cách sửa: truyền readNetworkFile() hoặc bỏ tuỳ chọn này',
            'congTruong(): option "network" is not liên thông data. Fix: pass readNetworkFile() or leave the option out',
          ),
        )),
  ];
  if (problems.length) throw new ContentError(problems);
  return given as unknown as ThemeOptions;
}
