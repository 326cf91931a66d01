// Reading on a phone and on a desktop: no page-level sideways scroll on any
// route, wide tables scroll in their own named, focusable region with a
// sticky first column and captions in sight, diagram text of at least 12 CSS
// px, and the chains of a code under two parents laid out alike.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, ready } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ROUTES = ['#/', '#/study/small-giants', '#/study/haier-huawei', '#/study/kunming-sem', '#/study/beijing-smes',
  '#/themes', '#/trace', '#/trace/a13', '#/trace/IL6', '#/trace/C1', '#/firms', '#/firms?study=beijing-smes',
  '#/firm/CF7', '#/firm/Huawei', '#/data', '#/search?q=talent', '#/nowhere', '#/trace/a13?embed=1'];

for (const width of [320, 390]) test(`no route scrolls sideways at ${width} px; tables scroll in their own region`, async () => {
  const page = await newPage(browser, { viewport: { width, height: 800 } });
  for (const hash of ROUTES) {
    await page.goto(`${server.base}${hash}`);
    await ready(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${hash} scrolls sideways by ${overflow}px`);
    const tables = await page.evaluate(() => [...document.querySelectorAll('main table')].map((table) => {
      const wrap = table.closest('.table-wrap');
      const caption = table.querySelector('caption')?.getBoundingClientRect();
      const first = table.querySelector('tbody tr > :first-child');
      return {
        wrapped: !!wrap,
        region: wrap?.getAttribute('role') === 'region' && !!wrap.getAttribute('aria-label'),
        focusable: wrap?.tabIndex === 0,
        wide: wrap ? wrap.scrollWidth > wrap.clientWidth : false,
        sticky: first ? getComputedStyle(first).position : 'none',
        captionInSight: !caption || (caption.left >= -1 && caption.right <= document.documentElement.clientWidth + 1),
      };
    }));
    for (const [i, t] of tables.entries()) {
      if (!t.wrapped) continue; // small tables (a firm's profile) fit the page
      assert.ok(t.region && t.focusable, `${hash} table ${i}: a named, focusable scrolling region`);
      assert.equal(t.sticky, 'sticky', `${hash} table ${i}: the first column stays in sight`);
      assert.ok(t.captionInSight, `${hash} table ${i}: the caption is not cut`);
    }
    if (tables.some((t) => t.wide)) {
      assert.ok(await page.locator('.scroll-hint').first().isVisible(), `${hash}: a wide table says it scrolls`);
    }
  }
  await page.assertClean();
});

test('a wide table scrolls by keyboard in its region', async () => {
  const page = await newPage(browser, { viewport: { width: 390, height: 800 } });
  await page.goto(`${server.base}#/study/kunming-sem/structural`);
  await ready(page);
  const region = page.getByRole('region', { name: /^Structural paths/ });
  await region.focus();
  const before = await region.evaluate((e) => e.scrollLeft);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((b) => document.activeElement.scrollLeft > b, before);
  // The last column, Result, can be reached.
  await region.evaluate((e) => { e.scrollLeft = e.scrollWidth; });
  const result = await region.getByRole('columnheader', { name: 'Result' }).boundingBox();
  assert.ok(result && result.x + result.width <= 391, 'the Result column scrolls into sight');
  await page.assertClean();
});

for (const width of [320, 375, 1280]) test(`diagram text is at least 12 CSS px at ${width} px`, async () => {
  const page = await newPage(browser, { viewport: { width, height: 900 } });
  for (const hash of ['#/study/small-giants', '#/study/kunming-sem', '#/study/haier-huawei', '#/trace/a13', '#/trace/IL6']) {
    await page.goto(`${server.base}${hash}`);
    await ready(page);
    const sizes = await page.evaluate(() => {
      const out = [];
      for (const svg of document.querySelectorAll('main svg')) {
        const box = svg.viewBox?.baseVal;
        if (!box || !box.width) continue;
        const scale = svg.getBoundingClientRect().width / box.width;
        for (const text of svg.querySelectorAll('text')) {
          if (!text.textContent.trim()) continue;
          out.push({ text: text.textContent.trim(), px: parseFloat(getComputedStyle(text).fontSize) * scale });
        }
      }
      for (const el of document.querySelectorAll('main .levels *, main .chain *, main .model-diagram *')) {
        if (el.children.length || !el.textContent.trim()) continue;
        out.push({ text: el.textContent.trim(), px: parseFloat(getComputedStyle(el).fontSize) });
      }
      return out;
    });
    assert.ok(sizes.length > 0, `${hash} has diagram text`);
    for (const { text, px } of sizes) assert.ok(px >= 12 - 0.01, `${hash} at ${width}px: "${text}" renders at ${px.toFixed(1)} px`);
  }
  await page.assertClean();
});

for (const width of [390, 1280]) test(`both chains of a13 use one layout at ${width} px`, async () => {
  const page = await newPage(browser, { viewport: { width, height: 900 } });
  await page.goto(`${server.base}#/trace/a13`);
  await ready(page);
  const chains = page.getByRole('list', { name: /^Trace a13/ });
  assert.equal(await chains.count(), 2);
  const boxes = [];
  for (let i = 0; i < 2; i++) {
    boxes.push(await chains.nth(i).getByRole('listitem').evaluateAll((items) => items.map((li) => {
      const b = li.getBoundingClientRect();
      return { x: Math.round(b.x), width: Math.round(b.width) };
    })));
  }
  assert.equal(boxes[0].length, 5);
  assert.deepEqual(boxes[0], boxes[1], 'level by level, the two chains line up');
  // No box (nor its arrow) starts left of the page's content.
  const left = await page.locator('main article').evaluate((e) => e.getBoundingClientRect().x);
  for (const b of boxes.flat()) assert.ok(b.x >= left - 1, `a box starts at ${b.x}, left of the content at ${left}`);
  await page.assertClean();
});
