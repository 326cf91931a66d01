// Print: pages use the full width, keep every header, legend and column, list
// the active filter, and end with the citation, the permalink and the date.
// Checked in print layout in the page, and in the text of the printed PDF
// (pdftotext, from Debian's poppler-utils, which the setup script installs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launch, newPage, ready, startReading } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The text of a PDF, page by page (pdftotext separates pages with \f). */
function pdfPages(pdf, name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'print-'));
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  if (process.env.PRINT_DIR) fs.copyFileSync(file, path.join(process.env.PRINT_DIR, `${name}.pdf`));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p) => p.trim());
}

/** In print layout: how wide main is against the page, and any table cut. */
async function printLayout(page) {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const main = document.querySelector('main').getBoundingClientRect().width;
    const page = document.documentElement.clientWidth;
    const cut = [...document.querySelectorAll('main table')].filter((t) => {
      const wrap = t.closest('.table-wrap');
      return t.offsetParent !== null && wrap && wrap.scrollWidth > wrap.clientWidth + 1;
    }).map((t) => t.querySelector('caption')?.textContent || t.className);
    const blankHeaders = [...document.querySelectorAll('main thead th')].filter((th) => th.offsetParent !== null && !th.innerText.trim()).length;
    return { ratio: main / page, cut, blankHeaders };
  });
}

test('the firm list prints full width with headers, legend, filter, citation, permalink and date', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  const hash = '#/firms?personal_connections=yes&study=beijing-smes';
  await page.goto(`${server.base}${hash}`);
  await ready(page);
  const layout = await printLayout(page);
  assert.ok(layout.ratio > 0.95, `main uses the page width (${layout.ratio.toFixed(2)})`);
  assert.deepEqual(layout.cut, [], 'no table is cut');
  assert.equal(layout.blankHeaders, 0, 'every column header has its text');
  const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }), 'firms');
  assert.ok(pages.length <= 4, `${pages.length} pages`);
  const text = pages.join('\n');
  // Every column of the matrix and of the combinations table, by its header.
  for (const header of ['Personal connections', 'Staff who studied abroad', 'Staff who worked abroad', 'Staff of foreign origin', 'CEO/founder with international']) {
    assert.ok(text.includes(header), `the header "${header}" is printed`);
  }
  assert.match(text, /Legend:\s+✓\s+Present\s+–\s+Not detected/);
  assert.match(text, /Filter: Personal connections: Present; Study: Beijing IT and new-media SMEs\./);
  const last = pages.at(-1);
  assert.match(last, /Printed from the SME Innovation Explorer on \d{4}-\d{2}-\d{2}/);
  assert.ok(last.replace(/\s+/g, '').includes(`${server.base}${hash}`.replace(/\s+/g, '')), 'the permalink ends the last page');
  assert.match(last, /Lin|Plechero/, 'the citation of the Beijing paper');
  await page.assertClean();
});

test('the Kunming paths print every column, Result included', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.base}#/study/kunming-sem`);
  await ready(page);
  // The paths' table comes at the reader's first move (docs/performance.md,
  // "The rest of a study's sections on the reader's first move").
  await startReading(page);
  const layout = await printLayout(page);
  assert.deepEqual(layout.cut, [], 'no table is cut');
  assert.equal(layout.blankHeaders, 0);
  const text = pdfPages(await page.pdf({ format: 'A4', printBackground: true }), 'kunming').join('\n');
  for (const header of ['Standardised', 'Estimate', 'S.E.', 'C.R.', 'Hypothesis', 'Result']) {
    assert.ok(text.includes(header), `the paths table prints "${header}"`);
  }
  assert.ok(text.includes('Supported'), 'the Result column has its values');
  await page.assertClean();
});

test('the Beijing Table 1 prints all 19 firms with its legend', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.base}#/study/beijing-smes`);
  await ready(page);
  const layout = await printLayout(page);
  assert.deepEqual(layout.cut, [], 'no table is cut');
  const text = pdfPages(await page.pdf({ format: 'A4', printBackground: true }), 'beijing').join('\n');
  for (let i = 1; i <= 19; i++) assert.match(text, new RegExp(`\\bCF${i}\\b`), `CF${i} is printed`);
  assert.match(text, /Legend:\s+✓\s+Present/);
  await page.assertClean();
});
