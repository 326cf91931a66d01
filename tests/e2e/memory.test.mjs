// Memory: the wasm's linear memory never grows once the app has started.
// The allocator works in a fixed arena (src/main.rs) because growing the
// memory mid-session coincided with an intermittent "Out of bounds memory
// access" trap in WebKit. This walks every view in both languages, searches,
// filters, compares and traces, and checks that the memory is as large at
// the end as it was at the start, and that nothing went wrong on the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, ready } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a whole session of views, searches and filters never grows the wasm memory', async () => {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (event) => { window.__memory = event.detail.wasm.memory; });
  });
  await page.goto(`${server.base}#/`);
  await ready(page);
  await page.waitForFunction(() => window.__memory);
  const size = () => page.evaluate(() => window.__memory.buffer.byteLength);
  const start = await size();
  // Every view of the main navigation, as its links name them, in each language.
  for (const [lang, navName] of [['en', 'Main'], ['zh', '主导航']]) {
    await page.goto(`${server.base}#/?lang=${lang}`);
    await ready(page);
    const links = page.getByRole('navigation', { name: navName, exact: true }).getByRole('link');
    const count = await links.count();
    assert.ok(count >= 8, `the main navigation has its links (${count})`);
    for (let i = 0; i < count; i++) {
      await links.nth(i).click();
      await page.waitForFunction((n) => document.querySelectorAll('#main-nav a')[n]?.getAttribute('aria-current') === 'page', i);
    }
  }
  // Deep views and the heavier interactions, in English again (the language is remembered).
  await page.goto(`${server.base}#/?lang=en`);
  await ready(page);
  for (const hash of ['#/trace/a13', '#/trace/IL6', '#/firm/CF7', '#/compare?firms=CF1,CF7,Huawei', '#/checks', '#/study/kunming-sem']) {
    await page.goto(`${server.base}${hash}`);
    await ready(page);
  }
  const search = page.getByRole('combobox', { name: 'Search the explorer' });
  for (const query of ['a7', 'team', 'knowledge', 'CF1', 'returnee']) {
    await search.fill(query);
    await page.getByRole('listbox').first().waitFor();
  }
  await page.goto(`${server.base}#/firms`);
  await ready(page);
  const personal = page.getByRole('group', { name: /Personal connections/ });
  await personal.getByLabel(/^Present/).click();
  await personal.getByLabel(/^Any/).click();
  assert.equal(await size(), start, `the memory stayed at ${start} bytes`);
  await page.assertClean();
  await page.context().close();
});
