// The wasm split by view (src/views.rs, tools/site/src/split.rs): a view of
// another family fetches its part on first use, and says so meanwhile; a
// part that cannot be fetched leaves a clear message with a way to try
// again, and the rest of the app working; a deep link's part arrives with
// the main module, so its first render is the view itself. The dataset is
// a part of its own: home does not fetch it, the header search does on
// first use, and every other view's part comes with it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, ready, openDetails } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a view of another family fetches its part on first use', async () => {
  const page = await newPage(browser, { serviceWorkers: 'block' });
  const parts = [];
  page.on('request', (r) => { if (/\/part-[^/]*\.wasm$/.test(r.url())) parts.push(r.url().split('/').pop()); });
  await page.goto(server.base + '#/');
  await ready(page);
  assert.deepEqual(parts.map((f) => f.replace(/^part-[0-9a-f]+-/, '')), ['home.wasm'], 'the home view needs its own part only');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Firms', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /Firms/ }).waitFor();
  assert.ok(parts.some((f) => f.endsWith('-firms.wasm')), `the firms' part: ${parts.join(', ')}`);
  // Back home and to the firms again: nothing fetched a second time.
  const fetched = parts.length;
  await page.goBack();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Firms', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /Firms/ }).waitFor();
  assert.equal(parts.length, fetched);
  await page.assertClean();
  await page.context().close();
});

test('a part that cannot be fetched shows a message and a working Try again', async () => {
  const page = await newPage(browser, { serviceWorkers: 'block' });
  let offline = true;
  // Every part but home's, which the page opens on.
  await page.route(/\/part-[^/]*\.wasm$/, (route) => (offline && !/-home\.wasm$/.test(route.request().url()) ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(server.base + '#/');
  await ready(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'This view could not be loaded' });
  await alert.waitFor();
  // The rest of the app still works: home renders, and its links respond.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home', exact: true }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  assert.equal(await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count(), 0);
  await page.goBack();
  await alert.waitFor();
  offline = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { level: 1, name: /Glossary/ }).waitFor();
  // The failed fetches were reported on the console by the loader; nothing else.
  const other = page.problems.filter((p) => !/part-|INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/i.test(p));
  assert.deepEqual(other, []);
  const panicked = await page.evaluate(() => document.documentElement.getAttribute('data-panicked'));
  assert.equal(panicked, null);
  await page.context().close();
});

// The Share and Cite panels' content is a part of its own (share::PanelViews):
// no first visit fetches it, the first panel opened does, once.
test('the panels fetch their part when one is first opened, once, and can try again', async () => {
  const page = await newPage(browser, { serviceWorkers: 'block' });
  const parts = [];
  let offline = true;
  page.on('request', (r) => { if (/\/part-[^/]*\.wasm$/.test(r.url())) parts.push(r.url().split('/').pop()); });
  await page.route(/-panels\.wasm$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(server.base + '#/firms');
  await ready(page);
  const panelsFetched = () => parts.filter((f) => f.endsWith('-panels.wasm')).length;
  assert.equal(panelsFetched(), 0, `a first visit fetches no panel: ${parts.join(', ')}`);
  await openDetails(page.getByText('Cite this view', { exact: true }));
  const alert = page.getByRole('alert').filter({ hasText: 'This panel could not be loaded' });
  await alert.waitFor();
  // The view itself keeps working.
  await page.getByRole('heading', { level: 1, name: /Firms/ }).waitFor();
  offline = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  const citations = page.locator('.share-cite .citation');
  await citations.first().waitFor();
  const studies = await page.evaluate(async () => (await (await fetch('dataset.json')).json()).studies.length);
  assert.equal(await citations.count(), studies, 'every paper, for a view of all the firms');
  assert.equal(await alert.count(), 0);
  const fetched = panelsFetched();
  assert.equal(fetched, 2, 'the failed fetch and the one that worked');
  // The other panel and another view's panels need nothing more.
  await openDetails(page.getByText('Share / Embed', { exact: true }));
  await page.getByLabel('Link to this view').waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home', exact: true }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const cite = page.getByText('Cite this view', { exact: true });
  if (!(await cite.evaluate((el) => el.closest('details').open))) await openDetails(cite);
  await citations.first().waitFor();
  assert.equal(panelsFetched(), fetched);
  const other = page.problems.filter((p) => !/panels|INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/i.test(p));
  assert.deepEqual(other, []);
  await page.context().close();
});

test("a deep link's first render is its view, never the loading line", async () => {
  for (const hash of ['#/trace/b1', '#/learn', '#/compare?firms=CF1,CF2', '#/glossary']) {
    const page = await newPage(browser, { serviceWorkers: 'block' });
    await page.addInitScript(() => {
      window.__sawLoading = false;
      new MutationObserver(() => {
        if (document.querySelector('main p.loading')) window.__sawLoading = true;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(server.base + hash);
    await ready(page);
    assert.equal(await page.evaluate(() => window.__sawLoading), false, hash);
    await page.assertClean();
    await page.context().close();
  }
});

test('the header search fetches the data on first use, says so meanwhile, and can try again', async () => {
  const page = await newPage(browser, { serviceWorkers: 'block' });
  const fetched = [];
  let mode = 'fail';
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  // The decoder's module and every data file's: the header search shows
  // from all of them.
  await page.route(/\/part-[^/]*-data(_[a-z_]+)?\.wasm$/, async (route) => {
    fetched.push(route.request().url());
    if (mode === 'fail') return route.abort('internetdisconnected');
    await gate;
    return route.continue();
  });
  await page.goto(server.base + '#/');
  await ready(page);
  assert.deepEqual(fetched, [], 'home does not fetch the data');
  const box = page.getByRole('combobox', { name: 'Search the explorer' });
  const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
  await box.fill('Industry experts');
  await page.getByRole('status').filter({ hasText: 'The data to search could not be loaded. Type again to retry.' }).waitFor();
  // The one choice meanwhile is the search page, which loads with its data.
  assert.equal(await options.count(), 1);
  assert.match(await options.first().textContent(), /Search for “Industry experts”/);
  mode = 'slow';
  await box.press('Backspace');
  await page.getByRole('status').filter({ hasText: 'Loading the data to search…' }).waitFor();
  release();
  await box.press('s');
  await options.filter({ hasText: /^a13 Industry experts/ }).first().waitFor();
  assert.equal(await page.getByRole('status').filter({ hasText: /data to search/ }).count(), 0, 'no status once the data is here');
  const decoder = fetched.filter((u) => /-data\.wasm$/.test(u));
  assert.equal(decoder.length, 2, 'the decoder fetched once more after the failure, then kept');
  for (const file of ['small_giants', 'haier_huawei', 'kunming', 'beijing', 'themes']) {
    assert.equal(fetched.filter((u) => u.endsWith(`-data_${file}.wasm`)).length, 2, `${file}: once more after the failure`);
  }
  // The firms' own file adds nothing to the three studies' files it is
  // taken from: with them here, the firms' page fetches no data.
  const before = fetched.length;
  await box.press('Escape');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Firms', exact: true }).click();
  await page.getByRole('link', { name: 'CF19', exact: true }).first().waitFor();
  assert.deepEqual(fetched.slice(before), [], 'the firms fetch nothing more');
  const other = page.problems.filter((p) => !/part-|INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/i.test(p));
  assert.deepEqual(other, []);
  await page.context().close();
});

// Each module a page loads costs a request and an instantiation beyond its
// bytes: chunks of shared code under 2 KB are folded into the main module,
// or else into a larger chunk every part that uses them loads anyway, and
// so is the code every view that shows data shares (tools/site/src/split.rs,
// FOLD_CHUNKS_BELOW). Before, a deep link fetched 21–25 wasm modules, most
// of them a few hundred bytes. The data files are
// modules of their own, and a deep link fetches those its view shows from
// (explorer_core::part::data_of), no others.
const MODULE_BUDGET = 10;
const DATA_FILES = {
  '#/firms': ['firms'],
  '#/firm/CF1': ['firms', 'mentions'],
  '#/trace/a13': ['small_giants', 'mentions'],
  '#/trace/IL3': ['small_giants', 'kunming', 'mentions'],
  '#/study/kunming-sem': ['kunming'],
  '#/learn': [],
  '#/learn/tour/kunming-sem/2': ['kunming'],
  '#/search?q=talent': ['small_giants', 'haier_huawei', 'kunming', 'beijing', 'themes'],
};
test(`a deep link loads at most ${MODULE_BUDGET} modules of code, the data files its view shows from, and none is tiny`, async () => {
  for (const [hash, files] of Object.entries(DATA_FILES)) {
    const page = await newPage(browser, { serviceWorkers: 'block' });
    const modules = [];
    page.on('response', async (r) => {
      if (r.url().endsWith('.wasm')) modules.push({ name: r.url().split('/').pop(), bytes: (await r.body().catch(() => Buffer.alloc(0))).length });
    });
    await page.goto(server.base + hash);
    await ready(page);
    await page.waitForLoadState('networkidle');
    const data = modules.map((m) => /-data_([a-z_]+)\.wasm$/.exec(m.name)?.[1]).filter(Boolean);
    assert.deepEqual(data.sort(), [...files].sort(), `${hash}: the data files`);
    const code = modules.filter((m) => !/-data_[a-z_]+\.wasm$/.test(m.name));
    assert.ok(code.length <= MODULE_BUDGET, `${hash}: ${code.length} modules of code (${code.map((m) => m.name).join(', ')})`);
    // What is left as a chunk is shared code that is not small, or that
    // calls into another chunk (which the main module cannot import from).
    const tiny = modules.filter((m) => m.bytes < 200).map((m) => `${m.name} ${m.bytes} B`);
    assert.deepEqual(tiny, [], `${hash}: near-empty modules`);
    await page.assertClean();
    await page.context().close();
  }
});

test("a view fetches the data files it shows from that are not here yet, once, and says so if it cannot", async () => {
  const page = await newPage(browser, { serviceWorkers: 'block' });
  const data = [];
  let blocked = /-data_firms\.wasm$/;
  await page.route(/\/part-[^/]*-data_[a-z_]+\.wasm$/, (route) => {
    data.push(/-data_([a-z_]+)\.wasm$/.exec(route.request().url())[1]);
    return blocked?.test(route.request().url()) ? route.abort('internetdisconnected') : route.continue();
  });
  await page.goto(server.base + '#/study/kunming-sem');
  await ready(page);
  await page.getByRole('heading', { level: 1, name: /KUNMING/ }).waitFor();
  assert.deepEqual(data, ['kunming'], "a study's page fetches its own file");
  // The firms show from their own file (not the studies'), which cannot be
  // fetched.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Firms', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'This view could not be loaded' });
  await alert.waitFor();
  assert.deepEqual([...data].sort(), ['firms', 'kunming']);
  blocked = null;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { level: 1, name: /Firms/ }).waitFor();
  // The firms of the three studies are there: the table shows all 26.
  for (const firm of ['CF19', 'Huawei', 'ZXSK']) await page.getByRole('link', { name: firm, exact: true }).first().waitFor();
  assert.deepEqual([...data].sort(), ['firms', 'firms', 'kunming'], 'only the failed file again');
  // Back to the study: nothing fetched again.
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: /KUNMING/ }).waitFor();
  assert.equal(data.length, 3);
  // The header search shows from every study's file and the themes: the
  // firms' own file does not stand for the studies'.
  await page.getByRole('combobox', { name: 'Search the explorer' }).fill('Industry experts');
  await page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').filter({ hasText: /^a13 Industry experts/ }).first().waitFor();
  assert.deepEqual(data.slice(3).sort(), ['beijing', 'haier_huawei', 'small_giants', 'themes']);
  const other = page.problems.filter((p) => !/part-|INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/i.test(p));
  assert.deepEqual(other, []);
  await page.context().close();
});

// A firm's page and a code's trace name the themes their record is in, from
// the themes' names alone (data_mentions, explorer_core::dataset::MentionsFile);
// a theme's page needs the themes' texts and fetches their whole file, which
// then stands for the names.
test("a firm's page names its themes from their names alone; the theme it links to fetches their texts", async () => {
  const page = await newPage(browser, { serviceWorkers: 'block' });
  const data = [];
  await page.route(/\/part-[^/]*-data_[a-z_]+\.wasm$/, (route) => {
    data.push(/-data_([a-z_]+)\.wasm$/.exec(route.request().url())[1]);
    return route.continue();
  });
  await page.goto(server.base + '#/firm/CF11');
  await ready(page);
  const mentions = page.getByRole('region', { name: 'Themes across studies' });
  const link = mentions.getByRole('link', { name: 'International knowledge linkages and cooperation abroad' });
  await link.waitFor();
  assert.deepEqual([...data].sort(), ['firms', 'mentions']);
  await link.click();
  const theme = page.getByRole('heading', { level: 2, name: 'International knowledge linkages and cooperation abroad', exact: true });
  await theme.waitFor();
  // The theme's own words: every link quotes its paper.
  const section = page.locator('section.theme').filter({ has: theme });
  await section.locator('.theme-link blockquote').first().waitFor();
  assert.ok((await section.locator('.theme-link blockquote').first().textContent()).trim().length > 10);
  assert.ok(data.includes('themes'), 'the themes\' file with their texts');
  // Back on the firm's page and on a code's trace, nothing is fetched again
  // for the themes.
  const before = data.length;
  await page.goBack();
  await link.waitFor();
  await page.goto(server.base + '#/trace/b3');
  await ready(page);
  await page.getByRole('region', { name: 'Themes across studies' }).getByRole('link', { name: 'R&D talent and innovative teams' }).waitFor();
  assert.deepEqual(data.slice(before).filter((f) => f === 'themes'), []);
  await page.assertClean();
  await page.context().close();
});

// Each study's own sections (its tables and diagrams) are a module of their
// own, `sections_<study>` (explorer_core::part::sections_of): a study's
// page and the tour steps that draw from them fetch that study's, never
// another's. Here every other study's cannot be fetched at all.
const STUDIES = [
  ['small-giants', 'small_giants', 'Small giants'],
  ['haier-huawei', 'haier_huawei', 'Haier & Huawei'],
  ['kunming-sem', 'kunming', 'Kunming survey'],
  ['beijing-smes', 'beijing', 'Beijing SMEs'],
];
test("a study's tour and page fetch that study's sections alone, and every step shows its live view", async () => {
  for (const [id, module, nav] of STUDIES) {
    const page = await newPage(browser, { serviceWorkers: 'block' });
    const sections = [];
    await page.route(/\/part-[^/]*-sections_[a-z_]+\.wasm$/, (route) => {
      const name = /-sections_([a-z_]+)\.wasm$/.exec(route.request().url())[1];
      sections.push(name);
      return name === module ? route.continue() : route.abort('internetdisconnected');
    });
    await page.goto(server.base + `#/learn/tour/${id}/1`);
    await ready(page);
    for (let step = 1; ; step++) {
      await page.getByText(new RegExp(`^Step ${step} of \\d+$`)).waitFor();
      assert.equal(await page.getByRole('alert').count(), 0, `${id} step ${step}: no error`);
      // The live view shows more than a heading: a table, a list, a drawing…
      const shown = await page.locator('.tour-live').locator('table, ul, ol, svg, figure, blockquote, dl, p').count();
      assert.ok(shown > 0, `${id} step ${step}: its live view is drawn`);
      const next = page.getByRole('navigation', { name: 'Steps of this tour' }).getByRole('link', { name: 'Next' });
      if ((await next.count()) === 0) break;
      await next.click();
    }
    // The study's page, from the main navigation: its sections are here.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: nav, exact: true }).click();
    await page.locator('.study-body section').nth(2).waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, `${id}: the study's page shows`);
    assert.ok((await page.locator('.study-body section').count()) > 3, `${id}: the study's own sections`);
    assert.deepEqual([...new Set(sections)], [module], `${id}: only its own sections`);
    assert.equal(sections.length, 1, `${id}: fetched once`);
    const other = page.problems.filter((p) => !/INTERNET_DISCONNECTED|Failed to load resource/i.test(p));
    assert.deepEqual(other, []);
    await page.context().close();
  }
});

test("a study's sections that cannot be fetched leave a message and a working Try again", async () => {
  const page = await newPage(browser, { serviceWorkers: 'block' });
  let offline = true;
  await page.route(/\/part-[^/]*-sections_kunming\.wasm$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(server.base + '#/study/kunming-sem/structural');
  const alert = page.getByRole('alert').filter({ hasText: 'This view could not be loaded' });
  await alert.waitFor();
  // The rest of the app works: another study opens.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Beijing SMEs', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: /Table 1/ }).first().waitFor();
  await page.goBack();
  offline = false;
  await page.getByRole('alert').filter({ hasText: 'This view could not be loaded' }).getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('button', { name: 'Unstandardised', exact: true }).first().waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  const other = page.problems.filter((p) => !/part-|INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/i.test(p));
  assert.deepEqual(other, []);
  await page.context().close();
});

// The rest of the Kunming study's sections (explorer_core::part::REST: the
// structural model's paths as a table and its hypotheses, the effects, the
// measurement model and the sample) is a module of its own, fetched at the
// reader's first move or with a link to one of its sections.
const REST_SECTIONS = ['Indirect and total effects (computed here)', 'Measurement model', 'Sample (Table 1)'];

/** The rest modules a page fetches, by name. */
function restFetches(page) {
  const fetched = [];
  page.on('request', (r) => {
    const m = /-(rest_[a-z_]+)\.wasm$/.exec(r.url());
    if (m) fetched.push(m[1]);
  });
  return fetched;
}

test("the rest of the Kunming study's sections comes at the reader's first move, not with the page", async () => {
  for (const move of ['wheel', 'key', 'touch']) {
    const page = await newPage(browser, { serviceWorkers: 'block', hasTouch: move === 'touch', viewport: { width: 375, height: 700 } });
    const fetched = restFetches(page);
    await page.goto(server.base + '#/study/kunming-sem');
    await ready(page);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(fetched, [], `${move}: not with the page`);
    // Until then each of its sections is its heading where it will be, in
    // the page's order, saying it is loading; the diagram is drawn.
    for (const name of REST_SECTIONS) {
      const heading = page.getByRole('heading', { level: 2, name, exact: true });
      assert.equal(await heading.count(), 1, `${move}: ${name}`);
      assert.equal(await page.locator('section', { has: heading }).locator('p.loading').textContent(), 'Loading…');
    }
    assert.equal(await page.getByRole('heading', { level: 3, name: 'The paths as a table' }).count(), 0);
    assert.ok(await page.getByRole('button', { name: 'Unstandardised', exact: true }).isVisible());
    if (move === 'wheel') await page.mouse.wheel(0, 500);
    else if (move === 'key') await page.keyboard.press('Tab');
    else await page.touchscreen.tap(200, 300);
    await page.locator('#items-table').waitFor({ state: 'attached' });
    await page.getByRole('heading', { level: 3, name: 'The paths as a table' }).waitFor({ state: 'attached' });
    assert.equal(await page.locator('main .deferred > p.loading').count(), 0, `${move}: every section is drawn`);
    assert.deepEqual(fetched, ['rest_kunming'], `${move}: fetched once`);
    // The TOC's sections are the page's, each once.
    for (const name of REST_SECTIONS) assert.equal(await page.getByRole('heading', { level: 2, name, exact: true }).count(), 1);
    await page.assertClean();
    await page.context().close();
  }
});

test('a link to one of those sections brings them with the page, and opens at its heading', async () => {
  const page = await newPage(browser, { serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  const fetched = restFetches(page);
  await page.goto(server.base + '#/study/kunming-sem/measurement');
  await ready(page);
  // No move: the start-up script preloaded the module with the page.
  await page.locator('#items-table').waitFor({ state: 'attached' });
  assert.deepEqual(fetched, ['rest_kunming']);
  await page.waitForFunction(() => Math.abs(document.querySelector('#measurement').getBoundingClientRect().top) < 80);
  // A tour's step that draws from them (the effects) shows them, as its
  // first step shows the items (from the study's sections' module).
  await page.goto(server.base + '#/learn/tour/kunming-sem/1');
  await page.getByRole('list', { name: /^Items of / }).first().waitFor();
  await page.goto(server.base + '#/learn/tour/kunming-sem/5');
  await page.locator('.tour-live').getByRole('heading', { level: 2, name: 'Indirect and total effects (computed here)' }).waitFor();
  assert.ok((await page.locator('.tour-live table tbody tr').count()) > 0, 'the effects table');
  await page.assertClean();
  await page.context().close();
});

test('the rest that cannot be fetched says so beside its headings, and Try again brings it', async () => {
  const page = await newPage(browser, { serviceWorkers: 'block' });
  let offline = true;
  await page.route(/\/part-[^/]*-rest_kunming\.wasm$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(server.base + '#/study/kunming-sem');
  await ready(page);
  await page.mouse.wheel(0, 300);
  const alerts = page.getByRole('alert').filter({ hasText: 'This view could not be loaded' });
  await alerts.first().waitFor();
  assert.equal(await alerts.count(), 4, 'beside each block of the rest');
  // The rest of the page works: the diagram's controls answer.
  await page.getByRole('button', { name: 'Unstandardised', exact: true }).click();
  assert.equal(await page.getByRole('button', { name: 'Unstandardised', exact: true }).getAttribute('aria-pressed'), 'true');
  // More moves do not fetch it again; the reader's Try again does.
  await page.mouse.wheel(0, 300);
  offline = false;
  await alerts.first().getByRole('button', { name: 'Try again' }).click();
  await page.locator('#items-table').waitFor({ state: 'attached' });
  assert.equal(await page.getByRole('alert').count(), 0);
  const other = page.problems.filter((p) => !/part-|INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/i.test(p));
  assert.deepEqual(other, []);
  await page.context().close();
});
