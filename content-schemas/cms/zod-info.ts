/**
 * Reads what the CMS needs from a Zod field: its merged `.meta()`, whether it is
 * optional or has a default, the schema that describes the value itself (past
 * optional/default/preprocess/transform wrappers) and that schema's checks.
 */
import type { z } from 'astro/zod';
import type { FieldMeta } from '../fields.ts';

type Def = Record<string, unknown> & { type: string; checks?: { _zod: { def: CheckDef } }[] };
export type AnyZod = z.ZodType & { _zod: { def: Def } };

/** One Zod check, as Zod 4 stores it (`min_length`, `string_format`, …). */
export interface CheckDef {
  check: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  value?: number | bigint;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

export interface FieldInfo {
  /** Metadata merged from the innermost wrapper outwards (outer wins). */
  meta: Partial<FieldMeta>;
  optional: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
  /** The schema describing the value: `string`, `enum`, `object`, `array`, `custom`, … */
  core: AnyZod;
  checks: CheckDef[];
}

function metaOf(schema: AnyZod): Partial<FieldMeta> {
  return (schema.meta() as Partial<FieldMeta> | undefined) ?? {};
}

export function fieldInfo(schema: z.ZodType): FieldInfo {
  const metas: Partial<FieldMeta>[] = [];
  let current = schema as AnyZod;
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  for (;;) {
    metas.unshift(metaOf(current));
    const def = current._zod.def;
    if (def.type === 'optional' || def.type === 'nullable') {
      optional = true;
      current = def.innerType as AnyZod;
    } else if (def.type === 'default' || def.type === 'prefault') {
      hasDefault = true;
      defaultValue = def.defaultValue;
      current = def.innerType as AnyZod;
    } else if (def.type === 'pipe') {
      // preprocess: transform → schema; .transform(): schema → transform.
      const out = def.out as AnyZod;
      current = out._zod.def.type === 'transform' ? (def.in as AnyZod) : out;
    } else {
      break;
    }
  }
  const checks = (current._zod.def.checks ?? []).map((c) => c._zod.def);
  return {
    meta: Object.assign({}, ...metas) as Partial<FieldMeta>,
    optional,
    hasDefault,
    defaultValue,
    core: current,
    checks,
  };
}

/** The shape of an object schema, in declaration order. */
export function shapeOf(schema: AnyZod): [string, AnyZod][] {
  return Object.entries(schema._zod.def.shape as Record<string, AnyZod>);
}

export function checkNumber(checks: CheckDef[], name: string): number | undefined {
  const found = checks.find((c) => c.check === name);
  const value = found?.minimum ?? found?.maximum ?? found?.value;
  return value === undefined ? undefined : Number(value);
}
