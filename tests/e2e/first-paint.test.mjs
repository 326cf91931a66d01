// The static first paint (issue 16; core::shell, src/bin/prerender.rs,
// tools/site/src/first_paint.rs): a link to a view with a shell shows that
// view before the wasm has arrived, in the language the app will choose,
// laid out exactly as the app then lays it out; no other link shows one; a
// late, foreign or unwanted shell is never shown; the shells are accessible.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startServer, launch, newPage, DIST } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const DATA = JSON.parse(fs.readFileSync(path.join(DIST, 'dataset.json'), 'utf8'));
const MARKER = '<!--sme-explorer shell-->';
const WASM = /_bg\.wasm$/;

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** 32-bit FNV-1a of a string's UTF-8 bytes, in hex: a shell's file name. */
function fnv32(text) {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** A page whose wasm never arrives: what a reader sees before it does. */
async function withoutApp(options = {}) {
  const page = await newPage(browser, options);
  const shells = [];
  page.on('request', (r) => { if (r.url().includes('/shell/')) shells.push(new URL(r.url()).pathname); });
  await page.route(WASM, (route) => route.abort());
  // Loads return at once: the app is never going to be live here.
  page.goto = page.unwaited.goto;
  page.shellRequests = shells;
  return page;
}

/** Holds `page`'s wasm until the returned function is called: the shell is
 * on screen meanwhile, as on a slow line. */
async function holdWasm(page) {
  let release;
  const arrived = new Promise((r) => { release = r; });
  await page.route(WASM, async (route) => { await arrived; await route.continue(); });
  return release;
}

/** Every element's tag, class and box, in document order (the shell's
 * wrapper, which lays out nothing, left out); in a shell that holds its
 * view up to the end of the first long block (core::shell::first_block),
 * the elements before its note that the rest is coming, the height of
 * those around it (which the rest will make taller) as `*`. */
function boxes(page) {
  return page.evaluate(() => {
    const all = [...document.body.querySelectorAll('*')].filter((e) => !e.closest('noscript') && !e.hasAttribute('data-shell'));
    const note = document.querySelector('[data-shell] main [role=status].loading');
    return (note ? all.slice(0, all.indexOf(note)) : all).map((e) => {
      const b = e.getBoundingClientRect();
      const height = note && e.contains(note) ? '*' : Math.round(b.height);
      return `${e.tagName} ${e.getAttribute('class') || ''} ${[b.x, b.y, b.width].map(Math.round).join(',')},${height}`;
    });
  });
}

/** The ids of a page's long blocks (`.deferred`) not inside another. */
function blocks(page, root = '') {
  return page.evaluate((root) => [...document.querySelectorAll(`${root} main .deferred`)]
    .filter((e) => !e.parentElement.closest('.deferred'))
    .map((e) => e.id || e.getAttribute('aria-labelledby') || e.className), root);
}

async function shown(page) {
  await page.waitForSelector('[data-shell] main#main h1', { timeout: 10000 });
}

const firm = DATA.firms[0].id;
const ROUTES = ['#/', '#/firms', '#/trace/a13', '#/study/kunming-sem', `#/firm/${firm}`, '#/themes', '#/firms?lang=zh', '#/study/kunming-sem?lang=zh'];

for (const width of [1280, 375]) {
  test(`at ${width} px a link shows its own view before the app, which then lays it out the same`, async () => {
    for (const route of ROUTES) {
      const live = await newPage(browser, { viewport: { width, height: 900 } });
      await live.goto(server.base + route);
      const heading = await live.getByRole('heading', { level: 1 }).textContent();
      const title = await live.title();
      const after = await boxes(live);
      const liveBlocks = await blocks(live);
      assert.equal(await live.locator('main').count(), 1, `${route}: one main once the app runs`);
      assert.equal(await live.locator('[data-shell]').count(), 0, `${route}: the shell is gone`);
      await live.assertClean();
      await live.context().close();

      const early = await withoutApp({ viewport: { width, height: 900 } });
      await early.goto(server.base + route);
      await shown(early);
      assert.equal(await early.getByRole('heading', { level: 1 }).textContent(), heading, `${route}: the shell is the view the link names`);
      assert.equal(await early.title(), title, `${route}: its title`);
      assert.equal(await early.evaluate(() => document.documentElement.lang), route.endsWith('lang=zh') ? 'zh-Hans' : 'en', route);
      const html = await early.evaluate(() => document.body.innerHTML);
      assert.ok(!html.includes('sme-explorer.invalid') && !html.includes('2999'), `${route}: the address and date are the reader's`);
      // A view with more than one long block shows its first in the shell,
      // then says the rest is coming; the app lays out the same up to there.
      const shellBlocks = await blocks(early, '[data-shell]');
      const note = early.locator('[data-shell] main [role=status].loading');
      if (liveBlocks.length > 1) {
        assert.deepEqual(shellBlocks, liveBlocks.slice(0, 1), `${route}: the shell holds the first long block`);
        assert.ok(await note.isVisible(), `${route}: the shell says the rest is coming`);
        assert.match(await note.textContent(), /\S/, route);
        assert.ok(await early.locator('[data-shell] footer.site-footer').isVisible(), `${route}: the footer after it`);
      } else {
        assert.deepEqual(shellBlocks, liveBlocks, `${route}: the shell is the whole view`);
        assert.equal(await note.count(), 0, route);
      }
      const shellBoxes = await boxes(early);
      assert.ok(shellBoxes.length > 20, `${route}: ${shellBoxes.length} elements`);
      const expected = after.slice(0, shellBoxes.length).map((box, i) => (shellBoxes[i].endsWith(',*') ? box.replace(/,-?\d+$/, ',*') : box));
      assert.deepEqual(shellBoxes, expected, `${route}: the shell and the app lay out the same`);
      if (liveBlocks.length <= 1) assert.equal(shellBoxes.length, after.length, `${route}: every element`);
      assert.deepEqual(early.problems.filter((p) => !/Failed to (load resource|fetch)/.test(p)), [], `${route}: nothing but the withheld wasm fails`);
      await early.context().close();
    }
  });
}

test('every listed view has a shell in both languages, each marked and titled, and nothing else is in shell/', () => {
  const dir = path.join(DIST, 'shell');
  const hashes = fs.readFileSync(path.join(dir, 'routes.txt'), 'utf8').split('\n').filter(Boolean);
  const expected = new Set(['routes.txt']);
  for (const hash of hashes) {
    for (const lang of ['en', 'zh']) {
      const name = `${lang}-${fnv32(hash)}.html`;
      expected.add(name);
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const [marker, title] = text.split('\n');
      assert.equal(marker, MARKER, name);
      assert.match(title, / · /, `${name} has a title`);
      assert.match(text, /<main id="main"|<main[^>]* id="main"/, `${name} holds the main region`);
    }
  }
  assert.deepEqual(new Set(fs.readdirSync(dir)), expected);
  // The views whose first render depends only on the URL and the data.
  const listed = new Set(hashes);
  for (const hash of ['#/', '#/trace', '#/firms', '#/themes', '#/data', ...DATA.studies.map((s) => `#/study/${s.id}`),
    ...DATA.codes.map((c) => `#/trace/${encodeURIComponent(c.id)}`), ...DATA.firms.map((f) => `#/firm/${encodeURIComponent(f.id)}`)]) {
    assert.ok(listed.has(hash), `${hash} has a shell`);
  }
  for (const hash of listed) assert.ok(!/^#\/(learn|glossary|checks|search|compare)/.test(hash) && !hash.includes('?'), `${hash} depends only on the URL and the data`);
  // The start-up script's list (grouped, with runs of codes as ranges,
  // core::shell::grouped), expanded as the script does, is this list.
  const boot = fs.readFileSync(path.join(DIST, fs.readdirSync(DIST).find((f) => /^boot-.*\.js$/.test(f))), 'utf8');
  const start = boot.indexOf('const routes = ') + 'const routes = '.length;
  const expression = boot.slice(start, boot.indexOf('\n', boot.indexOf('})));', start))).replace(/;\s*$/, '');
  assert.match(expression, /b1-52/, 'the codes as ranges');
  const scripted = new Function(`return ${expression};`)();
  assert.deepEqual([...scripted].sort(), [...listed].sort());
});

test('the shell is in the language the app will choose', async () => {
  const zhHeading = async (route) => {
    const live = await newPage(browser);
    await live.goto(server.base + route + (route.includes('?') ? '&' : '?') + 'lang=zh');
    const heading = await live.getByRole('heading', { level: 1 }).textContent();
    await live.context().close();
    return heading;
  };
  const firmsZh = await zhHeading('#/firms');
  const cases = [
    ['#/firms?lang=zh', {}, null, 'zh-Hans'],
    ['#/firms', { locale: 'zh-CN' }, null, 'zh-Hans'],
    ['#/firms', { locale: 'zh-TW' }, null, 'en'],
    ['#/firms', {}, 'zh', 'zh-Hans'],
    ['#/firms', { locale: 'zh-CN' }, 'en', 'en'],
    ['#/firms?lang=en', { locale: 'zh-CN' }, null, 'en'],
  ];
  for (const [route, options, remembered, lang] of cases) {
    const page = await withoutApp(options);
    if (remembered) await page.addInitScript((v) => localStorage.setItem('sme-explorer-lang', v), remembered);
    await page.goto(server.base + route);
    await shown(page);
    const what = `${route} ${JSON.stringify(options)} remembered ${remembered}`;
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, what);
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    if (lang === 'zh-Hans') assert.equal(heading, firmsZh, what);
    else assert.equal(heading, 'Firms', what);
    await page.context().close();
  }
});

test('no shell where the first render would be another view, a filter, a section or an embed', async () => {
  for (const route of ['#/firms?personal_connections=yes', '#/learn', '#/glossary', '#/study/kunming-sem/measurement',
    '#/firms?embed=1', '#/trace/a13?lang=zh&embed=1', '#/nowhere', '#/trace/zz9', '#/firms?lang=fr']) {
    const page = await withoutApp();
    await page.goto(server.base + route);
    await page.waitForTimeout(700);
    assert.deepEqual(page.shellRequests, [], `${route}: no shell is fetched`);
    assert.equal(await page.locator('[data-shell]').count(), 0, `${route}: no shell is shown`);
    await page.context().close();
  }
});

test('a host that answers shell/ with another page, or a shell that comes after the app, shows no shell', async () => {
  const index = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const page = await newPage(browser);
  await page.route('**/shell/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: index }));
  await page.goto(server.base + '#/firms');
  await page.getByRole('heading', { level: 1, name: 'Firms' }).waitFor();
  assert.equal(await page.locator('[data-shell]').count(), 0);
  await page.assertClean();
  await page.context().close();

  // The start-up script waits 1.5 s for a shell, then starts the app.
  const late = await newPage(browser);
  let delivered = false;
  await late.route('**/shell/**', async (route) => {
    const response = await route.fetch();
    await new Promise((r) => setTimeout(r, 3000));
    await route.fulfill({ response });
    delivered = true;
  });
  await late.goto(server.base + '#/trace/a13');
  await late.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
  while (!delivered) await new Promise((r) => setTimeout(r, 100));
  await late.waitForTimeout(300);
  assert.equal(await late.locator('[data-shell]').count(), 0, 'a late shell is dropped');
  assert.equal(await late.locator('main').count(), 1);
  assert.match(await late.getByRole('heading', { level: 1 }).textContent(), /^a13 /);
  await late.assertClean();
  await late.context().close();
});

test('a link followed in the shell before the app arrives opens that view in the app', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  const release = await holdWasm(page);
  await page.unwaited.goto(server.base + '#/');
  await shown(page);
  await page.locator('[data-shell]').getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Firms' }).click();
  assert.equal(await page.evaluate(() => location.hash), '#/firms');
  release();
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-started') && !document.querySelector('[data-shell]'));
  await page.getByRole('heading', { level: 1, name: 'Firms' }).waitFor();
  assert.equal(await page.locator('main').count(), 1);
  await page.assertClean();
  await page.context().close();
});

test('axe-core finds no violations in a shell, light and dark, wide and narrow', async () => {
  const found = [];
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 375]) {
      for (const route of ['#/', '#/firms', '#/study/kunming-sem']) {
        const page = await withoutApp({ colorScheme, viewport: { width, height: 900 } });
        await page.goto(server.base + route);
        await shown(page);
        await page.evaluate(AXE);
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        });
        for (const v of violations) found.push(`${route} ${colorScheme} ${width}: ${v}`);
        await page.context().close();
      }
    }
  }
  assert.deepEqual(found, []);
});

test('a reader who scrolled the shell stays at the same text when the app takes over', async () => {
  // Targets near the end of each shell's first long block.
  for (const [route, target] of [['#/study/kunming-sem', '#structural > :last-child'], ['#/firms', '.firm-list > li:last-child'], ['#/study/small-giants', '#model > :last-child']]) {
    const page = await newPage(browser, { viewport: { width: 375, height: 800 }, serviceWorkers: 'block' });
    const release = await holdWasm(page);
    await page.unwaited.goto(server.base + route);
    await shown(page);
    await page.locator(`[data-shell] ${target}`).scrollIntoViewIfNeeded();
    const before = await page.evaluate((t) => document.querySelector(`[data-shell] ${t}`).getBoundingClientRect().top, target);
    release();
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-started') && !document.querySelector('[data-shell]'));
    await page.waitForTimeout(300);
    const now = await page.evaluate((t) => document.querySelector(t).getBoundingClientRect().top, target);
    assert.ok(Math.abs(now - before) <= 2, `${route}: ${target} stays where it was in the window (${before} px), not at ${now} px`);
    await page.assertClean();
    await page.context().close();
  }
  // A link followed in the scrolled shell opens its own view at the top.
  const page = await newPage(browser, { viewport: { width: 375, height: 800 }, serviceWorkers: 'block' });
  const release = await holdWasm(page);
  await page.unwaited.goto(server.base + '#/study/kunming-sem');
  await shown(page);
  await page.locator('[data-shell] #structural > :last-child').scrollIntoViewIfNeeded();
  await page.evaluate(() => { location.hash = '#/firms'; });
  release();
  await page.getByRole('heading', { level: 1, name: 'Firms' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-shell]'));
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => scrollY), 0, 'the other view opens at its top');
  await page.assertClean();
  await page.context().close();
});
