/**
 * The JSON Schema (draft 2020-12) of a payload, generated from its Zod schema and
 * published beside the file. Field metadata made for the CMS becomes standard
 * keywords, so any validator in strict mode reads the schema without extensions:
 * `title` stays (Vietnamese label), the English label joins `description`, `example`
 * becomes `examples`; CMS-only keys (widget, list summary, option labels) go.
 */
import { z } from 'astro/zod';

const CMS_ONLY = ['widget', 'summary', 'options', 'default'] as const;

function standardise(schema: Record<string, unknown>): void {
  const { en, example } = schema;
  // A wrapper (`.optional()`) may repeat its field's labels: the English one is added once.
  const description =
    typeof schema.description === 'string' ? schema.description.replace(/(^| \| )\[en\] .*$/, '') : '';
  if (typeof en === 'string') schema.description = description ? `${description} | [en] ${en}` : `[en] ${en}`;
  if (example !== undefined) schema.examples = [example];
  for (const key of ['en', 'example', ...CMS_ONLY]) delete schema[key];
}

export function apiJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    // The files hold parsed values: dates as strings, defaults filled in.
    io: 'output',
    override: ({ jsonSchema }) => standardise(jsonSchema as Record<string, unknown>),
  }) as Record<string, unknown>;
}
