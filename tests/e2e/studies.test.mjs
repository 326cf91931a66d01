// Study pages: each renders its model, the interactive parts respond, and
// the text alternative holds the same content as the diagram.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, ready, startReading } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const codeOf = (href) => decodeURIComponent(href.split('#/trace/')[1] || '');

test('small giants: the model is drawn with every category, its size, and opens traces', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/study/small-giants`);
  await ready(page);
  const diagram = await page.locator('.model-diagram a.core-box, .model-diagram a.cat-box').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(diagram.map(codeOf).sort(), ['C1', 'C2', 'C3', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9']);
  // Each box says how many concepts feed it, counted here from dataset.json.
  const dataset = await (await fetch(`${server.base}dataset.json`)).json();
  const byId = new Map(dataset.codes.filter((c) => c.study === 'small-giants').map((c) => [c.id, c]));
  const ancestors = (id, seen = new Set()) => {
    for (const parent of byId.get(id)?.parents || []) if (!seen.has(parent)) { seen.add(parent); ancestors(parent, seen); }
    return seen;
  };
  const feeding = new Map();
  for (const code of byId.values()) {
    if (code.level !== 'concept') continue;
    for (const up of ancestors(code.id)) feeding.set(up, (feeding.get(up) || 0) + 1);
  }
  for (const id of ['C1', 'C2', 'C3', 'S1', 'S5', 'S9']) {
    const box = page.locator(`.model-diagram a[href="#/trace/${id}"]`);
    assert.match(await box.textContent(), new RegExp(`\\b${feeding.get(id)} concepts`), `${id} is fed by ${feeding.get(id)} concepts`);
  }
  // Keyboard: the boxes are focusable links.
  await page.locator('.model-diagram a[href="#/trace/C2"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/trace/C2');
  // Table 1 and the interviewees.
  await page.goto(`${server.base}#/study/small-giants`);
  await ready(page);
  assert.equal(await page.locator('#firms-heading ~ .table-wrap tbody tr').count(), 5);
  assert.match(await page.locator('main').textContent(), /Total: 51 management personnel/);
  await page.assertClean();
});

test('Kunming: the path diagram matches Table 7, paths respond, effects are computed', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/study/kunming-sem`);
  await ready(page);
  const edges = page.locator('.path-diagram .edge');
  assert.equal(await edges.count(), 5);
  const labels = (await page.locator('.path-diagram .edge text').allTextContents()).sort();
  assert.deepEqual(labels, ['0.200*', '0.204**', '0.377***', '0.428***', '0.638***']);
  // The table (text alternative), below the diagram, has the same
  // coefficients once the reader moves (docs/performance.md, "The rest of a
  // study's sections on the reader's first move").
  await startReading(page);
  const table = await page.locator('#structural-paths .table-wrap tbody tr td:nth-child(2)').allTextContents();
  assert.deepEqual(table.sort(), ['0.200', '0.204', '0.377', '0.428', '0.638']);
  // Select by keyboard.
  const km = page.getByRole('button', { name: /^KM to EI/ });
  await km.focus();
  await page.keyboard.press('Enter');
  assert.equal(await km.getAttribute('aria-pressed'), 'true');
  assert.match(await page.locator('.path-details').textContent(), /H4: “The knowledge management process has a positive impact/);
  // Select by mouse; the decomposition is labelled as computed here.
  await page.getByRole('button', { name: /^IL to EI/ }).click();
  const details = await page.locator('.path-details').textContent();
  assert.match(details, /H3/);
  assert.match(details, /Computed here, not reported by the paper: the total effect of IL on EI is 0\.528/);
  const effectsRow = await page.locator('#effects-heading ~ .table-wrap tbody tr', { hasText: 'IL → EI' }).textContent();
  assert.match(effectsRow, /IL → KM → EI \(0\.241\)/);
  assert.match(effectsRow, /0\.528/);
  assert.match(await page.locator('main').textContent(), /prints no fit index/);
  await page.assertClean();
});

test('Haier and Huawei: the timeline matches the milestone list; evidence side by side', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/study/haier-huawei`);
  await ready(page);
  const dots = await page.locator('.timeline-diagram .dot-label').allTextContents();
  const items = await page.locator('ol[aria-label="Milestones in order"] .year').allTextContents();
  assert.equal(dots.length, items.length);
  assert.deepEqual(dots.map((d) => d.replace('~', '')).sort(), items.map((i) => i.replace('about ', '')).sort());
  assert.equal(await page.locator('article.path').count(), 4);
  const first = page.locator('article.path').first();
  assert.deepEqual(await first.locator('.two-columns .evidence h4').allTextContents(), ['Haier', 'Huawei']);
  // Evidence the paper gives for both companies is shown once, not in each column.
  assert.equal(await first.locator('.evidence h4', { hasText: 'Both companies' }).count(), 1);
  await page.assertClean();
});

test('Beijing: the matrix has every Table 1 mark and links into the filter', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/study/beijing-smes`);
  await ready(page);
  const marks = await page.locator('#matrix-heading ~ .table-wrap td.mark .hr-mark').allTextContents();
  // Every cell is marked: present or not detected, in the words of the legend.
  assert.equal(marks.length, 5 * 19);
  assert.equal(marks.filter((m) => m === '✓').length, 14 + 13 + 8 + 5 + 6);
  assert.equal(marks.filter((m) => m === '–').length, 5 * 19 - (14 + 13 + 8 + 5 + 6));
  const legend = await page.locator('#table1 .legend').textContent();
  assert.match(legend, /✓\s*Present/);
  assert.match(legend, /–\s*Not detected/);
  await page.getByRole('link', { name: 'HR of foreign origins' }).click();
  await page.waitForFunction(() => location.hash === '#/firms?foreign_origin=yes');
  await page.waitForFunction(() => document.querySelector('[role=status][aria-live=polite]')?.textContent === '5 firms');
  await page.assertClean();
});

test('themes: every theme links at least two studies, each with its own words', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/themes`);
  await ready(page);
  const themes = page.locator('section.theme');
  assert.ok(await themes.count() >= 4);
  for (let i = 0; i < await themes.count(); i++) {
    const theme = themes.nth(i);
    const studies = new Set(await theme.locator('.theme-link .kicker').allTextContents());
    assert.ok(studies.size >= 2, `${await theme.locator('h2').textContent()} links ${[...studies]}`);
    assert.equal(await theme.locator('.theme-link').count(), await theme.locator('.theme-link blockquote').count());
  }
  // Codes and firms named by a theme link back to it.
  await page.goto(`${server.base}#/trace/b3`);
  await ready(page);
  const mentions = page.getByRole('region', { name: 'Themes across studies' });
  assert.match(await mentions.textContent(), /R&D talent and innovative teams/);
  await page.goto(`${server.base}#/firm/CF11`);
  await ready(page);
  assert.match(await page.getByRole('region', { name: 'Themes across studies' }).textContent(), /International knowledge linkages/);
  await page.goto(`${server.base}#/themes`);
  await ready(page);
  // The themes at a glance (a navigation landmark) open each theme as an in-page route.
  const second = page.getByRole('navigation', { name: 'Themes' }).getByRole('rowheader').nth(1).getByRole('link');
  const title = (await second.textContent()).trim();
  await second.click();
  await page.waitForFunction(() => /^#\/themes\/[a-z-]+$/.test(location.hash));
  const top = await page.getByRole('heading', { level: 2, name: title, exact: true }).evaluate((h) => h.getBoundingClientRect().top);
  assert.ok(top >= -2 && top < 200, `the theme heading is at the top of the window (${top})`);
  await page.assertClean();
});
