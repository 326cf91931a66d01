// The shell end to end against the release build: home, every navigation
// link, not found, sub-directory hosting, titles, no errors, no requests out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, ready, SUBDIR } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('home loads with the product name and the four studies', async () => {
  const page = await newPage(browser);
  await page.goto(server.base);
  await ready(page);
  assert.match(await page.title(), /SME Innovation Explorer/);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Innovation in Chinese science-and-technology SMEs');
  assert.equal(await page.locator('.cards > li').count(), 4);
  await page.assertClean();
});

const NAV = [
  ['Home', /^Innovation in Chinese/, /^Home ·/],
  ['Small giants', /^Sustainable Innovation Model/, /^Study: Small giants ·/],
  ['Haier & Huawei', /Haier and Huawei|title not printed/, /^Study: Haier & Huawei ·/],
  ['Kunming survey', /^INTER-ORGANIZATIONAL LEARNING/, /^Study: Kunming survey ·/],
  ['Beijing SMEs', /^Global innovation networks/, /^Study: Beijing SMEs ·/],
  ['Themes', /^Themes across studies$/, /^Themes across studies ·/],
  ['Trace', /^Trace$/, /^Trace ·/],
  ['Firms', /^Firms$/, /^Firms ·/],
  ['Learn', /^Learn$/, /^Learn ·/],
  ['Checks', /^Check the numbers$/, /^Check the numbers ·/],
  ['Glossary', /^Glossary$/, /^Glossary ·/],
  ['Data & sources', /^Data & sources$/, /^Data & sources ·/],
];

test('every navigation link reaches its view and sets the title', async () => {
  const page = await newPage(browser);
  await page.goto(server.base);
  await ready(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [name, heading, title] of NAV) {
    await nav.getByRole('link', { name, exact: true }).click();
    await page.waitForFunction((t) => new RegExp(t).test(document.title), title.source);
    const h1 = (await page.locator('main h1').first().textContent()).trim();
    assert.match(h1, heading, `${name} shows ${h1}`);
    assert.equal(await nav.getByRole('link', { name, exact: true }).getAttribute('aria-current'), 'page', name);
  }
  await page.assertClean();
});

test('an unknown route shows Not found and a way home', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/no/such/view`);
  await ready(page);
  assert.equal((await page.locator('main h1').textContent()).trim(), 'Not found');
  await page.getByRole('main').getByRole('link', { name: 'Home', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent.startsWith('Innovation'));
  await page.assertClean();
});

test('the app works when dist/ is served from a sub-directory', async () => {
  const page = await newPage(browser);
  const base = `${server.base.replace(/\/$/, '')}${SUBDIR}`;
  await page.goto(`${base}#/trace/b3`);
  await ready(page);
  assert.match(await page.locator('main h1').textContent(), /^b3 R&D team building/);
  const href = await page.getByRole('link', { name: 'dataset.json' }).first().getAttribute('href');
  const response = await page.request.get(new URL(href, page.url()).href);
  assert.equal(response.status(), 200);
  const json = await response.json();
  assert.equal(json.studies.length, 4);
  await page.assertClean();
});

test('dataset.json at the site root follows the documented schema', async () => {
  const page = await newPage(browser);
  const response = await page.request.get(`${server.base}dataset.json`);
  assert.equal(response.status(), 200);
  const json = await response.json();
  assert.deepEqual(json.studies.map((s) => s.id), ['small-giants', 'haier-huawei', 'kunming-sem', 'beijing-smes']);
  const b3 = json.codes.find((c) => c.id === 'b3');
  assert.deepEqual({ study: b3.study, level: b3.level, label: b3.label, parents: b3.parents }, { study: 'small-giants', level: 'theme', label: 'R&D team building', parents: ['A1'] });
  const cf7 = json.firms.find((f) => f.id === 'CF7');
  assert.equal(cf7.hr.ceo_international, false);
  assert.equal(json.firms.find((f) => f.id === 'Huawei').hr.study_abroad, null);
  for (const [file] of [['data/codes.csv'], ['data/beijing-table1.csv']]) {
    const csv = await page.request.get(`${server.base}${file}`);
    assert.equal(csv.status(), 200, file);
  }
});

for (const width of [320, 375]) test(`the layout works at ${width} px: no horizontal scroll`, async () => {
  const page = await newPage(browser, { viewport: { width, height: 800 } });
  for (const hash of ['#/', '#/trace/a13', '#/trace', '#/firms', '#/study/beijing-smes', '#/study/kunming-sem', '#/themes', '#/data']) {
    await page.goto(`${server.base}${hash}`);
    await ready(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${hash} scrolls sideways by ${overflow}px`);
  }
  await page.assertClean();
});

test('on a narrow screen the navigation opens from a Menu button', async () => {
  const page = await newPage(browser, { viewport: { width: 375, height: 800 } });
  await page.goto(server.base);
  await ready(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  const menu = page.getByRole('button', { name: 'Menu' });
  assert.equal(await nav.isVisible(), false);
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  await menu.focus();
  await page.keyboard.press('Enter');
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await nav.getByRole('link', { name: 'Firms', exact: true }).click();
  await page.waitForFunction(() => location.hash === '#/firms');
  await page.waitForFunction(() => document.querySelector('.nav-toggle').getAttribute('aria-expanded') === 'false');
  assert.equal(await nav.isVisible(), false, 'closes after navigating');
  await page.assertClean();
});
