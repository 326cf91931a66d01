// Data files and citations as a reader meets them: CSV bytes that Excel
// reads as UTF-8, a data dictionary that matches the files, links that
// resolve, the licence, and citations that hold only what each paper prints,
// copied as HTML and text, in a panel that never widens the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startServer, launch, newPage, ready, openDetails, DIST } from './harness.mjs';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const VERSION = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/\[package\][^[]*?\nversion = "([^"]+)"/)[1];
const BOM = [0xef, 0xbb, 0xbf];

/** RFC 4180 reader: rows of fields; throws on malformed quoting. */
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false, i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i += 1; continue; }
      field += c; i += 1; continue;
    }
    if (c === '"' && field === '') { quoted = true; i += 1; continue; }
    if (c === '"') throw new Error(`quote inside an unquoted field at ${i}`);
    if (c === ',') { row.push(field); field = ''; i += 1; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    if (c === '\n') throw new Error(`bare LF at ${i}`);
    field += c; i += 1;
  }
  if (field !== '' || row.length) throw new Error('the file does not end with CRLF');
  return rows;
}

/** Checks the bytes of a CSV file and returns its rows. */
function checkCsv(name, bytes) {
  assert.deepEqual([...bytes.subarray(0, 3)], BOM, `${name} starts with the UTF-8 byte-order mark`);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  const rows = parseCsv(text);
  assert.ok(rows.length >= 2, `${name} has rows`);
  for (const [i, r] of rows.entries()) assert.equal(r.length, rows[0].length, `${name} row ${i} is as wide as the header`);
  return rows;
}

/** The CSV file names the Data & sources page offers. */
async function csvNames(page) {
  return page.locator('.downloads a[href^="data/"][href$=".csv"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
}

test('every CSV starts with a byte-order mark, is RFC 4180 with CRLF, and keeps α, ≥ and –', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/data`);
  await ready(page);
  const names = await csvNames(page);
  assert.equal(names.length, 10);
  let text = '';
  for (const name of names) {
    const response = await page.request.get(`${server.base}${name}`);
    assert.equal(response.status(), 200, name);
    const body = await response.body();
    checkCsv(name, body);
    text += body.toString('utf8');
  }
  for (const c of ['α', '≥', '–']) assert.ok(text.includes(c), `${c} survives`);
  await page.assertClean();
});

test('the firm export built in the browser is Excel-safe too', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/firms?study=beijing-smes`);
  await ready(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export selection as CSV' }).click()]);
  const rows = checkCsv('firms export', fs.readFileSync(await download.path()));
  assert.equal(rows.length - 1, 19, 'the 19 Beijing firms');
  assert.equal(rows[0][0], 'id');
  await page.assertClean();
});

test('the data dictionary page describes every CSV column in order', async () => {
  const page = await newPage(browser, { bypassCSP: true });
  await page.goto(`${server.base}#/data`);
  await ready(page);
  const names = await csvNames(page);
  await page.getByRole('link', { name: 'the data dictionary page' }).click();
  await page.waitForSelector('h1');
  assert.equal(await page.locator('h1').textContent(), 'Data dictionary');
  for (const name of names) {
    const described = await page.getByRole('region', { name: `Columns of ${name}` }).locator('tbody th').allTextContents();
    const response = await page.request.get(`${server.base}${name}`);
    const header = checkCsv(name, await response.body())[0];
    // A described run "CF1 … CF19" stands for the columns from its first to its last name.
    const expanded = [];
    for (const d of described) {
      const run = d.split(' … ');
      if (run.length === 2) {
        const from = header.indexOf(run[0]), to = header.indexOf(run[1]);
        assert.ok(from >= 0 && to > from, `${name}: run ${d}`);
        expanded.push(...header.slice(from, to + 1));
      } else expanded.push(d);
    }
    assert.deepEqual(expanded, header, `${name}: the dictionary lists the header row`);
  }
  // It states the licences, and it links back and to its Markdown twin, which exists.
  const body = await page.locator('main').textContent();
  assert.match(body, /MIT/);
  assert.match(body, /CC BY 4\.0/);
  assert.match(body, /Creative Commons Attribution License 4\.0/);
  // Accessible in light and dark mode, like every view of the app.
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await page.addScriptTag({ content: AXE }).catch(() => {});
    const violations = await page.evaluate(async () => {
      if (!window.axe) return ['axe could not be loaded'];
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
    assert.deepEqual(violations, [], colorScheme);
  }
  const md = await page.request.get(`${server.base}data/DICTIONARY.md`);
  assert.equal(md.status(), 200);
  assert.match(await md.text(), /## data\/codes\.csv/);
  assert.equal(page.problems.length, 0, page.problems.join('\n'));
});

test('Data & sources: every link to a file resolves, and each paper shows the DOI or URL it prints', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/data`);
  await ready(page);
  const main = page.locator('main');
  assert.doesNotMatch(await main.textContent(), /shared\/seeds|project README/);
  const hrefs = await main.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const files = [...new Set(hrefs.filter((h) => !h.startsWith('#') && !/^[a-z]+:/.test(h)))];
  assert.ok(files.includes('dataset.json') && files.includes('data/dictionary.html') && files.includes('data/DICTIONARY.md'));
  for (const href of files) {
    const response = await page.request.get(new URL(href, page.url()).href);
    assert.equal(response.status(), 200, href);
  }
  const json = await (await page.request.get(`${server.base}dataset.json`)).json();
  for (const study of json.studies) {
    const paper = main.locator(`article#paper-${study.id}, article[aria-labelledby="paper-${study.id}"]`);
    const where = await paper.locator('.provenance').first().textContent();
    if (study.doi) {
      const link = paper.getByRole('link', { name: `DOI ${study.doi}` });
      assert.equal(await link.getAttribute('href'), `https://doi.org/${study.doi}`);
      assert.equal(await link.getAttribute('target'), '_blank');
    } else if (study.id === 'kunming-sem') {
      assert.match(where, /not printed/);
    } else {
      assert.match(where, /https?:\/\//, `${study.id}: ${where}`);
    }
  }
  // The licence of our work and what each paper prints about its rights.
  const licence = await page.getByRole('region', { name: 'Licence and rights' }).textContent();
  assert.match(licence, /MIT/);
  assert.match(licence, /CC BY 4\.0/);
  assert.match(licence, /Creative Commons Attribution License 4\.0/);
  assert.match(licence, /copyrights or permissions/);
  assert.match(licence, /Prints no licence or copyright statement/);
  await page.assertClean();
});

/** Opens "Cite this view" on a hash and returns the page. */
async function openCite(hash, options) {
  const page = await newPage(browser, options);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${server.base}${hash}`);
  await ready(page);
  await openDetails(page.getByText('Cite this view', { exact: true }));
  // The panel's content is built as it opens.
  await page.locator('.share-cite .cite-self').waitFor();
  return page;
}

test('citations hold only what the paper prints, with gaps beside them and italics', async () => {
  const page = await openCite('#/');
  const json = await (await page.request.get(`${server.base}dataset.json`)).json();
  const citations = await page.locator('.share-cite .citation').allTextContents();
  assert.deepEqual(citations, json.studies.map((s) => s.citation), 'the panel shows the published APA text');
  for (const c of citations) assert.doesNotMatch(c, /not printed|\[/i, c);
  // The Beijing paper's series and number, from its title page.
  assert.ok(citations[3].includes('(Papers in Innovation Studies, Paper no. 2019/05)'), citations[3]);
  // Italics: the stand-alone title of small giants, the journal of Haier and Huawei.
  const italics = await page.locator('.share-cite .citation i').allTextContents();
  assert.ok(italics.includes(json.studies[0].title + '.') || italics.some((i) => i.startsWith(json.studies[0].title)), italics.join(' | '));
  assert.ok(italics.some((i) => i.startsWith('E3S Web of Conferences')), italics.join(' | '));
  // Gaps are stated beside, not inside.
  const gaps = await page.locator('.share-cite .citation-gaps').allTextContents();
  assert.ok(gaps.some((g) => /no author names and no title/.test(g)));
  assert.ok(gaps.some((g) => /no publication year/.test(g)));
  assert.match(await page.locator('.share-cite .cite-licence').textContent(), /Creative Commons Attribution License 4\.0/);
  await page.assertClean();
});

test('Copy APA puts HTML and text on the clipboard, and only that button says Copied', async () => {
  const page = await openCite('#/trace/b3');
  const group = page.getByRole('group', { name: 'Copy the citation of Small giants' });
  await group.getByRole('button', { name: 'Copy APA' }).click();
  await group.locator('.copied').first().filter({ hasText: 'Copied' }).waitFor();
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const html = item.types.includes('text/html') ? await (await item.getType('text/html')).text() : null;
    return { types: item.types, html, text: await navigator.clipboard.readText() };
  });
  const citation = await page.locator('.share-cite .citation').first().textContent();
  assert.equal(clip.text, citation);
  assert.ok(clip.html && /<i>Sustainable Innovation Model/.test(clip.html), clip.html);
  const messages = await page.locator('.share-cite .copied').allTextContents();
  assert.equal(messages.filter((m) => m === 'Copied').length, 1, `one message: ${messages}`);
  // Another view of the same paper: no stale message beside its buttons.
  await page.evaluate(() => { location.hash = '#/trace/b4'; });
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent.startsWith('b4'));
  const after = await page.locator('.share-cite .copied').allTextContents();
  assert.ok(after.every((m) => m === ''), `no stale message: ${after}`);
  // RIS and BibTeX copy as text.
  await page.getByRole('group', { name: 'Copy the citation of Small giants' }).getByRole('button', { name: 'Copy RIS' }).click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).startsWith('TY  - '));
  await page.assertClean();
});

test('the explorer cites itself with its version, the view and today', async () => {
  const page = await openCite('#/firms?study_abroad=yes');
  const text = await page.locator('.share-cite .citation-self').textContent();
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' }));
  assert.ok(text.startsWith(`SME Innovation Explorer (Version ${VERSION}) [Web application]. (n.d.). Retrieved ${today}, from `), text);
  assert.ok(text.endsWith('#/firms?study_abroad=yes'), text);
  assert.equal(await page.locator('.share-cite .citation-self i').first().textContent(), 'SME Innovation Explorer');
  await page.getByRole('group', { name: 'Copy the citation of the explorer' }).getByRole('button', { name: 'Copy BibTeX' }).click();
  const bib = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(bib, new RegExp(`version = \\{${VERSION.replace(/\./g, '\\.')}\\}`));
  await page.assertClean();
});

for (const width of [320, 375, 1280]) test(`opening every citation box keeps the page within ${width} px`, async () => {
  for (const hash of ['#/', '#/data', '#/study/beijing-smes']) {
    const page = await openCite(hash, { viewport: { width, height: 800 } });
    await openDetails(page.getByText('Share / Embed', { exact: true }));
    for (const summary of await page.getByText('Show RIS and BibTeX').all()) await openDetails(summary);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${hash} at ${width} px scrolls sideways by ${overflow} px`);
    // Long lines wrap inside their own box.
    const boxes = await page.locator('.share-cite pre').evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().right));
    assert.ok(boxes.every((r) => r <= width), `${hash}: boxes end within the viewport`);
    await page.assertClean();
    await page.context().close();
  }
});
