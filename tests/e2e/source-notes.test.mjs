// Study-level source notes (those naming `study:<id>`) show on their study's
// page and on the Data & sources page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, newPage, ready } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const squash = (s) => s.replace(/\s+/g, ' ').trim();
const tomlString = (raw) => JSON.parse(`"${raw}"`);

/** The notes of one data file: { id, records, text }. */
function notesOf(file) {
  const text = fs.readFileSync(path.join(ROOT, 'data', file), 'utf8');
  return text.split(/^\[\[note\]\]$/m).slice(1).map((block) => ({
    id: block.match(/^id = "([^"]+)"/m)[1],
    records: [...block.match(/^records = \[([\s\S]*?)\]/m)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]),
    text: tomlString(block.match(/^text = "((?:[^"\\]|\\.)*)"/m)[1]),
  }));
}

const STUDIES = ['small-giants', 'haier-huawei', 'kunming-sem', 'beijing-smes'];

test('study-level notes show on the study page and on Data & sources', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/data`);
  await ready(page);
  const dataPage = squash(await page.locator('main').textContent());
  let checked = 0;
  for (const study of STUDIES) {
    const notes = notesOf(`${study}.toml`).filter((n) => n.records.some((r) => r.startsWith('study:')));
    assert.ok(notes.length > 0, `${study} has study-level notes`);
    await page.goto(`${server.base}#/study/${study}`);
    await ready(page);
    const studyPage = squash(await page.locator('main').textContent());
    for (const note of notes) {
      assert.ok(studyPage.includes(squash(note.text)), `${note.id} on #/study/${study}`);
      assert.ok(dataPage.includes(squash(note.text)), `${note.id} on #/data`);
      checked += 1;
    }
  }
  // Among them the notes issue 18 added or corrected.
  const ids = STUDIES.flatMap((s) => notesOf(`${s}.toml`).map((n) => n.id));
  for (const id of ['hh-no-title-authors', 'hh-cooperation-with-huawei', 'hh-reference-3-two-names', 'hh-reference-4-authors',
    'sg-conclusion-base-without-demand', 'sg-citations-not-in-references', 'bj-citations-bibliography']) {
    assert.ok(ids.includes(id), id);
  }
  assert.ok(checked >= 7, `${checked} notes checked`);
  await page.assertClean();
});
