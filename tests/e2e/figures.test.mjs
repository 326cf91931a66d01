// Figures for slides: every diagram offers "Download SVG" and "Download PNG";
// the SVG is standalone XML with the view's title, the source line and the
// permalink; the PNG is drawn in the browser at slide resolution; both work
// with the network cut.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launch, newPage, ready, startReading } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const FIGURES = [
  ['#/study/kunming-sem', 'structural model', /Table 7/],
  ['#/study/small-giants', 'the sustainable innovation model', /Tables 3 and 4/],
  ['#/study/haier-huawei', 'dated milestones', /milestones/],
  ['#/study/beijing-smes', 'Table 1 as a matrix', /Table 1/],
  ['#/trace/a13', 'the chains of a13', /Appendix 2/],
];

test('every diagram downloads as standalone SVG and as a PNG at slide resolution, offline', async () => {
  const page = await newPage(browser);
  for (const [hash, name, place] of FIGURES) {
    await page.goto(`${server.base}${hash}`);
    await ready(page);
    // The reader has reached the figure: what the page fetches at their
    // first move has come before the connection goes.
    await startReading(page);
    await page.context().setOffline(true);
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download SVG: ${name}` }).click(),
    ]);
    const svg = fs.readFileSync(await svgDownload.path(), 'utf8');
    const title = await page.title();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length,
        ns: root.namespaceURI,
        viewBox: root.getAttribute('viewBox'),
        title: root.querySelector('title')?.textContent,
        texts: [...root.querySelectorAll('text')].map((t) => t.textContent),
      };
    }, svg);
    assert.equal(parsed.error, 0, `${name}: XML`);
    assert.equal(parsed.ns, 'http://www.w3.org/2000/svg');
    assert.match(parsed.viewBox, /^0 0 \d+ \d+$/);
    assert.equal(parsed.title, title, `${name}: titled as the view`);
    assert.ok(parsed.texts.some((t) => /^Source: .+\(/.test(t) && place.test(t)), `${name}: a source line`);
    assert.ok(parsed.texts.includes(page.url()), `${name}: the permalink as text`);
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download PNG: ${name}` }).click(),
    ]);
    const png = fs.readFileSync(await pngDownload.path());
    assert.equal(png.subarray(1, 4).toString(), 'PNG', `${name}: a PNG`);
    assert.ok(png.readUInt32BE(16) >= 1600, `${name}: ${png.readUInt32BE(16)} px wide`);
    await page.context().setOffline(false);
  }
  await page.assertClean();
});
