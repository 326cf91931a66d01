// Robustness: 2,000 random and malformed routes each leave a working page
// that shows a view or a clear message, and the panic hook never fires.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, ready } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A small deterministic generator, so a failure can be reproduced. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function randomRoutes(count) {
  const r = rng(20261124);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const views = ['', 'trace', 'trace/', 'firms', 'firm', 'study', 'data', 'nowhere', 'TRACE', 'trace/b3', 'firm/CF7'];
  const pieces = ['b3', 'a13', 'C1', 'IL6', 'CF7', 'zz9', '%', '%2', '%ZZ', '%E4%BA%BA', '%F0%9F%98%80', '人才', '🙂', '..', '/', '//',
    '?', '&', '=', '#', ' ', '%00', '\u202e', 'a'.repeat(300), 'x'.repeat(10000), '<script>', '"', "'", '\\', 'embed=1'];
  const params = ['personal_connections', 'study_abroad', 'work_abroad', 'foreign_origin', 'ceo_international', 'study', 'q', 'embed', 'x', '', '%'];
  const values = ['yes', 'no', 'maybe', '', '1', 'beijing-smes', 'small-giants', 'nowhere', '%ZZ', '人', 'y'.repeat(5000)];
  const out = [];
  for (let i = 0; i < count; i++) {
    let path = '#/' + pick(views);
    const depth = Math.floor(r() * 3);
    for (let d = 0; d < depth; d++) path += '/' + pick(pieces);
    if (r() < 0.6) {
      const n = 1 + Math.floor(r() * 4);
      path += '?' + Array.from({ length: n }, () => `${pick(params)}=${pick(values)}`).join('&');
    }
    if (r() < 0.1) path = '#' + pick(pieces) + pick(pieces);
    out.push(path);
  }
  return out;
}

test('2,000 random and malformed routes each leave a working page', async () => {
  const page = await newPage(browser);
  await page.goto(server.base);
  await ready(page);
  const routes = randomRoutes(2000);
  // Drive the routes inside the page: set the hash, wait for the render, read
  // the heading. Batched to keep the test fast.
  const failures = await page.evaluate(async (list) => {
    const bad = [];
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    for (const hash of list) {
      location.hash = hash;
      await frame();
      // A family of views seen for the first time fetches its part of the
      // wasm first (tests/e2e/split.test.mjs), saying so meanwhile.
      for (let i = 0; i < 200 && document.querySelector('main#main p.loading[role=status]'); i++) await frame();
      const h1 = document.querySelector('main#main h1');
      const panicked = document.documentElement.getAttribute('data-panicked');
      if (panicked || !h1 || !h1.textContent.trim()) bad.push(hash.slice(0, 120));
      if (panicked) break;
    }
    return bad;
  }, routes);
  assert.deepEqual(failures, []);
  // The app still navigates normally afterwards.
  await page.evaluate(() => { location.hash = '#/trace/b3'; });
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent.startsWith('b3'));
  await page.assertClean();
});

test('the page never renders route text as HTML', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/trace/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
  await ready(page);
  assert.equal(await page.locator('main img').count(), 0);
  assert.match(await page.locator('main h1').textContent(), /<img src=x onerror=alert\(1\)>/);
  await page.assertClean();
});
