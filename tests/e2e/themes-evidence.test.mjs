// Themes page: supporting and contrasting evidence under their own headings,
// and record chips named as a reader knows the records, each a working link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, newPage, ready } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// From data/themes.toml: each theme id with its number of contrasting links.
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const themesToml = fs.readFileSync(path.join(ROOT, 'data/themes.toml'), 'utf8');
const contrastsByTheme = themesToml.split(/^\[\[theme\]\]$/m).slice(1).map((block) => ({
  id: block.match(/^id = "([^"]+)"/m)[1],
  contrasts: (block.match(/^evidence = "contrasts"$/gm) || []).length,
}));

// From data/small-giants.toml: the text of Appendix 1 passage `n` (from 1).
const smallGiantsToml = fs.readFileSync(path.join(ROOT, 'data/small-giants.toml'), 'utf8');
const excerptText = (n) => JSON.parse(`"${smallGiantsToml.split(/^\[\[excerpt\]\]$/m)[n].match(/^text = "((?:[^"\\]|\\.)*)"/m)[1]}"`);
const squash = (s) => s.replace(/\s+/g, ' ').trim();

test('themes with contrasting links show supporting and contrasting evidence under two headings', async () => {
  assert.ok(contrastsByTheme.some((t) => t.contrasts > 0), 'the data has contrasting evidence');
  const page = await newPage(browser);
  await page.goto(`${server.base}#/themes`);
  await ready(page);
  for (const { id, contrasts } of contrastsByTheme) {
    const theme = page.locator(`section.theme[id="${id}"]`);
    assert.equal(await theme.count(), 1, `a section with id ${id}`);
    const title = await theme.getByRole('heading', { level: 2 }).textContent();
    // The section is a region named by its heading.
    assert.equal(await page.getByRole('region', { name: title, exact: true }).count(), 1, title);
    const kinds = await theme.getByRole('heading', { level: 3 }).allTextContents();
    if (contrasts === 0) {
      assert.deepEqual(kinds, [], `${id} has no evidence headings`);
      continue;
    }
    assert.deepEqual(kinds, ['Supporting evidence', 'Contrasting evidence'], id);
    const group = (name) => theme.locator('.evidence-group', { has: page.getByRole('heading', { name, exact: true }) });
    assert.equal(await group('Contrasting evidence').locator('article.theme-link').count(), contrasts, id);
    const supporting = new Set(await group('Supporting evidence').locator('.theme-link .kicker').allTextContents());
    assert.ok(supporting.size >= 2, `${id}: supporting evidence from ${[...supporting]}`);
  }
  // The Haier–Huawei passage on foreign technology is the contrast (issue 18).
  const linkages = page.locator('section.theme[id="international-linkages"]');
  const contrasting = linkages.locator('.evidence-group', { has: page.getByRole('heading', { name: 'Contrasting evidence' }) });
  assert.match(await contrasting.locator('blockquote').textContent(), /dependence on foreign technology/);
  assert.equal(await contrasting.locator('.kicker').textContent(), 'Haier and Huawei');
  const supportingQuotes = await linkages.locator('.evidence-group', { has: page.getByRole('heading', { name: 'Supporting evidence' }) }).locator('blockquote').allTextContents();
  assert.ok(supportingQuotes.length >= 3 && supportingQuotes.every((q) => !/foreign technology/.test(q)), supportingQuotes.join('\n'));
  await page.assertClean();
});

test('record chips show names, not internal ids or bare numbers, and open the record', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/themes`);
  await ready(page);
  const chips = await page.locator('.theme-link a.record').evaluateAll((as) => as.map((a) => ({ name: a.textContent, href: a.getAttribute('href') })));
  assert.ok(chips.length > 50, `${chips.length} chips`);
  for (const { name, href } of chips) {
    assert.doesNotMatch(name, /^\d+$/, `bare number ${name} (${href})`);
    assert.doesNotMatch(name, /->|_|^[a-z_]+:|\//, `internal reference ${name} (${href})`);
    assert.match(href, /^#\//, `${name} links to a view`);
  }
  const rdTalent = page.locator('section.theme[id="rd-talent"]');
  for (const [name, href] of [
    ['b3 R&D team building', '#/trace/b3'],
    ['R&D personnel ratio over 15%', '#/study/small-giants/firms'],
    ['IL → IC', '#/study/kunming-sem/structural'],
    ['Huawei, 2006', '#/study/haier-huawei/milestones'],
    ['H2', '#/study/kunming-sem/hypotheses'],
  ]) {
    const chip = rdTalent.getByRole('link', { name, exact: true });
    assert.equal(await chip.count(), 1, name);
    assert.equal(await chip.getAttribute('href'), href, name);
  }
  // An excerpt chip opens the whole interview passage with that phrase marked.
  const passage = page.locator('section.theme[id="employee-incentives"]').getByRole('link', { name: 'Appendix 1, passage 17', exact: true });
  assert.equal(await passage.getAttribute('href'), '#/study/small-giants/passage-17');
  await passage.click();
  await page.waitForFunction(() => location.hash === '#/study/small-giants/passage-17');
  await ready(page);
  const phrase = page.locator('[id="passage-17"]');
  await phrase.waitFor();
  assert.match(await phrase.getAttribute('class'), /\bcurrent\b/);
  assert.ok(squash(await phrase.textContent()).includes(squash(excerptText(17))), 'passage 17 is the phrase marked');
  // Every chip that points into a page finds its section there.
  const sections = [...new Set(chips.map((c) => c.href).filter((h) => h.split('/').length > 3))];
  assert.ok(sections.length >= 8, sections.join(' '));
  for (const href of sections) {
    await page.goto(`${server.base}${href}`);
    await ready(page);
    const id = decodeURIComponent(href.split('/').pop());
    assert.equal(await page.locator(`[id="${id}"]`).count(), 1, `${href}: element #${id}`);
  }
  await page.assertClean();
});
