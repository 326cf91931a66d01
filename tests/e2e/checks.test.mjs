// Check the numbers (#/checks): every recomputation in a table per study
// with an exact status word, the tolerance explained; findings that do not
// reproduce show beside their records. Statuses are recomputed here from
// dataset-independent inputs (the printed loadings in data/kunming-sem.toml).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, newPage, ready } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const STATUSES = /^(Reproduces|Does not reproduce|Cannot be checked \(.+\))$/;

/** Items of data/kunming-sem.toml: id, dimensions and printed loading. */
function items() {
  const text = fs.readFileSync(path.join(ROOT, 'data/kunming-sem.toml'), 'utf8');
  return text.split(/^\[\[item\]\]$/m).slice(1).map((block) => ({
    id: block.match(/^id = "([^"]+)"/m)[1],
    dimensions: [...block.match(/^dimensions = \[([^\]]*)\]/m)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]),
    loading: Number(block.match(/^std_loading = "([^"]+)"/m)[1]),
  }));
}

test('every recomputation has its printed value, the value recomputed, a formula and one of three statuses', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/checks`);
  await ready(page);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Check the numbers');
  // The recomputations arrive in a file of their own, after the heading.
  await page.locator('table.checks-table tbody tr').first().waitFor();
  assert.match(await page.locator('main').textContent(), /Tolerance follows the printed precision/);
  const rows = page.locator('table.checks-table tbody tr');
  const n = await rows.count();
  assert.ok(n > 40, `${n} recomputations`);
  for (let i = 0; i < n; i++) {
    const cells = await rows.nth(i).locator('th, td').allTextContents();
    assert.match(cells[4].trim(), STATUSES, cells[0]);
  }
  // CR of a dimension: recomputed from the loadings its CFA table prints.
  const x13 = items().filter((i) => i.dimensions.at(-1) === 'X13').map((i) => i.loading);
  const sum = x13.reduce((a, b) => a + b, 0);
  const cr = (sum * sum) / (sum * sum + x13.reduce((a, l) => a + 1 - l * l, 0));
  const row = rows.filter({ has: page.getByRole('rowheader', { name: 'X13 · CR', exact: true }) });
  const [, printed, recomputed, formula] = await row.locator('th, td').allTextContents();
  assert.ok(Math.abs(Number(recomputed) - cr) < 0.0006, `X13 CR ${recomputed} against ${cr}`);
  assert.ok(formula.includes(x13[0].toFixed(2)) || formula.includes(String(x13[0])), 'the formula puts the numbers in');
  assert.ok(Math.abs(Number(printed) - cr) <= 0.0005 + 0.005, 'and it reproduces');
  // Table 1's totals against the 366 questionnaires the text states.
  const total = rows.filter({ hasText: 'Table 1 · Enterprise scale · total' });
  assert.deepEqual((await total.locator('td').allTextContents()).slice(0, 2), ['366', '336']);
  assert.match(await total.locator('td').nth(3).textContent(), /^Does not reproduce$/);
  await page.assertClean();
});

test('a finding that does not reproduce shows beside its record: the measurement model, the trace page', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/checks`);
  await ready(page);
  // The checks arrive in a file of their own, after the page's heading.
  await page.locator('table.checks-table tbody tr.differs th').first().waitFor();
  const bad = await page.locator('table.checks-table tbody tr.differs th').allTextContents();
  const dimension = bad.map((t) => t.match(/^([XMY]\d\d) · (CR|AVE)$/)).find(Boolean);
  assert.ok(dimension, `a dimension among ${bad}`);
  await page.goto(`${server.base}#/study/kunming-sem/measurement`);
  await ready(page);
  const item = page.locator('.model-column li', { has: page.locator(`a[href="#/trace/${dimension[1]}"]`) });
  assert.equal(await item.locator('a.check-badge').textContent(), 'Does not reproduce');
  await page.goto(`${server.base}#/trace/${dimension[1]}`);
  await ready(page);
  await page.locator('.check-mark a').click();
  await page.waitForURL(/#\/checks\/kunming-sem$/);
  await page.assertClean();
});

/** Structural paths of data/kunming-sem.toml: from, to, estimate, std, p. */
function paths() {
  const text = fs.readFileSync(path.join(ROOT, 'data/kunming-sem.toml'), 'utf8');
  const field = (block, name) => block.match(new RegExp(`^${name} = "([^"]*)"`, 'm'))?.[1];
  return text.split(/^\[\[structural_path\]\]$/m).slice(1).map((b) => ({
    from: field(b, 'from'), to: field(b, 'to'), estimate: field(b, 'estimate'), std: field(b, 'std'), p: field(b, 'p'),
  }));
}

test('the Kunming path diagram: standardised or unstandardised, significance by line style, a chain highlighted', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/study/kunming-sem`);
  await ready(page);
  const labels = () => page.locator('.path-diagram .edge text').allTextContents();
  const expected = (key) => paths().map((p) => `${p[key]}${p.p}`).sort();
  assert.deepEqual((await labels()).sort(), expected('std'));
  const group = page.getByRole('group', { name: 'Estimates shown' });
  await group.getByRole('button', { name: 'Unstandardised', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.segmented button[aria-pressed="true"]')?.textContent === 'Unstandardised');
  assert.deepEqual((await labels()).sort(), expected('estimate'));
  await group.getByRole('button', { name: 'Standardised', exact: true }).click();
  assert.deepEqual((await labels()).sort(), expected('std'));
  // Line style follows the stars Table 7 prints.
  for (const p of paths()) {
    const edge = page.getByRole('button', { name: new RegExp(`^${p.from} to ${p.to}:`) });
    const stars = (p.p.match(/\*/g) || []).length;
    assert.ok(await edge.evaluate((e, s) => e.classList.contains(`sig-${s}`), stars), `${p.from}->${p.to} drawn as ${stars} stars`);
  }
  assert.match(await page.locator('#structural .legend').textContent(), /\*\*\* thick, \*\* solid, \* dashed/);
  // An indirect chain: its two paths are highlighted and its product is the product of their coefficients.
  const chain = page.getByRole('button', { name: /^IL → KM → EI: product / });
  const product = Number((await chain.textContent()).split('product ')[1]);
  const std = (from, to) => Number(paths().find((p) => p.from === from && p.to === to).std);
  assert.ok(Math.abs(product - std('IL', 'KM') * std('KM', 'EI')) < 0.0006, `${product}`);
  await chain.click();
  assert.equal(await chain.getAttribute('aria-pressed'), 'true');
  const highlighted = await page.locator('.path-diagram .edge.in-chain').evaluateAll((es) => es.map((e) => e.getAttribute('aria-label').split(':')[0]));
  assert.deepEqual(highlighted.sort(), ['IL to KM', 'KM to EI']);
  await page.assertClean();
});

test('the measurement model lists each dimension\'s items with their loadings, breaches and double listings marked', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/study/kunming-sem/measurement`);
  await ready(page);
  for (const dimension of ['X11', 'X12', 'M22', 'M23']) {
    const list = page.getByRole('list', { name: `Items of ${dimension}, with their standardised loadings` });
    const expected = items().filter((i) => i.dimensions.at(-1) === dimension);
    assert.equal(await list.getByRole('listitem').count(), expected.length, dimension);
    for (const item of expected) {
      const entry = list.getByRole('listitem').filter({ has: page.locator(`a[href="#/trace/${item.id}"]`) });
      assert.equal(await entry.evaluate((li) => li.classList.contains('below')), item.loading < 0.5, `${item.id} ${item.loading}`);
      if (item.dimensions.length > 1) assert.match(await entry.textContent(), new RegExp(`also printed under ${item.dimensions[0]}`));
    }
  }
  await page.assertClean();
});

for (const width of [320, 1280]) test(`the path diagram's labels do not overlap each other or the constructs at ${width} px`, async () => {
  const page = await newPage(browser, { viewport: { width, height: 900 } });
  await page.goto(`${server.base}#/study/kunming-sem`);
  await ready(page);
  const boxes = await page.evaluate(() => ({
    labels: [...document.querySelectorAll('.path-diagram .edge rect')].map((r) => r.getBoundingClientRect().toJSON()),
    nodes: [...document.querySelectorAll('.path-diagram .node ellipse')].map((e) => e.getBoundingClientRect().toJSON()),
  }));
  const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  assert.equal(boxes.labels.length, 5);
  for (const [i, a] of boxes.labels.entries()) {
    for (const b of boxes.labels.slice(i + 1)) assert.ok(!overlap(a, b), 'two labels overlap');
    for (const n of boxes.nodes) assert.ok(!overlap(a, n), 'a label covers a construct');
  }
  await page.assertClean();
});

test('Copy table puts the table on the clipboard as tab-separated lines, headers first, and says Copied', async () => {
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${server.base}#/study/kunming-sem/effects`);
  await ready(page);
  const region = page.getByRole('region', { name: /^Indirect and total effects/ });
  const expected = await region.locator('tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.innerText.replace(/\s+/g, ' ').trim()).join('\t')));
  const button = page.getByRole('button', { name: /^Copy table: Indirect and total effects/ });
  await button.click();
  await page.waitForFunction(() => [...document.querySelectorAll('.table-tools .copied')].some((s) => s.textContent === 'Copied'));
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split('\n');
  assert.equal(lines.length, expected.length, 'one line per row');
  assert.deepEqual(lines, expected);
  assert.ok(lines[0].split('\t').length >= 5, 'the header row comes first, tab-separated');
  // Every data table offers it.
  for (const hash of ['#/study/kunming-sem', '#/study/beijing-smes', '#/study/small-giants', '#/firms', '#/themes', '#/checks']) {
    await page.goto(`${server.base}${hash}`);
    await ready(page);
    await page.waitForSelector('table');
    const regions = await page.locator('main .table-wrap[role="region"]').count();
    assert.equal(await page.getByRole('button', { name: /^Copy table/ }).count(), regions, hash);
  }
  await page.assertClean();
});
