// The Chinese interface: every route renders in Chinese with <html lang>
// set, no English word outside elements marked lang="en" (ids, numbers and
// the abbreviations a Chinese course uses aside), no axe violation; the
// language follows the URL, the switcher, the browser's preference and the
// reader's stored choice; links and shared links keep it; printed labels are
// unchanged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startServer, launch, newPage, ready, openDetails, startReading, DIST } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

export const ROUTES = [
  '#/', '#/study/small-giants', '#/study/haier-huawei', '#/study/kunming-sem', '#/study/beijing-smes', '#/study/nowhere',
  '#/trace', '#/trace/a13', '#/trace/IL6', '#/trace/C1', '#/trace/zz9', '#/firms', '#/firms?foreign_origin=yes&colour=red',
  '#/firm/CF7', '#/firm/Huawei', '#/firm/ZXSK', '#/firm/CF99', '#/data', '#/themes', '#/nowhere', '#/trace/b3?embed=1',
  '#/search?q=talent', '#/search', '#/study/small-giants/passage-3', '#/themes/open-innovation', '#/glossary',
  '#/compare?firms=CF7,CF11', '#/compare?codes=a13,b16', '#/compare?firms=CF99,Haier', '#/checks',
  '#/learn', '#/learn/tour/small-giants/2', '#/learn/tour/small-giants/6', '#/learn/tour/kunming-sem/5', '#/learn/tour/beijing-smes/3',
  '#/learn/tour/haier-huawei/4', '#/learn/code-passage', '#/learn/code-passage?mode=chains', '#/learn/place-concept', '#/learn/predict-paths',
  '#/learn/find-firms',
];

const withLang = (route, lang) => `${route}${route.includes('?') ? '&' : '?'}lang=${lang}`;

/** Text the reader sees or hears outside elements marked English, with the
 *  words in it that are English. */
async function unmarkedEnglish(page) {
  return page.evaluate(() => {
    // Abbreviations and names Chinese method courses use as they are, and
    // file names; ids and anything with a digit are skipped below.
    const kept = new Set(['CR', 'AVE', 'SEM', 'HR', 'CEO', 'APA', 'RIS', 'BibTeX', 'DOI', 'CSV', 'JSON', 'HTML', 'SVG', 'PNG', 'UTF', 'BOM',
      'IL', 'KM', 'IC', 'EI', 'CF', 'Enter', 'Home', 'End', 'USB', 'df', 'Y', 'X', 'dataset', 'json', 'codebook', 'qdc',
      'standalone', 'html', 'DICTIONARY', 'md', 'csv', 'embed', 'lang', 'zh', 'en', 'yes', 'no', 'study', 'http', 'https', 'www', 'doi', 'org']);
    const english = (text) => (text.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]{2,}/g) || [])
      .filter((w) => !kept.has(w) && !/\d/.test(w));
    const found = [];
    const marked = (el) => { const holder = el.closest('[lang]'); return holder && holder.getAttribute('lang').startsWith('en'); };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA'].includes(el.tagName) || marked(el)) continue;
      // Permalinks and the embed snippet are URLs.
      if (el.closest('input, .citation, .citation-self, pre')) continue;
      // What the reader typed is echoed between quotation marks.
      const text = node.textContent.replace(/https?:\/\/\S+/g, '').replace(/#\/\S*/g, '').replace(/“[^”]*”/g, '');
      const words = english(text);
      if (words.length) found.push(`${el.tagName.toLowerCase()}: "${text.trim().slice(0, 80)}" → ${words.join(' ')}`);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (marked(el)) continue;
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = el.getAttribute(name);
        if (!value) continue;
        // Names that carry a printed label (a code's) say it beside Chinese.
        if (/[\u4e00-\u9fff]/.test(value)) continue;
        const words = english(value.replace(/https?:\/\/\S+/g, ''));
        if (words.length) found.push(`${el.tagName.toLowerCase()}[${name}]: "${value.slice(0, 80)}" → ${words.join(' ')}`);
      }
    }
    return found;
  });
}

test('every route renders in Chinese: <html lang>, no unmarked English, the title in Chinese', async () => {
  const page = await newPage(browser);
  const found = [];
  for (const route of ROUTES) {
    await page.goto(`${server.base}${withLang(route, 'zh')}`);
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans', route);
    if (!route.includes('embed=1')) assert.match(await page.title(), /中小企业创新研究探索平台/, route);
    // Open the disclosures so that their contents are checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    for (const line of await unmarkedEnglish(page)) found.push(`${route}: ${line}`);
  }
  assert.deepEqual(found, []);
  await page.assertClean();
});

test('axe-core finds no violations in Chinese, in both colour schemes', async () => {
  for (const scheme of ['light', 'dark']) {
    const page = await newPage(browser, { bypassCSP: true, colorScheme: scheme });
    const found = [];
    for (const route of ROUTES) {
      await page.goto(`${server.base}${withLang(route, 'zh')}`);
      await ready(page);
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () => {
        document.querySelectorAll('details').forEach((d) => { d.open = true; });
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
      });
      for (const v of violations) found.push(`${scheme} ${route}: ${v}`);
    }
    assert.deepEqual(found, []);
    await page.assertClean();
  }
});

test('the switcher changes the language, keeps the view, and the choice is remembered', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/firms?study_abroad=yes`);
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const before = await page.getByRole('status').filter({ hasText: /firms?$/ }).first().textContent();
  const toChinese = page.getByRole('link', { name: /Language.*语言.*中文/ });
  await toChinese.click();
  await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
  assert.match(page.url(), /study_abroad=yes/);
  assert.match(page.url(), /lang=zh/);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '企业');
  const count = await page.getByRole('status').filter({ hasText: /家企业$/ }).first().textContent();
  assert.equal(count.match(/\d+/)[0], before.match(/\d+/)[0], 'the same firms are listed');
  // In-app links keep the language.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '编码追溯' }).click();
  await page.waitForURL(/#\/trace\?lang=zh$/);
  // Without a lang parameter, the stored choice applies.
  await page.goto(`${server.base}#/trace/a13`);
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
  // And back to English.
  await page.getByRole('link', { name: /语言.*Language.*English/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(page.url(), /lang=en/);
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Up to the top' }).count(), 1);
  await page.assertClean();
});

test("the browser's preferred languages choose the first visit's language", async () => {
  for (const [locale, expected] of [['zh-CN', 'zh-Hans'], ['zh-SG', 'zh-Hans'], ['zh', 'zh-Hans'], ['zh-TW', 'en'], ['en-GB', 'en'], ['fr-FR', 'en']]) {
    const page = await newPage(browser, { locale });
    await page.goto(`${server.base}#/`);
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), expected, locale);
    // The URL wins over the preference.
    await page.goto(`${server.base}#/?lang=${expected === 'en' ? 'zh' : 'en'}`);
    await ready(page);
    assert.notEqual(await page.evaluate(() => document.documentElement.lang), expected, `${locale}: the URL wins`);
    await page.context().close();
  }
});

test('a shared link keeps its language, and printed labels stay as printed', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/trace/a13?lang=zh`);
  await ready(page);
  // a13's label as the paper prints it, marked English.
  const title = page.getByRole('heading', { level: 1 });
  assert.match(await title.textContent(), /a13 Industry experts/);
  assert.deepEqual(await title.locator('[lang="en"]').allTextContents(), ['a13', 'Industry experts']);
  const chains = page.getByRole('list', { name: /^追溯 a13/ });
  assert.equal(await chains.count(), 2, 'both chains of a13, named in Chinese');
  await openDetails(page.getByText('分享 / 嵌入', { exact: true }));
  const link = await page.getByLabel('本视图的链接').inputValue();
  assert.match(link, /#\/trace\/a13\?lang=zh$/);
  // Opened by someone whose browser prefers English, it is still Chinese.
  const other = await newPage(browser, { locale: 'en-US' });
  await other.goto(link);
  await ready(other);
  assert.equal(await other.evaluate(() => document.documentElement.lang), 'zh-Hans');
  assert.match(await other.getByRole('heading', { level: 1 }).textContent(), /Industry experts/);
  await other.assertClean();
  await page.assertClean();
});

test('the glossary gives both terms and our explanation in the reader\'s language; terms link to it', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.base}#/study/kunming-sem?lang=zh`);
  await ready(page);
  await startReading(page);
  await page.getByRole('link', { name: 'CR', exact: true }).click();
  await page.waitForURL(/#\/glossary\/composite-reliability\?lang=zh$/);
  const entry = page.locator('#composite-reliability');
  assert.match(await entry.textContent(), /Composite reliability/);
  assert.match(await entry.textContent(), /组合信度/);
  assert.match(await entry.locator('dd').textContent(), /[\u4e00-\u9fff]/);
  await page.goto(`${server.base}#/glossary/composite-reliability?lang=en`);
  await ready(page);
  assert.match(await page.locator('#composite-reliability dd').textContent(), /^[^\u4e00-\u9fff]+$/);
  assert.match(await page.locator('#composite-reliability dt').textContent(), /组合信度/);
  await page.assertClean();
});

test('the one-file edition speaks Chinese from file://, with nothing fetched', async () => {
  // A plain context: the harness's request guard does not apply to file://.
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) problems.push(`request: ${r.url()}`); });
  await page.goto(`file://${path.join(DIST, 'standalone.html')}#/trace/a13?lang=zh`);
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
  assert.equal(await page.getByRole('heading', { level: 2, name: '向上追溯到最高层' }).count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('check names are said in Chinese: each stated count keeps its number and its printed section', async () => {
  const page = await newPage(browser);
  // The English page gives the stated counts and their names, as built.
  await page.goto(`${server.base}#/checks?lang=en`);
  await page.getByRole('table').first().waitFor();
  const english = await page.getByRole('rowheader').filter({ hasText: 'stated count against the tables' }).allTextContents();
  assert.ok(english.length >= 10, `stated counts on the page: ${english.length}`);
  await page.goto(`${server.base}#/checks?lang=zh`);
  await page.getByRole('table').first().waitFor();
  const rows = page.getByRole('rowheader').filter({ hasText: '所述数量与表格对照' });
  assert.equal(await rows.count(), english.length);
  for (let i = 0; i < english.length; i += 1) {
    const [, n, source] = english[i].match(/^(\d+) .*, as stated in (.+?) · /);
    const row = rows.nth(i);
    const text = await row.textContent();
    assert.ok(!/as stated in/.test(text), text);
    assert.ok(text.includes(`：${n}（`), `${text} has ${n}`);
    // The section is printed, so it stays English and is marked so.
    assert.equal(await row.locator('[lang="en"]', { hasText: source }).count() >= 1, true, `${text} marks ${source}`);
  }
  await page.assertClean();
});
