// Safe updates across two deployments: a returning visitor whose service
// worker holds the first build, when the host now serves a second build (a
// real second `trunk build`, SME_BUILD_LABEL=second, into target/dist-second
// by scripts/test.sh), keeps running the first build whole, is told "A new
// version is available" in a polite status with a Reload button, and after
// Reload runs the second build whole: its page, its wasm, no file of the first.
import fs from 'node:fs';
import path from 'node:path';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, startServer, launch, newPage } from './harness.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const SECOND = process.env.DIST_SECOND || path.join(ROOT, 'target/dist-second');
let root = DIST;
let server, base, browser;

before(async () => {
  // As a static host that follows _headers: the page and the service worker
  // are revalidated.
  server = await startServer(() => root, (file) => (/\/(index\.html|sw\.js)$/.test(file) ? { 'cache-control': 'no-cache' } : {}));
  base = server.base;
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** The hashed wasm file a build's page loads. */
const wasmOf = (dir) => fs.readdirSync(dir).find((f) => f.endsWith('_bg.wasm'));

test('a returning visitor is offered the new version, and Reload runs it whole', async () => {
  assert.ok(fs.existsSync(path.join(SECOND, 'index.html')), `the second build is at ${SECOND} (scripts/test.sh builds it)`);
  const first = wasmOf(DIST);
  const second = wasmOf(SECOND);
  assert.notEqual(first, second, 'the two builds differ in code');
  const page = await newPage(browser);
  await page.goto(`${base}#/learn`);
  await page.waitForSelector('main#main h1');
  // The service worker installs and takes control; the next visit starts
  // under it.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  await page.reload();
  await page.waitForSelector('main#main h1');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.build), undefined, 'the first build runs');
  const notice = page.getByRole('status').filter({ hasText: 'A new version is available' });
  assert.equal(await notice.count(), 0);

  // The host deploys the second build; the visitor comes back.
  root = SECOND;
  await page.reload();
  await page.waitForSelector('main#main h1');
  await notice.waitFor({ timeout: 20000 });
  // Still the first build, whole: its page's data and no file of the second.
  assert.equal(await page.evaluate(() => document.documentElement.dataset.build), undefined);
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
  assert.ok(loaded.some((p) => p.endsWith(first)), 'the first build\'s wasm');
  assert.ok(!loaded.some((p) => p.endsWith(second)), 'no wasm of the second build');
  // The rest of the page keeps working meanwhile.
  await page.getByRole('link', { name: 'Find the firms', exact: true }).click();
  await page.waitForFunction(() => location.hash === '#/learn/find-firms');

  await notice.getByRole('button', { name: 'Reload' }).click();
  await page.waitForFunction(() => document.documentElement.dataset.build === 'second', null, { timeout: 20000 });
  await page.waitForSelector('main#main h1');
  const after = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
  assert.ok(after.some((p) => p.endsWith(second)), 'the second build\'s wasm');
  assert.ok(!after.some((p) => p.endsWith(first)), 'no wasm of the first build');
  assert.equal(await page.evaluate(() => location.hash), '#/learn/find-firms', 'the reader stays on the view');
  assert.equal(await notice.count(), 0, 'no notice once updated');
  await page.assertClean();
});
