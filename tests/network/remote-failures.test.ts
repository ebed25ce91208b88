/**
 * The other ways another portal can fail, each a warning naming the file and the
 * reason, never an exception: a host that never answers (timeout), an HTTP error,
 * and a plain-http address on another host (refused before any request).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRemoteUnit } from '../../scripts/lib/network/remote-unit.ts';
import { serve } from '../helpers/serve.ts';

const opts = () => ({
  cacheDir: mkdtempSync(join(tmpdir(), 'cong-truong-lien-thong-')),
  now: new Date('2026-12-10T02:00:00Z'),
  timeoutMs: 300,
});
const closers: (() => Promise<void>)[] = [];

afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
});

describe('a portal that fails', () => {
  it('never answering: a timeout, per file', async () => {
    const silent: Server = createServer(() => {});
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    closers.push(
      () =>
        new Promise((done) => {
          silent.closeAllConnections();
          silent.close(() => done());
        }),
    );
    const address = silent.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    const warnings: string[] = [];
    expect(await readRemoteUnit(url, ['van-ban'], opts(), warnings)).toBeUndefined();
    expect(warnings).toEqual([
      `Liên thông: không đọc được cổng «${url}» (${url}): site.json: quá 0,3 giây không trả lời, chưa có bản lưu nên bỏ qua; van-ban.json: quá 0,3 giây không trả lời, chưa có bản lưu nên bỏ qua. Không có dữ liệu liên thông của đơn vị này trong lần dựng này. | [en] Liên thông: could not read the portal "${url}" (${url}): site.json: no answer within 0.3 s, no saved copy, left out; van-ban.json: no answer within 0.3 s, no saved copy, left out. Nothing of this unit is shown in this build.`,
    ]);
  });

  it('answering 404: an HTTP error', async () => {
    const server = await serve(mkdtempSync(join(tmpdir(), 'cong-truong-empty-')));
    closers.push(server.close);
    const warnings: string[] = [];
    await readRemoteUnit(server.url, ['tin-tuc'], opts(), warnings);
    expect(warnings[0]).toContain('site.json: máy chủ trả lỗi HTTP 404, chưa có bản lưu nên bỏ qua');
    expect(warnings[0]).toContain('tin-tuc.json: the server answered HTTP 404, no saved copy, left out');
  });

  it('on plain http:// to another host: refused without a request', async () => {
    const warnings: string[] = [];
    expect(
      await readRemoteUnit('http://vhxh-hoabinh.thunghiem.edu.vn/', ['tin-tuc'], opts(), warnings),
    ).toBeUndefined();
    expect(warnings).toEqual([
      'Liên thông: bỏ qua cổng http://vhxh-hoabinh.thunghiem.edu.vn/: "http://vhxh-hoabinh.thunghiem.edu.vn/" không dùng https://. Cách sửa: ghi địa chỉ https:// của cổng. | [en] Liên thông: skipped the portal http://vhxh-hoabinh.thunghiem.edu.vn/: "http://vhxh-hoabinh.thunghiem.edu.vn/" does not use https://. Fix: write the portal\'s https:// address.',
    ]);
  });
});
