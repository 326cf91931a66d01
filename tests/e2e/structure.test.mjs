// Pages that show before they tell (issue 17): the study pages' table of
// contents and the notes under their sections, the themes at a glance,
// compare side by side (with its bad inputs), the home cards, the long
// tables' filter and the firm list's sector said once. Expected values come
// from dataset.json and the data files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, newPage, ready, openDetails, startReading } from './harness.mjs';

let server, browser, dataset;
before(async () => {
  server = await startServer();
  browser = await launch();
  dataset = await (await fetch(`${server.base}dataset.json`)).json();
});
after(async () => { await browser?.close(); await server?.close(); });

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const STUDIES = ['small-giants', 'haier-huawei', 'kunming-sem', 'beijing-smes'];

test('study pages: "On this page" lists every section, opens it, and is beside the text on wide screens', async () => {
  const page = await newPage(browser);
  for (const study of STUDIES) {
    await page.goto(`${server.base}#/study/${study}`);
    await ready(page);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const links = await toc.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.length >= 5, `${study}: ${links}`);
    for (const href of links) {
      assert.match(href, new RegExp(`^#/study/${study}/[a-z0-9-]+$`));
      const id = href.split('/').pop();
      assert.equal(await page.locator(`main section#${id}`).count(), 1, `${href} names a section of the page`);
    }
    assert.equal(await toc.locator('details').evaluate((d) => d.open), true, `${study}: open on a wide screen`);
    assert.equal(await toc.evaluate((n) => getComputedStyle(n).position), 'sticky');
    // The model comes first.
    const first = await page.locator('.study-body > section').first().getAttribute('id');
    assert.ok(['model', 'milestones', 'structural', 'table1'].includes(first), `${study} opens with ${first}`);
  }
  // A section opens from the contents, and Back returns.
  await page.goto(`${server.base}#/study/kunming-sem`);
  await ready(page);
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: /Measurement model/ }).click();
  await page.waitForURL(/#\/study\/kunming-sem\/measurement$/);
  // The sections above it may still be arriving (the rest of the page's
  // sections, fetched at this first click): the window goes to the section
  // again once they are drawn.
  await page.waitForFunction(() => !document.querySelector('main .deferred > p.loading'));
  await page.waitForFunction(() => Math.abs(document.getElementById('measurement').getBoundingClientRect().top) < 80);
  await page.goBack();
  await page.waitForURL(/#\/study\/kunming-sem$/);
  await page.assertClean();
});

test('on a phone the contents are closed at the top', async () => {
  const page = await newPage(browser, { viewport: { width: 375, height: 800 } });
  await page.goto(`${server.base}#/study/beijing-smes`);
  await ready(page);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  assert.equal(await toc.locator('details').evaluate((d) => d.open), false);
  const box = await toc.boundingBox();
  const body = await page.locator('.study-body').boundingBox();
  assert.ok(box.y < body.y, 'above the text');
  await page.assertClean();
});

test('every source note is on its study page once, closed under its section with its count', async () => {
  const page = await newPage(browser);
  for (const study of STUDIES) {
    await page.goto(`${server.base}#/study/${study}`);
    await ready(page);
    const expected = dataset.notes.filter((n) => n.study === study).length;
    const groups = page.locator('details.section-notes');
    let total = await page.locator('section#notes .note-list > li').count();
    for (let i = 0; i < await groups.count(); i++) {
      const group = groups.nth(i);
      assert.equal(await group.evaluate((d) => d.open), false, 'closed by default');
      const count = await group.locator('.note-list > li').count();
      assert.match(await group.locator('summary').textContent(), new RegExp(`\\(${count}\\)`));
      total += count;
    }
    assert.equal(total, expected, `${study}: every note, once`);
  }
  // a13's notes sit under the model.
  await page.goto(`${server.base}#/study/small-giants`);
  await ready(page);
  const modelNotes = page.locator('section#model + details.section-notes');
  await openDetails(modelNotes.locator('summary'));
  assert.match(await modelNotes.textContent(), /a13/);
  await page.assertClean();
});

test('themes at a glance: themes × studies, each count a link to the evidence', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/themes`);
  await ready(page);
  const toml = fs.readFileSync(path.join(ROOT, 'data/themes.toml'), 'utf8');
  const themes = toml.split(/^\[\[theme\]\]$/m).slice(1).map((block) => ({
    id: block.match(/^id = "([^"]+)"/m)[1],
    studies: [...block.matchAll(/^study = "([^"]+)"/gm)].map((m) => m[1]),
  }));
  const table = page.locator('table.themes-matrix');
  assert.equal(await table.locator('tbody tr').count(), themes.length);
  assert.equal(await table.locator('thead th').count(), 1 + STUDIES.length);
  for (const [r, theme] of themes.entries()) {
    const cells = table.locator('tbody tr').nth(r).locator('td');
    for (const [c, study] of STUDIES.entries()) {
      const n = theme.studies.filter((s) => s === study).length;
      const text = (await cells.nth(c).textContent()).trim();
      if (n === 0) assert.equal(text, 'none', `${theme.id} × ${study}`);
      else assert.match(text, new RegExp(`^${n} links?`), `${theme.id} × ${study}`);
    }
  }
  await table.locator('tbody tr').nth(1).locator('td.some a').first().click();
  await page.waitForURL(new RegExp(`#/themes/${themes[1].id}$`));
  // Each theme's evidence can be folded away.
  const evidence = page.locator(`section.theme[id="${themes[1].id}"] details.theme-evidence`);
  assert.equal(await evidence.evaluate((d) => d.open), true);
  await evidence.locator('summary').click();
  assert.equal(await evidence.evaluate((d) => d.open), false);
  await page.assertClean();
});

test('compare firms side by side: columns are the firms, differing rows are marked', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/compare?firms=CF7,CF11`);
  await ready(page);
  const table = page.locator('table.compare-table');
  assert.deepEqual((await table.locator('thead th a[lang="en"]').allTextContents()), ['CF7', 'CF11']);
  const [a, b] = ['CF7', 'CF11'].map((id) => dataset.firms.find((f) => f.id === id));
  const labels = { personal_connections: 'Personal connections', study_abroad: 'Staff who studied abroad', work_abroad: 'Staff who worked abroad', foreign_origin: 'Staff of foreign origin', ceo_international: 'CEO/founder with international experience' };
  for (const [key, label] of Object.entries(labels)) {
    const row = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: new RegExp(`^${label.replace(/[/]/g, '.')}`) }) });
    assert.equal(await row.count(), 1, label);
    const differs = a.hr[key] !== b.hr[key];
    assert.equal(await row.evaluate((r) => r.classList.contains('differs')), differs, `${label} differs: ${differs}`);
  }
  await page.assertClean();
});

test('compare: from a firm page, add a firm; codes of one study; the Haier/Huawei link', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/firm/CF7`);
  await ready(page);
  await page.getByRole('link', { name: 'Compare with…' }).click();
  await page.waitForURL(/#\/compare\?firms=CF7$/);
  await page.getByRole('status').filter({ hasText: /at least two/ }).waitFor();
  assert.equal(await page.locator('main .url-warnings').count(), 0, 'one firm is a start, not a mistake: no warning');
  // The choice starts on the first firm not yet compared, in the data's order.
  const firstOther = dataset.firms.map((f) => f.id).find((id) => id !== 'CF7');
  assert.equal(await page.getByLabel('Add a firm').inputValue(), firstOther);
  await page.getByLabel('Add a firm').selectOption('CF11');
  await page.getByRole('button', { name: 'Add' }).click();
  await page.waitForURL(/#\/compare\?firms=CF7,CF11$/);
  await page.getByRole('link', { name: 'Remove CF7 from the comparison' }).click();
  await page.waitForURL(/#\/compare\?firms=CF11$/);
  await page.goto(`${server.base}#/compare?codes=a13,b16`);
  await ready(page);
  const chains = await page.locator('.compare-chains').allTextContents();
  assert.match(chains[0], /a13 → b1 → A1 → S1 → C1/);
  assert.match(chains[0], /a13 → b16 → A6 → S3 → C2/);
  await page.goto(`${server.base}#/study/haier-huawei`);
  await ready(page);
  await page.getByRole('link', { name: 'Compare Haier and Huawei side by side' }).click();
  await page.waitForURL(/#\/compare\?firms=Haier,Huawei$/);
  assert.deepEqual(await page.locator('table.compare-table thead th a[lang="en"]').allTextContents(), ['Haier', 'Huawei']);
  await page.assertClean();
});

test('compare: bad inputs are said and the rest still compares', async () => {
  const page = await newPage(browser);
  const cases = [
    ['#/compare?firms=CF7,CF99,CF7,CF11', /No firm is called CF99[\s\S]*CF7 is named twice/, ['CF7', 'CF11']],
    ['#/compare?codes=a13,IL6,b16', /IL6 belongs to another study/, ['a13', 'b16']],
    ['#/compare?codes=B16,b16', /No code is called B16/, ['b16']],
    ['#/compare?firms=CF1,CF2,CF3,CF4,CF5', /5 records were named; the first four are compared/, ['CF1', 'CF2', 'CF3', 'CF4']],
    ['#/compare?firms=CF7&codes=a13', /cannot be compared with each other/, ['CF7']],
    ['#/compare?firms=%3Cscript%3E', /No firm is called <script>/, []],
  ];
  for (const [hash, message, columns] of cases) {
    await page.goto(`${server.base}${hash}`);
    await ready(page);
    assert.match(await page.locator('main .url-warnings').textContent(), message, hash);
    assert.deepEqual(await page.locator('table.compare-table thead th a[lang="en"]').allTextContents(), columns, hash);
  }
  await page.assertClean();
});

test('home: each study card has a drawing, a finding and its size from the data; Start here for three audiences', async () => {
  const page = await newPage(browser);
  await page.goto(server.base);
  await ready(page);
  const cards = page.locator('.cards .card');
  assert.equal(await cards.count(), 4);
  for (let i = 0; i < 4; i++) {
    assert.equal(await cards.nth(i).locator('svg.mini[aria-hidden="true"]').count(), 1);
  }
  const firms = (study) => dataset.firms.filter((f) => f.study === study).length;
  assert.match(await cards.nth(3).locator('.card-size').textContent(), new RegExp(`^${firms('beijing-smes')} firms · 5 human-resource attributes`));
  const concepts = dataset.codes.filter((c) => c.study === 'small-giants' && c.level === 'concept').length;
  assert.match(await cards.nth(0).locator('.card-size').textContent(), new RegExp(`^${concepts} concepts`));
  const start = page.getByRole('region', { name: 'Start here' }).or(page.locator('section[aria-labelledby="start-heading"]'));
  for (const who of ['Students', 'Lecturers', 'Readers who want the data']) {
    assert.equal(await start.getByRole('heading', { name: who }).count(), 1, who);
  }
  await page.assertClean();
});

test('the items table filters as you type and keeps its header in view', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/study/kunming-sem/measurement`);
  await ready(page);
  const rows = page.locator('#items-table tbody tr');
  const total = await rows.count();
  await page.getByLabel('Filter the items (by item or dimension)').fill('IL6');
  await page.waitForFunction(() => /items shown/.test(document.getElementById('items-table-status')?.textContent || ''));
  const visible = await rows.evaluateAll((rs) => rs.filter((r) => !r.hidden).map((r) => r.textContent));
  assert.ok(visible.length >= 1 && visible.length < total);
  assert.ok(visible.every((t) => t.includes('IL6')));
  assert.match(await page.locator('#items-table-status').textContent(), new RegExp(`${visible.length} of ${total} items shown`));
  assert.equal(await page.locator('#items-table thead th').first().evaluate((th) => getComputedStyle(th).position), 'sticky');
  await page.assertClean();
});

test('the firm list says the Beijing sector once, and its filters are not a form without a submit button', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/firms`);
  await ready(page);
  const text = await page.locator('main').textContent();
  assert.equal(text.split('the paper reports no per-firm sector').length - 1, 1);
  assert.equal(await page.locator('main form').count(), 0);
  await page.assertClean();
});

test('a value a note concerns is marked where it is shown, and the mark opens the note', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/study/kunming-sem`);
  await ready(page);
  await startReading(page);
  // Every item that a note names is marked in the items table, and no other.
  const noted = new Set(dataset.notes.filter((n) => n.study === 'kunming-sem').flatMap((n) => n.records)
    .filter((r) => r.startsWith('item:')).map((r) => r.slice(5)));
  assert.ok(noted.has('IL6'));
  const marked = await page.locator('#items-table tbody th').evaluateAll((ths) => ths
    .filter((th) => th.querySelector('.note-mark')).map((th) => th.querySelector('a').textContent));
  assert.deepEqual(new Set(marked), noted);
  const mark = page.locator('#items-table tbody tr', { hasText: 'IL6' }).first().locator('.note-mark');
  assert.match(await mark.getAttribute('aria-label'), /A source note concerns this \(\d+\)/);
  await mark.click();
  await page.waitForURL(/#\/study\/kunming-sem\/notes-measurement$/);
  const notes = page.locator('#notes-measurement');
  await page.waitForFunction(() => document.getElementById('notes-measurement')?.open === true);
  assert.match(await notes.textContent(), /IL6/);
  await page.assertClean();
});
