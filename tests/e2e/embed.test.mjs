// The embed protocol: a course page on a second origin embeds a view; the
// view reports its height (ours and lti.frameResize) matching the framed
// document within 2 px, again after navigation, and the view it shows; the
// host's navigate request changes the view; embed.js sizes the iframe;
// malformed messages leave the page working with no console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer, launch, newPage, openDetails } from './harness.mjs';

let server, browser, host;
before(async () => {
  server = await startServer();
  browser = await launch();
  host = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>Course page</title><h1>Week 3</h1>
      <script>window.received = []; addEventListener('message', (e) => { if (e.origin !== location.origin) window.received.push(e.data); });</script>
      <script src="${server.base}embed.js"></script>
      <iframe title="Explorer" src="${server.base}#/trace/a13?embed=1" width="800" height="300"></iframe>`);
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
});
after(async () => { await browser?.close(); await server?.close(); await new Promise((r) => host.close(r)); });

const explorerFrame = (page) => page.frames().find((f) => f.url().includes('#/'));

test('an embedded view reports its height and its view; embed.js sizes the iframe; the host can navigate it', async () => {
  const page = await newPage(browser);
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  const frame = page.frameLocator('iframe[title="Explorer"]');
  await frame.locator('main h1').waitFor();
  const received = () => page.evaluate(() => window.received);
  await page.waitForFunction(() => window.received.some((m) => m?.type === 'sme-explorer:resize'));
  const explorer = explorerFrame(page);
  // The content's height: the body's (the document is never shorter than its frame).
  const heightNow = () => explorer.evaluate(() => document.body.scrollHeight);
  const lastResize = async (key, value) => (await received()).filter((m) => m?.[key] === value).at(-1);
  await page.waitForFunction(async () => true);
  let ours = await lastResize('type', 'sme-explorer:resize');
  assert.ok(Math.abs(ours.height - await heightNow()) <= 2, `${ours.height} against ${await heightNow()}`);
  const lti = await lastResize('subject', 'lti.frameResize');
  assert.equal(lti.height, ours.height);
  // embed.js gives the iframe that height: no second scroll bar.
  await page.waitForFunction((h) => Math.abs(document.querySelector('iframe').clientHeight - h) <= 2, ours.height);
  // Navigation: a view message and a new height.
  await frame.getByRole('list', { name: /^Trace a13 to C1/ }).getByRole('link', { name: /^C1/ }).click();
  await page.waitForFunction(() => window.received.some((m) => m?.type === 'sme-explorer:view' && m.route === '#/trace/C1'));
  const view = await lastResize('type', 'sme-explorer:view');
  assert.match(view.title, /^Trace C1 · SME Innovation Explorer$/);
  await page.waitForFunction(async () => true);
  ours = await lastResize('type', 'sme-explorer:resize');
  await page.waitForTimeout(200);
  ours = await lastResize('type', 'sme-explorer:resize');
  assert.ok(Math.abs(ours.height - await heightNow()) <= 2, `after navigation: ${ours.height} against ${await heightNow()}`);
  // The host asks for a view; the explorer shows it, still embedded.
  await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage({ type: 'sme-explorer:navigate', route: '#/firms?study_abroad=yes' }, '*'));
  await frame.locator('[role=status][aria-live=polite]', { hasText: /firms$/ }).waitFor();
  assert.match(explorerFrame(page).url(), /#\/firms\?study_abroad=yes&embed=1$/);
  await page.waitForFunction(() => window.received.some((m) => m?.type === 'sme-explorer:view' && m.route === '#/firms?study_abroad=yes'));
  // A frame made very tall does not make the view report more: the height is
  // the content's, so there is no feedback loop between frame and content.
  await page.evaluate(() => { document.querySelector('iframe').style.height = '6000px'; });
  await page.waitForTimeout(300);
  const reported = (await received()).filter((m) => m?.type === 'sme-explorer:resize').map((m) => m.height);
  assert.ok(Math.max(...reported) < 6000, `no height grows with the frame: ${reported}`);
  await page.assertClean();
});

test('malformed messages are ignored: the view keeps working, no console error', async () => {
  const page = await newPage(browser);
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  const frame = page.frameLocator('iframe[title="Explorer"]');
  await frame.locator('main h1').waitFor();
  await page.evaluate(() => {
    const target = document.querySelector('iframe').contentWindow;
    for (const m of ['a string', 42, null, { type: 'other' }, { type: 'sme-explorer:navigate', route: 5 },
      { type: 'sme-explorer:navigate', route: 'javascript:alert(1)' }, { type: 'sme-explorer:navigate', route: '#/' + 'a'.repeat(100000) },
      { type: 'sme-explorer:navigate' }, [1, 2, 3]]) target.postMessage(m, '*');
  });
  await page.waitForTimeout(300);
  assert.match(explorerFrame(page).url(), /#\/trace\/a13\?embed=1$/, 'the view did not change');
  await frame.getByRole('list', { name: /^Trace a13 to C1/ }).getByRole('link', { name: /^C1/ }).click();
  await frame.locator('main h1', { hasText: 'C1' }).waitFor();
  // An unknown route asked for gets the usual message.
  await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage({ type: 'sme-explorer:navigate', route: '#/no/such/view' }, '*'));
  await frame.locator('main h1', { hasText: 'Not found' }).waitFor();
  await page.assertClean();
});

test('the embed builder: height, colour scheme and header choices change the snippet; a preview on demand', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/trace/a13`);
  await page.locator('main h1').waitFor();
  await openDetails(page.getByText('Share / Embed', { exact: true }));
  const snippet = () => page.getByLabel('Embed in a course page').inputValue();
  let code = await snippet();
  assert.match(code, new RegExp(`src="${server.base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}#/trace/a13\\?embed=1"`));
  assert.match(code, /<script src="[^"]+embed\.js"><\/script>/, 'fits its content with the host script');
  await page.getByRole('group', { name: 'Height' }).getByLabel('Fixed, in pixels').check();
  await page.getByLabel('Height in pixels').fill('480');
  code = await snippet();
  assert.match(code, /height="480"/);
  assert.doesNotMatch(code, /embed\.js/);
  await page.getByRole('group', { name: 'Colour scheme' }).getByLabel('Dark').check();
  await page.getByRole('group', { name: 'Site header and navigation' }).getByLabel('Show').check();
  code = await snippet();
  assert.match(code, /#\/trace\/a13\?scheme=dark"/, 'the header shows (no embed=1) and the scheme is dark');
  await page.getByRole('button', { name: 'Show a preview' }).click();
  const preview = page.frameLocator('iframe[title="Preview of the embedded view"]');
  await preview.locator('main h1').waitFor();
  const scheme = await page.frames().find((f) => f.url().includes('scheme=dark')).evaluate(() => document.documentElement.dataset.scheme);
  assert.equal(scheme, 'dark');
  assert.equal(await page.locator('iframe[title="Preview of the embedded view"]').getAttribute('height'), '480');
  await page.assertClean();
});
