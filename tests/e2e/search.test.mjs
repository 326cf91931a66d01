// The search in the header of every view: a keyboard-operable combobox over
// codes, firms, themes, quotations and notes, grouped by kind; exact ids first,
// case included; the query in the URL, so Back returns to it; offline too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, newPage, ready, DIST } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const box = (page) => page.getByRole('combobox', { name: 'Search the explorer' });
const options = (page) => page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');

test('every view has the search; an exact id comes first, case included', async () => {
  const page = await newPage(browser);
  for (const hash of ['#/', '#/firms', '#/trace/b3', '#/study/kunming-sem', '#/data']) {
    await page.goto(`${server.base}${hash}`);
    await ready(page);
    assert.ok(await box(page).isVisible(), `${hash} has the search box`);
  }
  for (const [query, first] of [['a7', 'a7'], ['A7', 'A7'], ['cf7', 'CF7'], ['IL6', 'IL6']]) {
    await box(page).fill('');
    await box(page).pressSequentially(query);
    // Once the suggestions have come (the first use fetches the search).
    await page.getByRole('listbox', { name: 'Suggestions' }).getByRole('group').first().waitFor();
    const text = (await options(page).first().textContent()).trim();
    assert.ok(text.startsWith(`${first} `), `"${query}" lists ${first} first, not ${text}`);
  }
  await page.assertClean();
});

test('suggestions are grouped by kind and operable by keyboard alone', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/firms`);
  await ready(page);
  await box(page).focus();
  // Words from a quotation the data holds (themes.toml) and from a note find those kinds.
  await page.keyboard.type('foreign');
  const listbox = page.getByRole('listbox', { name: 'Suggestions' });
  // The suggestions come once the search's code and every data file are
  // here (meanwhile the one choice is the search page).
  await listbox.getByRole('group').first().waitFor();
  const groups = await listbox.getByRole('group').evaluateAll((gs) => gs.map((g) => document.getElementById(g.getAttribute('aria-labelledby')).textContent));
  for (const kind of ['Codes', 'Firms', 'Quotations', 'Source notes']) {
    assert.ok(groups.some((g) => g.startsWith(kind)), `a group of ${kind}: ${groups}`);
  }
  // Down moves the active option; Up from the first wraps to "All results".
  await page.keyboard.press('ArrowDown');
  const first = await box(page).getAttribute('aria-activedescendant');
  await page.keyboard.press('ArrowUp');
  const last = await box(page).getAttribute('aria-activedescendant');
  assert.notEqual(first, last);
  assert.match(await page.locator(`#${last}`).textContent(), /^All \d+ results for “foreign”/);
  // Escape closes, then clears.
  await page.keyboard.press('Escape');
  assert.equal(await box(page).getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('Escape');
  assert.equal(await box(page).inputValue(), '');
  // Enter with no active option opens every result on the search page.
  await page.keyboard.type('innovation team');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/search?q=innovation%20team');
  // The search page's part may still be on its way ("Loading this view…").
  const status = page.getByRole('status').filter({ hasText: /results? for “innovation team”/ });
  await status.waitFor();
  assert.match(await status.textContent(), /^\d+ results? for “innovation team”/);
  assert.ok(await page.getByRole('list', { name: 'Codes' }).getByRole('link', { name: /^C1 Innovation team/ }).count() === 1);
  await page.assertClean();
});

test('the query is in the URL: a result, then Back, shows the query and its results again', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/study/small-giants`);
  await ready(page);
  await box(page).fill('a7');
  await options(page).filter({ hasText: /^a7 / }).first().click();
  await page.waitForFunction(() => location.hash === '#/trace/a7');
  assert.match(await page.locator('main h1').textContent(), /^a7 /);
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/search?q=a7');
  assert.equal(await box(page).inputValue(), 'a7');
  const results = page.getByRole('list', { name: 'Codes' }).getByRole('link');
  assert.match(await results.first().textContent(), /^a7 /);
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/study/small-giants');
  // A shared search link opens the same results.
  await page.goto(`${server.base}#/search?q=Huawei`);
  await ready(page);
  assert.ok(await page.getByRole('list', { name: 'Firms' }).getByRole('link', { name: /^Huawei/ }).count() >= 1);
  await page.assertClean();
});

test('search works offline: everything it needs is in the app', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/`);
  await ready(page);
  // The release fetches the data on first use; the service worker has it
  // once the app is installed for offline use (the first visit's end).
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.context().setOffline(true);
  await box(page).fill('Industry experts');
  await page.getByRole('listbox', { name: 'Suggestions' }).getByRole('group').first().waitFor();
  assert.match(await options(page).first().textContent(), /^a13 Industry experts/);
  await page.context().setOffline(false);
  assert.ok(fs.existsSync(path.join(DIST, 'index.html')));
  await page.assertClean();
});

for (const width of [320, 390, 1280]) test(`the open suggestions fit the window at ${width} px`, async () => {
  const page = await newPage(browser, { viewport: { width, height: 800 } });
  await page.goto(`${server.base}#/firms`);
  await ready(page);
  if (width < 600) assert.ok(await box(page).isVisible(), 'the search box is not folded into the menu');
  await box(page).fill('innovation');
  const listbox = page.getByRole('listbox', { name: 'Suggestions' });
  await listbox.waitFor();
  const rect = await listbox.evaluate((e) => e.getBoundingClientRect().toJSON());
  assert.ok(rect.left >= 0 && rect.right <= width, `the popup spans ${rect.left}–${rect.right}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await page.assertClean();
});
