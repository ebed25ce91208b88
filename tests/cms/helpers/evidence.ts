/**
 * The hooks every Chromium CMS suite shares, written once: after each test, what a
 * failure looked like and the test's page closed; after all, the browser, the
 * servers and the temporary repository gone.
 */
import { afterAll, afterEach } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../../helpers/serve.ts';
import { TEST_OUTPUT } from '../../helpers/paths.ts';
import type { DecapServer, SiteRepo } from './sandbox.ts';

/** What a suite has set up; any part may be missing (a suite without decap-server, or a beforeAll that failed). */
export interface Sandbox {
  /** The page of the running test. */
  page?: Page;
  browser?: Browser;
  server?: StaticServer;
  decap?: DecapServer;
  repo?: SiteRepo;
}

/**
 * Registers afterEach and afterAll in the calling test file. `sandbox` is a getter
 * because the suite's beforeAll and tests assign these after this call. With
 * `evidence`, a failed test leaves `<evidence>-<test name>.png` (its page) and
 * `.decap-server.log` in TEST_OUTPUT, the two things needed to see why in CI.
 */
export function cleanUpAfter(sandbox: () => Sandbox, evidence?: string): void {
  afterEach(async (context) => {
    const { page, decap } = sandbox();
    if (evidence && context.task.result?.state === 'fail' && page && !page.isClosed()) {
      mkdirSync(TEST_OUTPUT, { recursive: true });
      const name = `${evidence}-${context.task.name.replace(/\W+/g, '-')}`;
      await page.screenshot({ path: join(TEST_OUTPUT, `${name}.png`), fullPage: true }).catch(() => undefined);
      if (decap) writeFileSync(join(TEST_OUTPUT, `${name}.decap-server.log`), decap.log.join(''));
    }
    // Each page is opened in a context of its own (browser.newPage, openPhoneAdmin), so
    // closing the context closes the page and whatever it opened; closing twice is harmless.
    await page
      ?.context()
      .close()
      .catch(() => undefined);
  });

  afterAll(async () => {
    const { browser, server, decap, repo } = sandbox();
    await browser?.close();
    await server?.close();
    await decap?.stop();
    repo?.remove();
  });
}
