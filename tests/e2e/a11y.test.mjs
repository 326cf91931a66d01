// Accessibility: axe-core on every route (light and dark), zero violations;
// a keyboard-only walk through the main flows; focus always visible.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startServer, launch, newPage, ready } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ROUTES = [
  '#/', '#/study/small-giants', '#/study/haier-huawei', '#/study/kunming-sem', '#/study/beijing-smes', '#/study/nowhere',
  '#/trace', '#/trace/a13', '#/trace/IL6', '#/trace/C1', '#/trace/zz9', '#/firms', '#/firms?foreign_origin=yes&colour=red',
  '#/firm/CF7', '#/firm/Huawei', '#/firm/ZXSK', '#/firm/CF99', '#/data', '#/themes', '#/nowhere', '#/trace/b3?embed=1',
  '#/search?q=talent', '#/search', '#/study/small-giants/passage-3', '#/themes/open-innovation',
  '#/glossary', '#/checks', '#/compare?firms=CF7,CF11', '#/compare?codes=a13,b16', '#/compare?firms=CF99',
  '#/learn', '#/learn/tour/small-giants/2', '#/learn/tour/small-giants/6', '#/learn/tour/kunming-sem/5', '#/learn/tour/beijing-smes/3',
  '#/learn/tour/haier-huawei/4', '#/learn/code-passage', '#/learn/code-passage?mode=chains', '#/learn/place-concept', '#/learn/predict-paths',
  '#/learn/find-firms',
];

async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    // Open every disclosure so that its contents are checked too.
    document.querySelectorAll('details').forEach((d) => { d.open = true; });
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations on any route (${scheme})`, async () => {
    const page = await newPage(browser, { bypassCSP: true, colorScheme: scheme });
    const found = [];
    for (const route of ROUTES) {
      await page.goto(`${server.base}${route}`);
      await ready(page);
      for (const v of await axe(page)) found.push(`${route}: ${v}`);
    }
    // Also with a tree branch open.
    await page.goto(`${server.base}#/trace`);
    await ready(page);
    await page.getByRole('treeitem').first().focus();
    await page.keyboard.press('ArrowRight');
    for (const v of await axe(page)) found.push(`#/trace (expanded): ${v}`);
    // And with the header search's suggestions open, an option active.
    await page.getByRole('combobox', { name: 'Search the explorer' }).fill('team');
    await page.getByRole('listbox', { name: 'Suggestions' }).waitFor();
    await page.keyboard.press('ArrowDown');
    for (const v of await axe(page)) found.push(`search suggestions: ${v}`);
    assert.deepEqual(found, []);
    await page.assertClean();
  });
}

// A scheme the embedding page chose wins over the reader's system setting:
// every coloured status (reproduced, not reproduced, supported, note marks,
// loadings below 0.7) must keep its contrast against the other scheme's
// background too.
for (const [chosen, system] of [['light', 'dark'], ['dark', 'light']]) {
  test(`axe-core finds no violations with scheme=${chosen} on a ${system} system`, async () => {
    const page = await newPage(browser, { bypassCSP: true, colorScheme: system });
    const found = [];
    for (const route of ['#/checks', '#/study/kunming-sem', '#/study/small-giants', '#/study/beijing-smes', '#/compare?firms=CF7,CF11']) {
      const url = `${server.base}${route}${route.includes('?') ? '&' : '?'}scheme=${chosen}`;
      await page.goto(url);
      await ready(page);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.scheme), chosen, route);
      for (const v of await axe(page)) found.push(`${route}: ${v}`);
    }
    assert.deepEqual(found, []);
    await page.assertClean();
  });
}

test('axe-core finds no violations at 375 px, with the menu open', async () => {
  const page = await newPage(browser, { bypassCSP: true, viewport: { width: 375, height: 800 } });
  const found = [];
  for (const route of ['#/', '#/firms', '#/trace/a13', '#/study/kunming-sem']) {
    await page.goto(`${server.base}${route}`);
    await ready(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    for (const v of await axe(page)) found.push(`${route}: ${v}`);
  }
  assert.deepEqual(found, []);
  await page.assertClean();
});

test('every focusable element shows a visible focus indicator', async () => {
  const page = await newPage(browser);
  for (const route of ['#/', '#/trace/a13', '#/firms', '#/data']) {
    await page.goto(`${server.base}${route}`);
    await ready(page);
    const missing = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const s = getComputedStyle(e);
        const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
        return { visible, what: `${e.tagName.toLowerCase()} ${e.textContent.trim().slice(0, 30) || e.id}` };
      });
      if (info && !info.visible) missing.push(`${route}: ${info.what}`);
    }
    assert.deepEqual(missing, []);
  }
  await page.assertClean();
});

test('keyboard only: skip link, navigation, study page, firm filter', async () => {
  const page = await newPage(browser);
  await page.goto(server.base);
  await ready(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Skip to content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.equal(await page.evaluate(() => location.hash), '', 'the skip link does not change the route');
  // Navigation by keyboard: Tab from the top to "Firms", Enter.
  await page.reload();
  await ready(page);
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement.textContent.trim())) === 'Firms') break;
  }
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/firms');
  // Focus moves to the new view.
  await page.waitForFunction(() => document.activeElement.id === 'main');
  // Into the filter: Tab reaches the first radio group, arrows change it.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.type === 'radio')) break;
  }
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => location.hash === '#/firms?personal_connections=yes');
  assert.equal(await page.locator('main [role=status][aria-live=polite]').first().textContent(), '14 firms');
  await page.assertClean();
});

test('axe-core finds no violations in checked exercises (feedback shown), light and dark, at 1280 and 375 px', async () => {
  for (const [scheme, width] of [['light', 1280], ['dark', 375]]) {
    const page = await newPage(browser, { bypassCSP: true, colorScheme: scheme, viewport: { width, height: 800 } });
    const found = [];
    for (const route of ['#/learn/code-passage', '#/learn/predict-paths', '#/learn/find-firms', '#/learn/place-concept']) {
      await page.goto(`${server.base}${route}`);
      await ready(page);
      const form = page.getByRole('form', { name: 'Questions' });
      // Answer the first choice of every group, then check (and, level by
      // level, check again until done).
      for (let round = 0; round < 5; round++) {
        const radios = form.getByRole('group').locator('input[type=radio]:not(:disabled)');
        if (await radios.count()) await radios.first().check();
        const check = page.getByRole('button', { name: 'Check answers' });
        if (!(await check.count())) break;
        await check.click();
      }
      for (const v of await axe(page)) found.push(`${scheme} ${width} ${route}: ${v}`);
    }
    assert.deepEqual(found, []);
    await page.assertClean();
  }
});
