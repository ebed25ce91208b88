// /api/v1/<name>.json: the portal's data for other portals (the "chuẩn kết nối").
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ApiFileName } from '../../../../../content-schemas/api/index.ts';
import { apiFileNames, apiPayload, jsonResponse } from '../../../lib/api/index.ts';

export const getStaticPaths = (() => apiFileNames().map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => jsonResponse(await apiPayload(params.name as ApiFileName));
