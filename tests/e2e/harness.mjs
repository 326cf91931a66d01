// Shared end-to-end harness: a static server for dist/ on 127.0.0.1 (also
// mounted under a sub-directory), and a Chromium page that fails the test on
// any console error, page error or request that leaves 127.0.0.1.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const DIST = process.env.DIST_DIR || path.join(ROOT, 'dist');
export const SUBDIR = '/course/week-3/explorer/';

/** Content types by file extension, as a static host serves them. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.qdc': 'application/xml',
};

/**
 * Serves dist/ (or the directory `rootOf()` names at each request) at / and
 * at SUBDIR, with any `headersOf(file)` added. Resolves to { base, close }.
 */
export async function startServer(rootOf = () => DIST, headersOf = () => ({})) {
  const server = http.createServer((req, res) => {
    const root = rootOf();
    let url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (url.startsWith(SUBDIR)) url = '/' + url.slice(SUBDIR.length);
    if (url.endsWith('/')) url += 'index.html';
    const file = path.join(root, path.normalize(url));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', ...headersOf(file) });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { base: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * A course page on a second origin (another port of 127.0.0.1) that embeds
 * the app at `hash` in an iframe titled "Explorer". Resolves to { url, close }.
 */
export async function startHost(base, hash, height = 600) {
  const host = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>Course page</title><h1>Week 3</h1>
      <iframe title="Explorer" src="${base}${hash}" width="800" height="${height}"></iframe>`);
  });
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${host.address().port}/`, close: () => new Promise((r) => host.close(r)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * A new page that records problems: console errors, uncaught errors, and
 * requests to anything but 127.0.0.1 (which are aborted). Call
 * `assertClean()` at the end of a test.
 */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    problems.push(`request left 127.0.0.1: ${url.href}`);
    return route.abort();
  });
  page.assertClean = async () => {
    const panicked = await page.evaluate(() => document.documentElement.getAttribute('data-panicked'));
    if (panicked) problems.push('the panic hook fired');
    if (problems.length) throw new Error(problems.join('\n'));
  };
  page.problems = problems;
  // A load shows the view's static first paint (shell/, see core::shell)
  // until the app has started and rendered it live: tests act on the live
  // app, so every load waits for it (tests/e2e/first-paint.test.mjs tests
  // the shells themselves).
  page.unwaited = {};
  for (const name of ['goto', 'reload']) {
    const original = page[name].bind(page);
    page.unwaited[name] = original;
    page[name] = async (...args) => {
      const response = await original(...args);
      await live(page);
      return response;
    };
  }
  return page;
}

/** On the app's page (the one with the start-up script), waits (at most
 * 15 s, without failing) until the app runs and no static first paint is
 * left; any other page (a data file, the one-file edition) at once. */
export async function live(page) {
  await page.waitForFunction(() => !document.querySelector('[data-shell]')
    && (document.documentElement.hasAttribute('data-started') || !document.querySelector('script[src*="boot-"]')), null, { timeout: 15000 }).catch(() => {});
}

/** Waits until the app has rendered its main region (live, not a shell). */
export async function ready(page) {
  await page.waitForSelector('html[data-started] main#main h1', { timeout: 15000 });
  await live(page);
}

/** The reader's first move on the page (the pointer moves over it): what
 * waits for it, the rest of a study's sections (`explorer_core::part::REST`,
 * docs/performance.md), then arrives. Resolves once no block of the page
 * says it is loading. */
export async function startReading(page) {
  await page.mouse.move(2, 2);
  await page.mouse.move(40, 40);
  await page.waitForFunction(() => !document.querySelector('main .deferred > p.loading'), null, { timeout: 15000 });
}

/**
 * Opens the `<details>` of `summary` (a locator of its summary, found by its
 * text) as a reader does: scrolled to, then clicked once it holds still,
 * then waits until it is open. A long page's blocks are laid out only near
 * the window (`.deferred`, docs/performance.md), so a jump to the end lays
 * out the blocks it lands beside, and their real heights can move the
 * summary a frame later, between the press and the release of a click.
 */
export async function openDetails(summary) {
  await summary.scrollIntoViewIfNeeded();
  await summary.evaluate((el) => new Promise((resolve) => {
    let last = NaN;
    let still = 0;
    let frames = 0;
    const tick = () => {
      const top = el.getBoundingClientRect().top;
      still = top === last ? still + 1 : 0;
      last = top;
      if (still >= 5 || ++frames > 120) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }));
  await summary.click();
  await summary.page().waitForFunction((el) => el.closest('details').open, await summary.elementHandle(), { timeout: 5000 });
}
