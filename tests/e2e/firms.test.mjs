// Firms end to end: facets by mouse and keyboard, live counts, the URL as
// state (reload, back, forward), exports generated in the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launch, newPage, ready } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const status = (page) => page.locator('main [role="status"][aria-live="polite"]').first();
/** The number a facet option's label shows: the firms that option would give. */
const count = (page, id) => page.evaluate((id) => document.getElementById(id).labels[0].querySelector('.count').textContent.match(/\d+/)[0], id);
const ids = async (page) => (await page.getByRole('list', { name: 'Matching firms' }).getByRole('listitem').allTextContents())
  .map((t) => t.trim().split(/\s+/)[0]);

test('facets by mouse and keyboard, counts, reload and history', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/firms`);
  await ready(page);
  assert.equal((await status(page).textContent()).trim(), '26 firms');

  // Mouse: Personal connections → Present.
  const personal = page.getByRole('group', { name: 'Personal connections' });
  await personal.getByLabel(/^Present/).click();
  await page.waitForFunction(() => location.hash === '#/firms?personal_connections=yes');
  assert.equal((await status(page).textContent()).trim(), '14 firms');
  assert.match(await page.locator('main').textContent(), /7 firms left out because their study does not report/);

  // Keyboard: in "Foreign origin", move from Any to Present with the arrow key.
  const foreign = page.getByRole('group', { name: 'Staff of foreign origin' });
  await foreign.getByLabel(/^Any/).focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => location.hash.includes('foreign_origin=yes'));
  assert.equal((await status(page).textContent()).trim(), '5 firms');
  assert.deepEqual(await ids(page), ['CF3', 'CF7', 'CF8', 'CF11', 'CF15']);
  // Each option shows how many firms it would give.
  assert.match(await foreign.getByLabel(/^Not detected/).evaluate((e) => e.labels[0].textContent), /\(9\)/);

  await page.reload();
  await ready(page);
  assert.equal((await status(page).textContent()).trim(), '5 firms');

  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/firms?personal_connections=yes');
  assert.equal((await status(page).textContent()).trim(), '14 firms');
  await page.goForward();
  await page.waitForFunction(() => location.hash.includes('foreign_origin=yes'));
  assert.equal((await status(page).textContent()).trim(), '5 firms');
  await page.assertClean();
});

test('a shared link restores the filter; bad parameters are noted and ignored', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/firms?ceo_international=yes&study_abroad=maybe&colour=red&study=beijing-smes`);
  await ready(page);
  assert.deepEqual(await ids(page), ['CF1', 'CF2', 'CF11', 'CF13', 'CF14', 'CF15']);
  const warnings = await page.locator('.url-warnings').textContent();
  assert.match(warnings, /study_abroad=maybe/);
  assert.match(warnings, /colour/);
  assert.equal((await status(page).textContent()).trim(), '6 firms');
  await page.goto(`${server.base}#/firms?q=game`);
  await ready(page);
  assert.equal((await status(page).textContent()).trim(), '1 firm');
  await page.assertClean();
});

test('exports hold the current selection', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/firms?foreign_origin=yes&ceo_international=yes`);
  await ready(page);
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export selection as CSV' }).click()]);
  assert.equal(csvDownload.suggestedFilename(), 'firms.csv');
  const csv = fs.readFileSync(await csvDownload.path(), 'utf8').trim().split(/\r\n/);
  assert.equal(csv[0], 'id,study,name,sector,personal_connections,study_abroad,work_abroad,foreign_origin,ceo_international,source');
  assert.deepEqual(csv.slice(1).map((l) => l.split(',')[0]), ['CF11', 'CF15']);
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export selection as JSON' }).click()]);
  const json = JSON.parse(fs.readFileSync(await jsonDownload.path(), 'utf8'));
  assert.deepEqual(json.map((f) => f.id), ['CF11', 'CF15']);
  assert.equal(json[0].hr.foreign_origin, true);
  await page.assertClean();
});

test('a firm profile shows its facts with sources; unknown ids list the firms', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/firm/CF13`);
  await ready(page);
  assert.match(await page.locator('main h1').textContent(), /CF13/);
  assert.match(await page.locator('main').textContent(), /Section 4/);
  await page.goto(`${server.base}#/firm/CF99`);
  await ready(page);
  assert.match(await page.locator('main h1').textContent(), /No firm “CF99”/);
  assert.equal(await page.getByRole('list', { name: 'All firms' }).getByRole('link').count(), 26);
  await page.assertClean();
});

test('the matrix sorts by a column and filters from its header', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/firms?study=beijing-smes`);
  await ready(page);
  const matrix = page.locator('table.firm-matrix');
  await matrix.getByRole('button', { name: 'Sort by Staff of foreign origin' }).click();
  const header = matrix.locator('th[aria-sort="descending"]');
  assert.equal(await header.count(), 1);
  const firstFive = (await matrix.locator('tbody tr:not([hidden]) th').allTextContents()).slice(0, 5);
  assert.deepEqual(firstFive, ['CF3', 'CF7', 'CF8', 'CF11', 'CF15']);
  await matrix.getByRole('button', { name: /^Filter Staff who worked abroad: Any/ }).click();
  await page.waitForFunction(() => location.hash.includes('work_abroad=yes'));
  assert.equal((await status(page).textContent()).trim(), '8 firms');
  await matrix.getByRole('button', { name: /^Filter Staff who worked abroad: Present/ }).click();
  await page.waitForFunction(() => location.hash.includes('work_abroad=no'));
  assert.equal((await status(page).textContent()).trim(), '11 firms');
  await page.assertClean();
});

test('changing a facet keeps keyboard focus on the facet', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/firms`);
  await ready(page);
  await page.getByRole('group', { name: 'Staff who studied abroad' }).getByLabel(/^Any/).focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => location.hash === '#/firms?study_abroad=yes');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'facet-study_abroad-present');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => location.hash === '#/firms?study_abroad=no');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'facet-study_abroad-absent');
  assert.equal((await status(page).textContent()).trim(), '6 firms');
  await page.assertClean();
});

test('a filter change shows at once and writes its history entry after; two in one frame make two entries, in order', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/firms`);
  await ready(page);
  const personal = await count(page, 'facet-personal_connections-present');
  const seen = await page.evaluate(async () => {
    const status = () => document.querySelector('main [role="status"][aria-live="polite"]').textContent.trim();
    const changed = (before) => new Promise((resolve) => {
      const observer = new MutationObserver(() => { if (status() !== before) { observer.disconnect(); resolve(); } });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const out = [];
    for (const id of ['facet-personal_connections-present', 'facet-foreign_origin-present']) {
      const before = status();
      document.getElementById(id).click();
      await changed(before);
      out.push([status(), location.hash]);
    }
    return out;
  });
  // The view answered each click before the address changed.
  assert.equal(seen[0][0], `${personal} firms`);
  assert.deepEqual(seen.map(([, hash]) => hash), ['#/firms', '#/firms']);
  const both = (await status(page).textContent()).trim();
  await page.waitForFunction(() => location.hash === '#/firms?personal_connections=yes&foreign_origin=yes');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/firms?personal_connections=yes');
  assert.equal((await status(page).textContent()).trim(), `${personal} firms`);
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/firms');
  await page.goForward();
  await page.waitForFunction(() => location.hash === '#/firms?personal_connections=yes');
  await page.goForward();
  await page.waitForFunction(() => location.hash === '#/firms?personal_connections=yes&foreign_origin=yes');
  assert.equal((await status(page).textContent()).trim(), both);
  await page.assertClean();
});

test('the matrix copies the rows the filter shows, as the list shows them', async () => {
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${server.base}#/firms?study_abroad=yes`);
  await ready(page);
  const listed = await ids(page);
  assert.equal(`${listed.length} firms`, (await status(page).textContent()).trim());
  await page.getByRole('button', { name: /^Copy table: Matrix of human-resource attributes/ }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('.table-tools .copied')].some((s) => s.textContent === 'Copied'));
  const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  assert.equal(lines.length, 1 + listed.length, 'the header and one line per shown firm');
  assert.deepEqual(lines.slice(1).map((l) => l.split('\t')[0]), listed);
  await page.assertClean();
});

test('where the browser refuses pushState, filter changes still make history entries', async () => {
  const page = await newPage(browser);
  // As in a frame whose sandbox forbids rewriting its URL.
  await page.addInitScript(() => {
    window.refusals = 0;
    History.prototype.pushState = function refused() { window.refusals += 1; throw new DOMException('refused', 'SecurityError'); };
  });
  await page.goto(`${server.base}#/firms`);
  await ready(page);
  const personal = await count(page, 'facet-personal_connections-present');
  await page.getByRole('group', { name: 'Personal connections' }).getByLabel(/^Present/).click();
  await page.waitForFunction(() => location.hash === '#/firms?personal_connections=yes');
  assert.equal((await status(page).textContent()).trim(), `${personal} firms`);
  const foreign = await count(page, 'facet-foreign_origin-present');
  await page.getByRole('group', { name: 'Staff of foreign origin' }).getByLabel(/^Present/).click();
  await page.waitForFunction(() => location.hash === '#/firms?personal_connections=yes&foreign_origin=yes');
  assert.equal((await status(page).textContent()).trim(), `${foreign} firms`);
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/firms?personal_connections=yes');
  assert.equal((await status(page).textContent()).trim(), `${personal} firms`);
  // Refused once: the second change set the hash without asking again.
  assert.equal(await page.evaluate(() => window.refusals), 1);
  await page.assertClean();
});
