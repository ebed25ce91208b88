/**
 * `npm run dev -- --site <id>`: astro dev for one site with its admin at /admin/
 * (generated config with local_backend) and decap-server on 127.0.0.1.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_SITES_DIR, ROOT, TEST_OUTPUT } from '../helpers/paths.ts';
import { createSiteRepo, freePort } from './helpers/sandbox.ts';

const DEV = join(ROOT, 'scripts/dev.ts');
let child: ChildProcess | undefined;

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((done) => child?.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
});

async function waitFor(url: string, ms: number): Promise<Response> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return res;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('npm run dev', () => {
  it('serves /admin/ from astro dev with the local backend, and decap-server', async () => {
    const [port, cmsPort] = [await freePort(), await freePort()];
    let log = '';
    child = spawn(
      process.execPath,
      [DEV, '--site', 'mini', '--sites-dir', FIXTURE_SITES_DIR, '--port', String(port), '--cms-port', String(cmsPort)],
      {
        cwd: ROOT,
        env: { ...process.env, CONG_TRUONG_CACHE_DIR: join(TEST_OUTPUT, 'dev-astro-cache') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout?.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
    try {
      const config = await (await waitFor(`http://localhost:${port}/admin/config.yml`, 120_000)).text();
      expect(config).toContain(`local_backend:\n  url: http://localhost:${cmsPort}/api/v1`);
      expect(config).toContain('folder: tests/fixtures/sites/mini/content/tin-tuc');
      const html = await (await fetch(`http://localhost:${port}/admin/`)).text();
      expect(html).toContain(`http://127.0.0.1:${cmsPort}`);
      const entry = /src="\/admin\/(cms-[\w-]+\.js)"/.exec(html)?.[1];
      expect((await fetch(`http://localhost:${port}/admin/${entry}`)).headers.get('content-type')).toMatch(
        /javascript/,
      );
      const info = await fetch(`http://127.0.0.1:${cmsPort}/api/v1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"action":"info","params":{}}',
      });
      expect(await info.json()).toMatchObject({ type: 'local_fs' });
    } catch (error) {
      writeFileSync(join(TEST_OUTPUT, 'cms-dev.log'), log);
      throw error;
    }
  });

  it('refuses --git on a working copy with uncommitted changes', () => {
    const repo = createSiteRepo(join(FIXTURE_SITES_DIR, 'mini'));
    try {
      writeFileSync(join(repo.root, 'ghi-chu.txt'), 'chưa commit');
      const run = spawnSync(process.execPath, [DEV, '--site', 'mini', '--sites-dir', repo.sitesDir, '--git'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('Hãy commit hoặc stash trước');
    } finally {
      repo.remove();
    }
  });

  it('names the sites when the one asked for does not exist', () => {
    const run = spawnSync(process.execPath, [DEV, '--site', 'khong-co', '--sites-dir', FIXTURE_SITES_DIR], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Không có trường "khong-co".*mini/);
  });
});
