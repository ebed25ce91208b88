/**
 * lib/build-memo.ts: during `astro build` a value every page derives is computed once
 * (a collection, the alert banner); under `npm run dev` it is computed on every call,
 * so an edited file shows on the next request. The mode is read when the module loads,
 * so each case loads it afresh with Vite's DEV flag set as Astro sets it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

async function memoModule(dev: boolean) {
  vi.resetModules();
  vi.stubEnv('DEV', dev);
  return import('../../themes/cong-truong/lib/build-memo.ts');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('oncePerBuild', () => {
  it('in a build, computes each key once and hands every page the same promise', async () => {
    const { oncePerBuildByKey } = await memoModule(false);
    const reads: string[] = [];
    const entries = oncePerBuildByKey(async (name: string) => {
      reads.push(name);
      return [`${name}-1`, `${name}-2`];
    });
    const pages = await Promise.all(Array.from({ length: 1000 }, (_, i) => entries(i % 2 ? 'news' : 'menus')));
    expect(reads).toEqual(['menus', 'news']);
    expect(pages[0]).toBe(pages[2]);
    expect(pages[1]).toEqual(['news-1', 'news-2']);
  });

  it('in a build, a value without a key is computed once', async () => {
    const { oncePerBuild } = await memoModule(false);
    let calls = 0;
    const banner = oncePerBuild(() => ++calls);
    expect([banner(), banner(), banner()]).toEqual([1, 1, 1]);
  });

  it('under the dev server, computes on every call, so an edited entry shows at once', async () => {
    const { oncePerBuild, oncePerBuildByKey } = await memoModule(true);
    let calls = 0;
    const banner = oncePerBuild(() => ++calls);
    const entries = oncePerBuildByKey((name: string) => `${name}:${++calls}`);
    expect([banner(), banner()]).toEqual([1, 2]);
    expect([entries('news'), entries('news')]).toEqual(['news:3', 'news:4']);
  });
});
