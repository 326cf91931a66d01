// One vocabulary for a firm's human-resource attributes from filter to firm
// page to matrix (present, not detected, not reported) with a legend, labels
// that say whose experience it is, and the Appendix 1 interview passage shown
// whole, each coded phrase linked to its concept and back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, ready } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const WORDS = ['Present', 'Not detected', 'Not reported'];

test('filter, firm page, matrix and combinations speak one vocabulary', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/firms`);
  await ready(page);
  // The filter: every facet offers Any and the two reported values.
  const facets = page.getByRole('group', { name: /./ }).filter({ has: page.getByRole('radio') });
  assert.equal(await facets.count(), 5);
  for (let i = 0; i < 5; i++) {
    const labels = (await facets.nth(i).locator('label').allTextContents()).map((t) => t.replace(/\s*\(\d+\)$/, ''));
    assert.deepEqual(labels, ['Any', WORDS[0], WORDS[1]]);
  }
  // "Worked abroad" says whose experience it is, and shows the paper's row label.
  const worked = page.getByRole('group', { name: 'Staff who worked abroad' });
  assert.match(await worked.textContent(), /Table 1: “HR with previous work experience abroad”/);
  // The matrix: marks with a legend in the same words, and the words for screen readers.
  const legend = await page.locator('.firm-matrix').locator('xpath=ancestor::section[1]').locator('.legend').textContent();
  for (const word of WORDS) assert.ok(legend.includes(word), `the legend explains "${word}"`);
  const cellWords = new Set(await page.locator('table.firm-matrix td.mark .visually-hidden').allTextContents());
  assert.deepEqual([...cellWords].sort(), [...WORDS].sort());
  // A firm page: the same words.
  await page.goto(`${server.base}#/firm/CF7`);
  await ready(page);
  const values = new Set(await page.locator('main table td').allTextContents());
  for (const v of values) assert.ok(WORDS.includes(v), `firm page value "${v}"`);
  await page.goto(`${server.base}#/firm/Huawei`);
  await ready(page);
  assert.match(await page.locator('#hr-heading ~ p').first().textContent(), /^Not reported/);
  // The words never used any more.
  for (const hash of ['#/firms', '#/firm/CF7', '#/study/beijing-smes']) {
    await page.goto(`${server.base}${hash}`);
    await ready(page);
    assert.doesNotMatch(await page.locator('main').innerText(), /\bAbsent\b/, hash);
  }
  await page.assertClean();
});

test('the Appendix 1 passage is shown whole, every coded phrase linked both ways', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/study/small-giants/passage`);
  await ready(page);
  const passage = page.locator('#passage blockquote');
  await passage.waitFor();
  assert.equal(await passage.getAttribute('lang'), 'en', 'the paper\'s words are marked as English');
  const phrases = passage.locator('.coded');
  const n = await phrases.count();
  assert.ok(n >= 20, `${n} coded phrases`);
  // Every coded phrase is marked and followed by links to its concepts.
  for (let i = 0; i < n; i++) {
    const phrase = phrases.nth(i);
    assert.equal(await phrase.locator('mark').count(), 1);
    assert.ok(await phrase.locator('.annotation a[href^="#/trace/a"]').count() >= 1, `phrase ${i + 1} links its concept`);
  }
  // From a concept's page into the passage, at its phrase, and back.
  await page.goto(`${server.base}#/trace/a3`);
  await ready(page);
  await page.getByRole('link', { name: /^Read it in the whole passage/ }).click();
  await page.waitForFunction(() => /^#\/study\/small-giants\/passage-\d+$/.test(location.hash));
  const section = await page.evaluate(() => location.hash.split('/').pop());
  const current = page.locator(`#${section}`);
  assert.match(await current.getAttribute('class'), /current/);
  assert.ok(await current.locator('a', { hasText: /^a3 / }).count() === 1, 'the highlighted phrase is the one coded a3');
  const top = await current.evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(top >= -2 && top < 400, `the phrase is in sight (${top})`);
  await current.locator('a', { hasText: /^a3 / }).click();
  await page.waitForFunction(() => location.hash === '#/trace/a3');
  await page.assertClean();
});
