// /api/v1/<name>.schema.json: the JSON Schema of the file beside it, generated from content-schemas.
import type { APIRoute, GetStaticPaths } from 'astro';
import { API_FILES, type ApiFileName } from '../../../../../content-schemas/api/index.ts';
import { apiJsonSchema } from '../../../../../content-schemas/api/json-schema.ts';
import { apiFileNames, jsonResponse } from '../../../lib/api/index.ts';

export const getStaticPaths = (() => apiFileNames().map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => jsonResponse(apiJsonSchema(API_FILES[params.name as ApiFileName].schema));
