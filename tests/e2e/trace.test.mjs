// Trace end to end: search, open a result, follow the chain up to C1 and back
// down, by keyboard alone; unknown and malformed codes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, ready } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Presses Tab until the focused element's text starts with `prefix`. */
async function tabTo(page, prefix, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => (document.activeElement?.textContent || '').trim().replace(/\s+/g, ' '));
    if (text.startsWith(prefix)) return text;
  }
  throw new Error(`no focusable element starting with "${prefix}" within ${limit} tabs`);
}

async function h1(page) {
  return (await page.locator('main h1').textContent()).trim().replace(/\s+/g, ' ');
}

test('search "talent", open a result, go up to C1 and back down by keyboard alone', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/trace`);
  await ready(page);
  await page.keyboard.press('Tab'); // skip link
  // Find the header search by keyboard, then type.
  for (let i = 0; i < 30; i++) {
    if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'combobox')) break;
    await page.keyboard.press('Tab');
  }
  const box = page.getByRole('combobox', { name: 'Search the explorer' });
  assert.equal(await box.evaluate((e) => e === document.activeElement), true);
  await page.keyboard.type('talent');
  const codes = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('group', { name: /^Codes/ }).getByRole('option');
  await codes.first().waitFor();
  assert.ok(await codes.count() >= 2, 'several codes mention talent');
  const groupLabel = await page.locator('#site-search-group-codes').textContent();
  assert.ok(Number(groupLabel.match(/\((\d+)\)/)[1]) >= 4, `the Codes group counts every match: ${groupLabel}`);
  assert.equal(await box.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('ArrowDown');
  const active = await box.getAttribute('aria-activedescendant');
  assert.match(await page.locator(`#${active}`).textContent(), /^b1 Flexible talents/);
  assert.equal(await page.locator(`#${active}`).getAttribute('aria-selected'), 'true');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/trace/b1' && document.querySelector('main h1')?.textContent.includes('Flexible'));

  // The chain, by its contract: an ordered list named "Trace …", items start with codes.
  // Back returns to the search with its query, then to where the reader was.
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/search?q=talent');
  assert.equal(await box.inputValue(), 'talent');
  // The search view's part of the wasm arrives on first use.
  await page.getByRole('list', { name: 'Codes' }).getByRole('link').first().waitFor();
  assert.ok(await page.getByRole('list', { name: 'Codes' }).getByRole('link').count() >= 4);
  await page.goForward();
  await page.waitForFunction(() => location.hash === '#/trace/b1');

  const chain = page.getByRole('list', { name: /^Trace b1/ });
  const items = (await chain.getByRole('listitem').allTextContents()).map((t) => t.trim().split(/\s+/)[0]);
  assert.deepEqual(items, ['b1', 'A1', 'S1', 'C1']);

  await tabTo(page, 'C1 Innovation team');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/trace/C1' && document.querySelector('main h1')?.textContent.includes('Innovation team'));

  // Back down: C1 → S1 → A1 → b1 through the children lists.
  for (const [prefix, hash] of [['S1 Innovative team', '#/trace/S1'], ['A1 Team building', '#/trace/A1'], ['b1 Flexible talents', '#/trace/b1']]) {
    await tabTo(page, prefix);
    await page.keyboard.press('Enter');
    await page.waitForFunction(([h, p]) => location.hash === h
      && document.querySelector('main h1')?.textContent.replace(/\s+/g, ' ').trim().startsWith(p), [hash, prefix]);
  }
  await page.assertClean();
});

test('the tree is operable with arrow keys and Enter opens a code', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/trace`);
  await ready(page);
  const tree = page.getByRole('tree', { name: /Small-giants coding/ });
  await tree.getByRole('treeitem').first().focus();
  // At a reader's pace: each key's effect shows before the next key.
  const active = (prefix) => page.waitForFunction((p) => document.activeElement?.textContent.trim().startsWith(p), prefix);
  const expanded = (prefix) => page.waitForFunction((p) => document.activeElement?.textContent.trim().startsWith(p)
    && document.activeElement.getAttribute('aria-expanded') === 'true', prefix);
  await page.keyboard.press('ArrowRight');
  await expanded('C1');
  await page.keyboard.press('ArrowRight');
  await active('S1');
  await page.keyboard.press('ArrowRight');
  await expanded('S1');
  await page.keyboard.press('ArrowRight');
  await active('A1');
  const focused = await page.evaluate(() => document.activeElement.textContent.trim());
  assert.match(focused, /^A1 Team building/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/trace/A1');
  await page.assertClean();
});

test('IL6 traces to both dimensions and shows the structural paths', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/trace/IL6`);
  await ready(page);
  const chains = page.getByRole('list', { name: /^Trace IL6/ });
  assert.equal(await chains.count(), 2);
  assert.match(await page.locator('main').textContent(), /0\.638/);
  await page.assertClean();
});

test('unknown and malformed codes get a message, suggestions and a working page', async () => {
  const page = await newPage(browser);
  for (const code of ['zz9', 'B3', '%E4%BA%BA%ZZ%', 'x'.repeat(10000), '%25%25%25']) {
    await page.goto(`${server.base}#/trace/${code}`);
    await ready(page);
    const heading = await h1(page);
    assert.match(heading, /^No code “.*” in these studies$/, heading.slice(0, 80));
    assert.ok(heading.length < 120, 'long codes are shortened');
  }
  await page.goto(`${server.base}#/trace/B3`);
  await ready(page);
  await page.getByRole('list', { name: 'Suggested codes' }).getByRole('link').first().click();
  await page.waitForFunction(() => location.hash === '#/trace/b3');
  await page.assertClean();
});
