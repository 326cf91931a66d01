// Where navigation lands: a new view opens at its top (or at the section its
// link names), Back and Forward restore the position the reader left, the
// phone menu opens views with their title and the search box in sight, and
// links inside an embedded view keep it embedded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, startHost, launch, newPage, ready, startReading } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const scrollY = (page) => page.evaluate(() => Math.round(window.scrollY));
const waitHash = (page, hash) => page.waitForFunction((h) => location.hash === h, hash);
/** Scrolls to y and waits until the page has got there. */
async function scrollTo(page, y) {
  await page.evaluate((to) => window.scrollTo(0, to), y);
  await page.waitForFunction((to) => Math.abs(window.scrollY - to) < 2, y);
  // Let the scroll event reach the app.
  await page.waitForTimeout(100);
}

/** Waits until the window holds still for a few frames: the blocks laid out
 * near it may first move it (the browser keeps the text in view as blocks
 * above it grow). */
async function still(page) {
  await page.evaluate(() => new Promise((resolve) => {
    let last = -1;
    let same = 0;
    const frame = () => {
      same = Math.round(scrollY) === last ? same + 1 : 0;
      last = Math.round(scrollY);
      if (same >= 3) resolve(); else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }));
}

// Where the link the reader followed is in the window. Back is judged by
// it, not by the window's offset: the long sections above it may be laid out
// only in part (`.deferred`), so the same text can be at another offset.
const linkTop = (page) => page.locator('#measurement a[href="#/trace/IL"]').first().evaluate((e) => e.getBoundingClientRect().top);
async function backAt(page, top) {
  await page.waitForFunction((top) => {
    const link = document.querySelector('#measurement a[href="#/trace/IL"]');
    return link && Math.abs(link.getBoundingClientRect().top - top) <= 2;
  }, top).catch(async (e) => {
    throw new Error(`Back: the link is at ${await linkTop(page).catch(() => 'nowhere')}, not ${top} (${e.message})`);
  });
}

test('a new view opens at its top; Back and Forward restore where the reader was', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.base}#/study/kunming-sem`);
  await ready(page);
  await startReading(page);
  // Read far down the page, then follow a link to another view.
  const link = page.locator('#measurement a[href="#/trace/IL"]').first();
  await link.scrollIntoViewIfNeeded();
  await still(page);
  const leftAt = await scrollY(page);
  assert.ok(leftAt > 1000, `the link is far down the page (${leftAt})`);
  await scrollTo(page, leftAt);
  const linkAt = await linkTop(page);
  await link.click();
  await waitHash(page, '#/trace/IL');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent.startsWith('IL'));
  assert.equal(await scrollY(page), 0, 'the new view opens at its top');
  assert.ok(await page.getByRole('navigation', { name: 'Main' }).isVisible(), 'the navigation bar is in sight');
  // Scroll the new view a little, go back, forward.
  await scrollTo(page, 300);
  await page.goBack();
  await waitHash(page, '#/study/kunming-sem');
  await backAt(page, linkAt);
  await page.goForward();
  await waitHash(page, '#/trace/IL');
  await page.waitForFunction(() => Math.abs(window.scrollY - 300) <= 2);
  await page.assertClean();
});

test('Back lands on the same text after a jump past long sections the browser has not laid out', async () => {
  // A phone, a link to a section far down the Kunming study: the sections in
  // between are long blocks (`.deferred`) that the browser skips while off
  // screen, so their size is a guess when the reader leaves, and another
  // guess when the page is built again.
  const page = await newPage(browser, { viewport: { width: 375, height: 700 } });
  await page.goto(`${server.base}#/study/kunming-sem/measurement`);
  await ready(page);
  // The sections jumped over are laid out only near the window; the one
  // landed on, at once, and a window's height of those just above it (the
  // browser would lay them out in the next frame, and one that grew would
  // move the landing: browser::lay_out_now).
  const blocks = await page.evaluate(() => [...document.querySelectorAll('main section.deferred')].map((s) => [s.id, getComputedStyle(s).contentVisibility]));
  const landed = blocks.findIndex(([id]) => id === 'measurement');
  const skipped = blocks.findIndex(([, v]) => v !== 'auto');
  assert.ok(landed >= 4 && skipped >= 3 && blocks.slice(skipped, landed + 1).every(([, v]) => v === 'visible'), `the sections' layout: ${blocks}`);
  await page.waitForFunction(() => Math.abs(document.getElementById('measurement').getBoundingClientRect().top) <= 16);
  await scrollTo(page, (await scrollY(page)) + 120);
  const top = () => page.evaluate(() => document.getElementById('measurement-heading').getBoundingClientRect().top);
  const leftAt = await top();
  await page.locator('#measurement a[href="#/trace/IL"]').first().click();
  await waitHash(page, '#/trace/IL');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent.startsWith('IL'));
  await page.goBack();
  await waitHash(page, '#/study/kunming-sem/measurement');
  await page.waitForFunction(() => document.getElementById('measurement-heading'));
  await page.waitForTimeout(300);
  const back = await top();
  assert.ok(Math.abs(back - leftAt) <= 2, `the heading is where the reader left it: ${leftAt} then ${back}`);
  await page.assertClean();
});

test("the home page's questions open the view and the section that answers them", async () => {
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto(server.base);
  await ready(page);
  const question = page.getByRole('link', { name: /How much of inter-organizational learning's effect/ });
  await question.scrollIntoViewIfNeeded();
  await question.click();
  await waitHash(page, '#/study/kunming-sem/effects');
  const heading = page.getByRole('heading', { name: /^Indirect and total effects/ });
  await heading.waitFor();
  await page.waitForFunction(() => {
    const top = document.getElementById('effects')?.getBoundingClientRect().top;
    return top !== undefined && top > -2 && top < 60;
  });
  // The section is itself a route: Back returns home, where the question is.
  await page.goBack();
  await page.waitForFunction(() => location.hash === '' || location.hash === '#/');
  await page.waitForFunction(() => {
    const link = [...document.querySelectorAll('main a')].find((a) => a.textContent.startsWith('How much of inter-organizational'));
    const box = link?.getBoundingClientRect();
    return box && box.top >= 0 && box.bottom <= window.innerHeight;
  });
  await page.assertClean();
});

test('every choice from the phone menu opens its view at the top, title and search in sight', async () => {
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto(`${server.base}#/themes`);
  await ready(page);
  for (const name of ['Kunming survey', 'Firms', 'Themes', 'Data & sources', 'Trace']) {
    // The Kunming page's rest arrives at the first move (here the scroll)
    // and the browser keeps the text in the window where it is, which
    // moves scrollY: the test reads the page first.
    await startReading(page);
    await scrollTo(page, 2000);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
    await page.waitForFunction(() => document.querySelector('.nav-toggle').getAttribute('aria-expanded') === 'false');
    assert.equal(await scrollY(page), 0, `${name} opens at its top`);
    const h1 = await page.locator('main h1').first().boundingBox();
    assert.ok(h1 && h1.y >= 0 && h1.y + h1.height <= 844, `${name}: the title is in sight`);
    assert.ok(await page.getByRole('combobox', { name: 'Search the explorer' }).isVisible(), `${name}: the search box is in sight`);
  }
  await page.assertClean();
});

test('links inside an embedded view keep it embedded; links out open a new tab', async () => {
  const host = await startHost(server.base, '#/trace/a13?embed=1', 700);
  try {
    const page = await newPage(browser);
    await page.goto(host.url);
    const frame = page.frameLocator('iframe[title="Explorer"]');
    await frame.locator('main h1').waitFor();
    await frame.getByRole('list', { name: /^Trace a13 to C1/ }).getByRole('link', { name: /^C1/ }).click();
    await frame.locator('main h1', { hasText: 'C1' }).waitFor();
    const frameUrl = () => page.frames().find((f) => f.url().includes('#/'))?.url() || '';
    assert.match(frameUrl(), /#\/trace\/C1\?embed=1$/);
    assert.ok(await frame.getByRole('link', { name: 'Open in full explorer' }).isVisible(), 'the embed bar stays');
    assert.equal(await frame.getByRole('navigation', { name: 'Main' }).count(), 0, 'no site navigation');
    // Firm filters keep embed=1 too.
    const explorer = page.frames().find((f) => f.url().includes('#/'));
    await explorer.evaluate(() => { location.hash = '#/firms?embed=1'; });
    await frame.getByRole('group', { name: 'Personal connections' }).getByLabel(/^Present/).click();
    await frame.locator('[role=status][aria-live=polite]', { hasText: '14 firms' }).waitFor();
    assert.match(frameUrl(), /#\/firms\?personal_connections=yes&embed=1$/);
    // A link that leaves the app opens in a new tab, so the course page stays.
    await explorer.evaluate(() => { location.hash = '#/data?embed=1'; });
    await frame.locator('main h1', { hasText: 'Data & sources' }).waitFor();
    const outside = frame.locator('main a[href^="http"]').first();
    assert.ok(await outside.count(), 'the Data & sources page links an outside page (a DOI or URL)');
    // Record what the browser would do after the app's own click handling,
    // and stop it there: nothing may leave 127.0.0.1 in a test.
    await explorer.evaluate(() => window.addEventListener('click', (e) => {
      window.__opened = { target: e.target.closest('a')?.getAttribute('target'), prevented: e.defaultPrevented };
      e.preventDefault();
    }, { once: true }));
    await outside.click();
    assert.deepEqual(await explorer.evaluate(() => window.__opened), { target: '_blank', prevented: false });
    assert.match(frameUrl(), /#\/data\?embed=1$/, 'the embedded view stays where it was');
    await page.assertClean();
  } finally {
    await host.close();
  }
});

test('after a reload, Back still restores the position of the view the reader left', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.base}#/study/kunming-sem`);
  await ready(page);
  await page.reload();
  await ready(page);
  await startReading(page);
  const link = page.locator('#measurement a[href="#/trace/IL"]').first();
  await link.scrollIntoViewIfNeeded();
  await still(page);
  const leftAt = await scrollY(page);
  await scrollTo(page, leftAt);
  const linkAt = await linkTop(page);
  await link.click();
  await waitHash(page, '#/trace/IL');
  await page.goBack();
  await waitHash(page, '#/study/kunming-sem');
  await backAt(page, linkAt);
  await page.assertClean();
});
