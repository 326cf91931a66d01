// Learn end to end: every tour step by step (by keyboard, focus on the new
// step's heading, Previous and Next), and every exercise completed perfectly
// and imperfectly, with the stated scores checked against answers worked out
// here from the data files (data/*.toml, dataset.json), never typed in.
// Also: seeds, stored progress (and unreadable progress), embed=1 at 320 px.
import fs from 'node:fs';
import path from 'node:path';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, ready } from './harness.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
let server, browser, dataset;
before(async () => {
  server = await startServer();
  browser = await launch();
  dataset = await (await fetch(`${server.base}dataset.json`)).json();
});
after(async () => { await browser?.close(); await server?.close(); });

/** The `[[name]]` tables of a data file, each as an object of its one-line keys. */
function tables(file, name) {
  const text = fs.readFileSync(path.join(ROOT, 'data', file), 'utf8');
  return text.split(/^\[\[/m).slice(1).filter((block) => block.startsWith(`${name}]]`)).map((block) => {
    const out = { codes: [] };
    for (const line of block.split('\n').slice(1)) {
      const m = line.match(/^(\w+) = (.*)$/);
      if (!m) continue;
      if (m[2].startsWith('"')) out[m[1]] = JSON.parse(m[2]);
      else if (m[1] === 'codes') out.codes = [...m[2].matchAll(/id = "([^"]+)"/g)].map((x) => x[1]);
    }
    return out;
  });
}

const excerpt = () => tables('small-giants.toml', 'excerpt');
const code = (id) => dataset.codes.find((c) => c.id === id);
/** Every code at `level` above `id`, following every parent. */
function above(id, level) {
  const c = code(id);
  if (!c) return [];
  if (c.level === level) return [id];
  return [...new Set(c.parents.flatMap((p) => above(p, level)))];
}

const status = (page) => page.getByRole('status').filter({ hasText: /correct$/ });
const groups = (page) => page.getByRole('form', { name: 'Questions' }).getByRole('group');

async function open(page, hash) {
  await page.goto(`${server.base}${hash}`);
  await ready(page);
}

/** The radio in group `g` whose label starts with `value` (a code id or a rank). */
async function pick(g, value) {
  const radios = g.getByRole('radio');
  for (let i = 0; i < await radios.count(); i++) {
    const name = (await radios.nth(i).evaluate((r) => r.closest('label').textContent)).trim();
    if (name === value || name.startsWith(`${value} `)) { await radios.nth(i).check(); return name; }
  }
  throw new Error(`no choice ${value}`);
}

/** Checks some radio of group `g` that is not among `wrong`-avoiding values; returns its value. */
async function pickOther(g, avoid) {
  const radios = g.getByRole('radio');
  for (let i = 0; i < await radios.count(); i++) {
    const value = await radios.nth(i).getAttribute('value');
    if (!avoid.includes(value)) { await radios.nth(i).check(); return value; }
  }
  throw new Error('every choice is right');
}

test('#/learn lists four tours and the exercises, each with what it teaches and how long it takes', async () => {
  const page = await newPage(browser);
  await open(page, '#/learn');
  assert.equal(await page.locator('main h1').textContent(), 'Learn');
  const tours = page.getByRole('region', { name: 'Guided tours' }).getByRole('listitem');
  assert.equal(await tours.count(), 4);
  for (let i = 0; i < 4; i++) assert.match(await tours.nth(i).textContent(), /\d steps · about \d+ minutes/);
  for (const name of ['Code this passage', 'Place the concept', 'Predict the paths', 'Find the firms']) {
    assert.ok(await page.getByRole('link', { name, exact: true }).isVisible(), name);
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).waitFor();
  await page.assertClean();
});

test('every tour, step by step by keyboard: Step n of N, focus on the heading, Previous and Next', async () => {
  const page = await newPage(browser);
  await open(page, '#/learn');
  const hrefs = await page.getByRole('region', { name: 'Guided tours' }).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(hrefs.length, 4);
  for (const href of hrefs) {
    await open(page, href);
    const id = href.split('/')[3];
    let n = 1;
    for (;;) {
      const kicker = await page.locator('main .kicker').nth(1).textContent();
      const m = kicker.match(/Step (\d+) of (\d+)/);
      assert.ok(m, kicker);
      assert.equal(Number(m[1]), n);
      const total = Number(m[2]);
      assert.ok(total >= 5 && total <= 9, `${id}: 5–9 steps`);
      assert.ok((await page.locator('main .tour-live').innerText()).trim().length > 0, `${id} ${n} shows data`);
      const steps = page.getByRole('navigation', { name: 'Steps of this tour' });
      assert.equal(await steps.getByRole('link', { name: 'Previous', exact: true }).count(), n > 1 ? 1 : 0);
      if (n === total) {
        assert.equal(await steps.getByRole('link', { name: 'Next', exact: true }).count(), 0);
        break;
      }
      // By keyboard: focus Next and press Enter.
      await steps.getByRole('link', { name: 'Next', exact: true }).focus();
      await page.keyboard.press('Enter');
      n += 1;
      await page.waitForFunction((h) => location.hash === h, `#/learn/tour/${id}/${n}`);
      await page.waitForFunction(() => document.activeElement?.id === 'step-heading');
      assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
    }
    // Previous goes back one step.
    await page.getByRole('link', { name: 'Previous', exact: true }).click();
    await page.waitForFunction((h) => location.hash === h, `#/learn/tour/${id}/${n - 1}`);
  }
  // Progress: every step seen.
  await page.getByRole('link', { name: 'All tours and exercises' }).click();
  await page.waitForFunction(() => location.hash === '#/learn');
  const progress = await page.getByRole('list', { name: 'Your progress' }).innerText();
  assert.equal((progress.match(/(\d) of \1 steps seen/g) || []).length, 4, progress);
  await page.assertClean();
});

test('a tour step past the end says how many steps there are; an unknown tour is not found', async () => {
  const page = await newPage(browser);
  await open(page, '#/learn/tour/kunming-sem/42');
  assert.match(await page.getByRole('status').filter({ hasText: 'steps' }).textContent(), /This tour has \d steps\./);
  await page.getByRole('link', { name: 'Start at step 1' }).click();
  await page.waitForFunction(() => location.hash === '#/learn/tour/kunming-sem/1');
  await open(page, '#/learn/tour/nowhere/1');
  assert.equal(await page.locator('main h1').textContent(), 'Not found');
  await page.assertClean();
});

test('Code this passage: perfect and imperfect, scored against the printed annotation', async () => {
  const page = await newPage(browser);
  await open(page, '#/learn/code-passage?seed=5');
  const passages = excerpt().filter((p) => p.codes.length);
  const g = groups(page);
  assert.equal(await g.count(), passages.length, 'one radio group per coded fragment');
  for (let i = 0; i < passages.length; i++) {
    const legend = await g.nth(i).locator('legend').textContent();
    const passage = passages.find((p) => legend.includes(p.text.trim()));
    assert.ok(passage, `the legend holds the fragment as printed: ${legend}`);
    const radios = g.nth(i).getByRole('radio');
    for (let r = 0; r < await radios.count(); r++) {
      assert.match(await radios.nth(r).evaluate((x) => x.closest('label').textContent.trim()), /^a\d+ \S/, 'options are "<id> <label>"');
    }
    // The first three wrong, the rest right.
    if (i < 3) await pickOther(g.nth(i), passage.codes);
    else await pick(g.nth(i), passage.codes[0]);
  }
  await page.getByRole('button', { name: 'Check answers' }).click();
  assert.equal(await status(page).textContent(), `${passages.length - 3} of ${passages.length} correct`);
  // Per fragment: the authors' code, linked to its trace.
  const feedback = g.nth(0).locator('.feedback');
  assert.match(await feedback.textContent(), /^Not this one\. The authors coded it as /);
  assert.equal(await feedback.getByRole('link').getAttribute('href'), `#/trace/${passages[0].codes[0]}`);
  assert.match(await g.nth(5).locator('.feedback').textContent(), /^Right\./);
  // Start again, all right.
  await page.getByRole('button', { name: 'Start again' }).click();
  for (let i = 0; i < passages.length; i++) {
    const legend = await g.nth(i).locator('legend').textContent();
    await pick(g.nth(i), passages.find((p) => legend.includes(p.text.trim())).codes[0]);
  }
  await page.getByRole('button', { name: 'Check answers' }).click();
  assert.equal(await status(page).textContent(), `${passages.length} of ${passages.length} correct`);
  await page.assertClean();
});

test('Code this passage, second mode: core theme and core category, either chain of a concept accepted', async () => {
  const page = await newPage(browser);
  await open(page, '#/learn/code-passage?seed=3&mode=chains');
  const g = groups(page);
  const n = await g.count();
  assert.equal(n, 8);
  let theme;
  for (let i = 0; i < n; i++) {
    const legend = await g.nth(i).locator('legend').textContent();
    const [, level, concept] = legend.match(/^(Core theme|Core category) of (a\d+) /);
    if (level === 'Core theme') {
      const offered = await g.nth(i).getByRole('radio').evaluateAll((rs) => rs.map((r) => r.value));
      theme = above(concept, 'theme').find((t) => offered.includes(t));
      await pick(g.nth(i), theme);
    } else {
      // The core category above the theme chosen.
      await pick(g.nth(i), above(theme, 'core_category')[0]);
    }
  }
  await page.getByRole('button', { name: 'Check answers' }).click();
  assert.equal(await status(page).textContent(), '8 of 8 correct');
  await page.assertClean();
});

test('Place the concept, by keyboard alone, level by level; and a wrong first level', async () => {
  const page = await newPage(browser);
  await open(page, '#/learn/place-concept?seed=11');
  const g = groups(page);
  assert.equal(await g.count(), 1, 'one level at a time');
  const concept = (await g.nth(0).locator('legend').textContent()).match(/ of (a\d+) /)[1];
  const levels = ['theme', 'initial_category', 'category', 'core_category'];
  let below = concept;
  for (let level = 0; level < 4; level++) {
    const group = g.nth(level);
    const right = above(below, levels[level]);
    // Keyboard: Tab into the group, arrow to the right choice, Space, then
    // Tab to Check answers and press Enter.
    const values = await group.getByRole('radio').evaluateAll((rs) => rs.map((r) => r.value));
    const target = values.findIndex((v) => right.includes(v));
    await group.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
    assert.equal(await group.getByRole('radio').nth(target).isChecked(), true);
    await page.getByRole('button', { name: 'Check answers' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await status(page).textContent(), `${level + 1} of ${level + 1} correct`);
    assert.match(await group.locator('.feedback').textContent(), /^Right\./);
    below = values[target];
  }
  assert.equal(await page.getByRole('button', { name: 'Check answers' }).count(), 0, 'done');
  // A wrong first level: 0 of 1, with the accepted themes named.
  await page.getByRole('button', { name: 'Start again' }).click();
  await pickOther(g.nth(0), above(concept, 'theme'));
  await page.getByRole('button', { name: 'Check answers' }).click();
  assert.equal(await status(page).textContent(), '0 of 1 correct');
  const accepted = await g.nth(0).locator('.feedback a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(accepted, above(concept, 'theme').map((t) => `#/trace/${t}`));
  await page.assertClean();
});

test('Predict the paths: scored against the printed coefficients, then revealed', async () => {
  const paths = tables('kunming-sem.toml', 'structural_path');
  const strength = (p) => Math.abs(Number(p.std));
  const rank = (p) => paths.filter((q) => strength(q) > strength(p)).length + 1;
  const page = await newPage(browser);
  await open(page, '#/learn/predict-paths?seed=2');
  const g = groups(page);
  assert.equal(await g.count(), paths.length * 2);
  const answer = async (wrongRanks) => {
    for (let i = 0; i < await g.count(); i++) {
      const legend = await g.nth(i).locator('legend').textContent();
      const m = legend.match(/(\w+) → (\w+)/);
      const p = paths.find((q) => q.from === m[1] && q.to === m[2]);
      if (legend.startsWith('Rank')) await pick(g.nth(i), wrongRanks ? '1' : String(rank(p)));
      else await pick(g.nth(i), p.p.trim() ? 'Yes' : 'No');
    }
  };
  await answer(false);
  assert.equal(await page.getByRole('region', { name: 'The printed results' }).count(), 0, 'nothing revealed before checking');
  await page.getByRole('button', { name: 'Check answers' }).click();
  assert.equal(await status(page).textContent(), `${paths.length * 2} of ${paths.length * 2} correct`);
  const results = page.getByRole('region', { name: 'The printed results' });
  assert.match(await results.textContent(), /standardised coefficient/i);
  for (const p of paths) assert.ok((await results.textContent()).includes(p.std), p.std);
  // Every rank "1": only the strongest path's rank is right.
  await page.getByRole('button', { name: 'Start again' }).click();
  await answer(true);
  await page.getByRole('button', { name: 'Check answers' }).click();
  const ones = paths.filter((p) => rank(p) === 1).length;
  assert.equal(await status(page).textContent(), `${paths.length + ones} of ${paths.length * 2} correct`);
  await page.assertClean();
});

test('Find the firms: answered by setting the filter, checked as a set, "not reported" explained', async () => {
  const page = await newPage(browser);
  await open(page, '#/learn/find-firms?seed=4');
  const g = groups(page);
  assert.equal(await g.count(), 3);
  const values = { Present: true, 'Not detected': false };
  const expected = [];
  for (let i = 0; i < 3; i++) {
    const legend = await g.nth(i).locator('legend').textContent();
    const conditions = legend.match(/which firms have (.*)\?$/)[1].split('; ').map((c) => c.split(': '));
    // Worked out here from dataset.json: firms whose attribute is reported
    // and has the value asked for.
    const keys = { 'Personal connections': 'personal_connections', 'Staff who studied abroad': 'study_abroad', 'Staff who worked abroad': 'work_abroad', 'Staff of foreign origin': 'foreign_origin', 'CEO/founder with international experience': 'ceo_international' };
    expected.push(dataset.firms.filter((f) => conditions.every(([a, v]) => f.hr[keys[a]] === values[v])).map((f) => f.id));
    // Question 2 is left unanswered (every firm).
    if (i === 1) continue;
    for (const [attribute, value] of conditions) await g.nth(i).getByLabel(attribute).selectOption({ label: value });
    const matches = expected[i].length === 1 ? '1 firm matches your filter' : `${expected[i].length} firms match your filter`;
    const shown = await g.nth(i).locator('p', { hasText: 'your filter' }).textContent();
    assert.ok(shown.startsWith(matches), `${shown} starts with ${matches}`);
  }
  await page.getByRole('button', { name: 'Check answers' }).click();
  assert.equal(await status(page).textContent(), '2 of 3 correct');
  for (let i = 0; i < 3; i++) {
    const feedback = g.nth(i).locator('.feedback');
    const listed = await feedback.getByRole('link').evaluateAll((as) => as.map((a) => a.textContent));
    assert.deepEqual(listed, expected[i]);
    assert.match(await feedback.textContent(), /“not reported” is neither present nor not detected/);
  }
  assert.match(await g.nth(1).locator('.feedback').textContent(), /^Not answered\./, 'a filter left untouched is no answer');
  await page.assertClean();
});

test('the same seed gives the same exercise; a bad seed warns and shows set 1', async () => {
  const page = await newPage(browser);
  const legends = async (hash) => { await open(page, hash); return groups(page).evaluateAll((fs) => fs.map((f) => f.textContent)); };
  const a = await legends('#/learn/code-passage?seed=77');
  const b = await legends('#/learn/code-passage?seed=77');
  assert.deepEqual(a, b);
  const other = await legends('#/learn/code-passage?seed=78');
  assert.notDeepEqual(a, other, 'another seed, other distractors');
  await page.getByRole('link', { name: 'Another set of questions' }).click();
  await page.waitForFunction(() => location.hash === '#/learn/code-passage?seed=79');
  await open(page, '#/learn/place-concept?seed=banana');
  assert.match(await page.locator('main').textContent(), /The seed “banana” is not a whole number/);
  assert.match(await page.locator('main').textContent(), /Questions set 1/);
  await page.assertClean();
});

test('progress: scores and steps kept in local storage, a printable summary, reset; unreadable progress ignored with a notice', async () => {
  const page = await newPage(browser);
  await open(page, '#/learn/predict-paths?seed=9');
  await page.getByRole('button', { name: 'Check answers' }).click();
  const total = (await status(page).textContent()).match(/of (\d+)/)[1];
  await open(page, '#/learn/tour/beijing-smes/2');
  await open(page, '#/learn');
  const list = page.getByRole('list', { name: 'Your progress' });
  assert.match(await list.textContent(), new RegExp(`Predict the paths: 0 of ${total} correct \\(questions set 9\\)`));
  assert.match(await list.textContent(), /Human-resource profiles: the Beijing SMEs: 1 of \d steps seen/);
  const stored = await page.evaluate(() => localStorage.getItem('sme-explorer.learn.v1'));
  assert.match(stored, /^sme-explorer learn 1\n/);
  // The summary prints: the lists of tours and exercises do not.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('region', { name: 'Guided tours' }).isVisible(), false);
  assert.equal(await list.isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Reset progress' }).click();
  assert.equal(await list.count(), 0);
  assert.equal(await page.evaluate(() => localStorage.getItem('sme-explorer.learn.v1')), null);
  // Foreign data under the key: a notice, and the page works.
  await page.evaluate(() => localStorage.setItem('sme-explorer.learn.v1', '{"steps": [1, 2]}'));
  await page.reload();
  await ready(page);
  assert.match(await page.getByRole('status').filter({ hasText: 'progress' }).textContent(), /could not be read and was ignored/);
  await page.assertClean();
});

test('in an embed at 320 px: a tour step fits, Next keeps embed=1, and an exercise can be completed', async () => {
  const page = await newPage(browser, { viewport: { width: 320, height: 640 } });
  await open(page, '#/learn/tour/small-giants/2?embed=1');
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(await overflow() <= 0, 'no sideways scroll');
  await page.getByRole('link', { name: 'Next', exact: true }).click();
  await page.waitForFunction(() => location.hash === '#/learn/tour/small-giants/3?embed=1');
  await open(page, '#/learn/place-concept?embed=1');
  assert.ok(await overflow() <= 0, 'no sideways scroll');
  for (let level = 0; level < 4; level++) {
    await groups(page).nth(level).getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check answers' }).click();
  }
  assert.match(await status(page).textContent(), /^\d of 4 correct$/);
  assert.ok(await overflow() <= 0, 'no sideways scroll after feedback');
  await page.assertClean();
});
