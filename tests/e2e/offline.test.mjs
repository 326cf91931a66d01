// Embedding, offline use, the one-file edition, the codebook, the security
// policy and print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, startHost, launch, newPage, ready, openDetails, DIST } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('index.html carries a strict Content-Security-Policy and no inline script', async () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/);
  assert.ok(csp, 'policy present');
  assert.match(csp[1], /default-src 'self'/);
  assert.match(csp[1], /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(csp[1], /unsafe-inline/);
  assert.doesNotMatch(csp[1], /'unsafe-eval'/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'every script has a src');
  const page = await newPage(browser);
  await page.goto(server.base);
  await ready(page);
  await page.assertClean();
});

test('embedded in a page of another origin, a view drops the chrome', async () => {
  const host = await startHost(server.base, '#/trace/b3?embed=1', 600);
  try {
    const page = await newPage(browser);
    await page.goto(host.url);
    const frame = page.frameLocator('iframe[title="Explorer"]');
    await frame.locator('main h1').waitFor();
    assert.match(await frame.locator('main h1').textContent(), /^b3 R&D team building/);
    assert.equal(await frame.locator('nav').count(), 0, 'no site navigation');
    const open = frame.getByRole('link', { name: 'Open in full explorer' });
    assert.match(await open.getAttribute('href'), /#\/trace\/b3$/);
    assert.equal(await open.getAttribute('target'), '_blank');
    await page.assertClean();
  } finally {
    await host.close();
  }
});

test('every view offers its link and an iframe snippet, and its citation', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/firms?study_abroad=yes`);
  await ready(page);
  await openDetails(page.getByText('Share / Embed', { exact: true }));
  const link = await page.getByLabel('Link to this view').inputValue();
  assert.ok(link.endsWith('#/firms?study_abroad=yes'), link);
  const snippet = await page.getByLabel('Embed in a course page').inputValue();
  assert.match(snippet, /^<iframe src="[^"]+#\/firms\?study_abroad=yes&amp;embed=1"|^<iframe src="[^"]+#\/firms\?study_abroad=yes&embed=1"/);
  // One click copies the link.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.match(await page.locator('.share-cite .copied').first().textContent(), /Copied/);
  await page.goto(`${server.base}#/trace/b3`);
  await ready(page);
  await openDetails(page.getByText('Cite this view', { exact: true }));
  // The panel's content is built as it opens.
  await page.locator('.share-cite .citation').first().waitFor();
  const citation = await page.locator('.share-cite .citation').allTextContents();
  assert.equal(citation.length, 1, 'one paper for a code');
  assert.match(citation[0], /^Zhang, L\., Chen, P\., & Lv, X\. \(2023\)/);
  await page.assertClean();
});

test('after one visit the app reloads and works with no network', async () => {
  // A server of its own, so that it can be shut down.
  const own = await startServer();
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${own.base}#/trace/b3`);
  await ready(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await ready(page);
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the service worker controls the page');
  // Cut the network with the devtools protocol, and stop the server too.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await own.close();
  await page.reload();
  await ready(page);
  assert.match(await page.locator('main h1').textContent(), /^b3 R&D team building/);
  await page.evaluate(() => { location.hash = '#/firms?foreign_origin=yes'; });
  await page.waitForFunction(() => document.querySelector('[role=status][aria-live=polite]')?.textContent === '5 firms');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the one-file edition works from file://', async () => {
  const file = path.join(DIST, 'standalone.html');
  const html = fs.readFileSync(file, 'utf8');
  assert.doesNotMatch(html, /<link[^>]+href=|<script[^>]+src=/, 'nothing is loaded from other files');
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`file://${file}#/trace/a13`);
  await ready(page);
  assert.equal(await page.getByRole('list', { name: /^Trace a13/ }).count(), 2);
  await page.evaluate(() => { location.hash = '#/firms?ceo_international=yes'; });
  await page.waitForFunction(() => document.querySelector('[role=status][aria-live=polite]')?.textContent === '6 firms');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the one-file edition offers the open data from inside itself, byte for byte', async () => {
  const file = path.join(DIST, 'standalone.html');
  const html = fs.readFileSync(file, 'utf8');
  assert.match(html, /<meta name="sme-explorer-edition" content="one-file">/, 'the marker tools/site writes');
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(`file://${file}#/data`);
  await ready(page);
  assert.equal(await page.getByRole('link', { name: /standalone\.html/ }).count(), 0, 'no link to a file that is not there');
  const downloads = page.getByRole('region', { name: 'Open data' });
  for (const [name, expected] of [['Download dataset.json', 'dataset.json'], ['Download the codebook (codebook.qdc)', 'codebook.qdc'], ['codes.csv', 'data/codes.csv'], ['beijing-table1.csv', 'data/beijing-table1.csv'], ['DICTIONARY.md', 'data/DICTIONARY.md']]) {
    const [download] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('link', { name, exact: true }).first().click()]);
    assert.equal(download.suggestedFilename(), path.basename(expected));
    const bytes = fs.readFileSync(await download.path());
    assert.ok(bytes.equals(fs.readFileSync(path.join(DIST, expected))), `${expected} is identical to the hosted file`);
  }
  assert.match(page.url(), /#\/data$/, 'the page stayed where it was');
  assert.deepEqual(errors, []);
  await context.close();
});

test('codebook.qdc nests the coding scheme as REFI-QDA codes', async () => {
  const page = await newPage(browser);
  await page.goto(server.base);
  await ready(page);
  const result = await page.evaluate(async () => {
    const text = await (await fetch('codebook.qdc')).text();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return { error: 'not well-formed' };
    const root = doc.documentElement;
    const codes = [...doc.getElementsByTagNameNS('urn:QDA-XML:codebook:1.0', 'Code')];
    const pathOf = (c) => { const p = []; for (let n = c; n && n.localName === 'Code'; n = n.parentElement) p.unshift(n.getAttribute('name').split(' ')[0]); return p.join('/'); };
    return {
      ns: root.namespaceURI, name: root.localName,
      tops: [...root.children[0].children].map((c) => c.getAttribute('name')),
      count: codes.length,
      paths: codes.map(pathOf),
      guids: new Set(codes.map((c) => c.getAttribute('guid'))).size,
    };
  });
  assert.equal(result.ns, 'urn:QDA-XML:codebook:1.0');
  assert.equal(result.name, 'CodeBook');
  assert.deepEqual(result.tops, ['C1 Innovation team', 'C2 Innovation principles', 'C3 Innovation base']);
  assert.equal(result.count, 149 + 52 + 22 + 9 + 3);
  assert.equal(result.guids, result.count, 'GUIDs are unique');
  assert.ok(result.paths.includes('C1/S1/A1/b1/a13') && result.paths.includes('C2/S3/A6/b16/a13'));
  await page.assertClean();
});

test('views print without navigation, and as PDF pages', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/trace/a13`);
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('nav').isVisible(), false, 'navigation is not printed');
  assert.equal(await page.locator('.share-cite').isVisible(), false, 'share panel is not printed');
  assert.equal(await page.locator('main h1').isVisible(), true);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  assert.ok(pdf.length > 5000, 'a real PDF');
  if (process.env.PRINT_DIR) fs.writeFileSync(path.join(process.env.PRINT_DIR, 'trace-a13.pdf'), pdf);
  await page.assertClean();
});

test('_headers caches every hashed file the page loads for a year and revalidates the page and the service worker', () => {
  const headers = fs.readFileSync(path.join(DIST, '_headers'), 'utf8');
  const rule = (p) => {
    const lines = headers.split('\n');
    const at = lines.indexOf(p);
    assert.ok(at >= 0, `${p} has a rule`);
    return lines[at + 1].trim();
  };
  // The page and its start-up script (which fetches the wasm, no longer
  // preloaded by the page: see tests/e2e/first-paint.test.mjs).
  const page = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const boot = page.match(/boot-[0-9a-f]+\.js/);
  assert.ok(boot, 'the page names its start-up script');
  const html = page + fs.readFileSync(path.join(DIST, boot[0]), 'utf8');
  const hashed = [...new Set([...html.matchAll(/\.\/((?:boot|sme-explorer|styles)-[0-9a-f]+(?:_bg)?\.(?:js|wasm|css))/g)].map((m) => m[1]))];
  assert.ok(hashed.length >= 4, `the page loads its hashed files: ${hashed}`);
  for (const name of hashed) assert.equal(rule(`/${name}`), 'Cache-Control: public, max-age=31536000, immutable', name);
  for (const p of ['/', '/index.html', '/sw.js', '/dataset.json']) assert.equal(rule(p), 'Cache-Control: no-cache', p);
  // The service worker does not cache the host's rules file.
  assert.doesNotMatch(fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8'), /_headers/);
});
