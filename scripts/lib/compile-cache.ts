/**
 * Where the build's worker processes keep V8's compiled code of the modules they
 * load (Astro, Vite, the theme's TypeScript), so a fresh process skips compiling
 * them again. Astro's CLI does this only outside CI and in the temp folder; here it
 * lives beside the image cache, which the CI templates keep between runs.
 * CONG_TRUONG_COMPILE_CACHE moves it.
 */
import { resolve } from 'node:path';

export const COMPILE_CACHE_DIR =
  process.env.CONG_TRUONG_COMPILE_CACHE ??
  resolve(import.meta.dirname, '../../node_modules/.cache/cong-truong/node-compile');
