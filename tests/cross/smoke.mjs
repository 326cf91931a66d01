// The cross-engine smoke suite: the same short list of user journeys in
// Chromium, Firefox and WebKit, through WebDriver, against the release build.
// One file per engine (chromium.test.mjs, firefox.test.mjs, webkit.test.mjs)
// calls `smoke(name)`; the deep behaviour stays in the Chromium-only suite in
// tests/e2e/. Expected values come from dataset.json where the data decides
// them.
//
// Every test ends with `assertClean`: nothing in window.__problems (console
// errors, uncaught errors, unhandled rejections, failed loads, CSP
// violations; see capture.js), the panic hook has not fired, and no resource
// came from another origin. The first test proves that this check sees
// errors in the engine at hand, so a quiet run means something.
//
// What an engine does not offer through WebDriver, and how each test copes
// (no test is skipped in any engine):
//   - reading the clipboard: navigator.clipboard.readText() is refused in
//     Chromium and WebKit (no permission prompt under WebDriver), so the
//     clipboard test pastes with the keyboard, which works in all three;
//   - a download directory: WebKitWebDriver has none, so engines.mjs points
//     MiniBrowser's XDG download directory at the session's directory.
import fs from 'node:fs';
import path from 'node:path';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { By, Key } from 'selenium-webdriver';
import { startServer } from './server.mjs';
import { startEngine } from './engines.mjs';

const HOME_HEADING = 'Innovation in Chinese science-and-technology SMEs';
const WAIT_MS = 15000;
/**
 * An async WebDriver script: calls back once its element has kept the same
 * place on screen for three frames (or after a second, whichever is first).
 */
const STILL = `
  const [element, done] = arguments;
  const started = performance.now();
  let last = '', same = 0;
  (function frame() {
    const r = element.getBoundingClientRect();
    const now = [r.x, r.y, r.width, r.height].join();
    same = now === last ? same + 1 : 0;
    last = now;
    if (same >= 3 || performance.now() - started > 1000) done();
    else requestAnimationFrame(frame);
  })();
`;

export function smoke(name) {
  let server, session, driver, dataset;

  before(async () => {
    server = await startServer();
    const response = await fetch(`${server.base}dataset.json`);
    dataset = await response.json();
    session = await startEngine(name);
    driver = session.driver;
  });
  after(async () => {
    await session?.stop();
    await server?.close();
  });

  /** Opens `hash` in a fresh document and waits for the app's heading. */
  async function open(hash) {
    // about:blank first: a URL that differs from the current one only in its
    // hash would not load a new document.
    await driver.get('about:blank');
    await driver.get(`${server.base}${hash}`);
    // Live: started, and the static first paint (shell/) replaced.
    await waitFor(() => document.documentElement.hasAttribute('data-started') && !document.querySelector('[data-shell]') && document.querySelector('main#main h1') !== null, `the app renders ${hash}`);
  }

  /**
   * Waits until `predicate` (run in the page with `args`) is true; on timeout
   * the error names what was expected and what the page shows.
   */
  async function waitFor(predicate, what, ...args) {
    const script = `return (${predicate}).apply(null, arguments);`;
    try {
      await driver.wait(async () => Boolean(await driver.executeScript(script, ...args)), WAIT_MS);
    } catch (error) {
      const now = await view().catch(() => ({}));
      throw new Error(`${session.engine.label}: timed out waiting until ${what}; the page shows ${JSON.stringify(now)}`, { cause: error });
    }
  }

  /** The current hash, main heading (whitespace folded), title and problems. */
  async function view() {
    return driver.executeScript(() => ({
      hash: location.hash,
      heading: (document.querySelector('main h1')?.textContent || '').replace(/\s+/g, ' ').trim(),
      title: document.title,
      problems: window.__problems,
    }));
  }

  /** Waits for a view: its exact hash and a heading that matches. */
  async function waitForView(hash, heading) {
    const source = heading instanceof RegExp ? heading.source : `^${escape(heading)}$`;
    await waitFor((h, s) => location.hash === h
      && new RegExp(s).test((document.querySelector('main h1')?.textContent || '').replace(/\s+/g, ' ').trim()),
    `the view is ${hash} with heading /${source}/`, hash, source);
  }

  async function assertClean() {
    const report = await driver.executeScript(() => ({
      problems: window.__problems || ['the capture script did not run'],
      panicked: document.documentElement.getAttribute('data-panicked'),
      foreign: performance.getEntriesByType('resource').map((r) => r.name)
        .filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== location.origin),
    }));
    const problems = [...report.problems];
    if (report.panicked) problems.push('the panic hook fired');
    for (const url of report.foreign) problems.push(`request left the origin: ${url}`);
    assert.deepEqual(problems, [], `${session.engine.label} reported problems`);
  }

  /**
   * Waits for `file` to be complete in the session's download directory
   * (engines write a partial file first and rename it) and returns its text.
   */
  async function downloaded(file) {
    const target = path.join(session.downloads, file);
    try {
      await driver.wait(() => fs.existsSync(target) && fs.statSync(target).size > 0, WAIT_MS);
    } catch (error) {
      throw new Error(`${session.engine.label}: no ${file} in the download directory; it holds ${JSON.stringify(fs.readdirSync(session.downloads))}`, { cause: error });
    }
    return fs.readFileSync(target, 'utf8');
  }

  /** A link of the main navigation, found by its text. */
  const navLink = (text) => driver.findElement(By.css('nav[aria-label="Main"]')).findElement(By.linkText(text));

  /** Waits until the firms' polite status line says `n firms`. */
  async function waitForFirmCount(n, what) {
    await waitFor((want) => document.querySelector('main .results [role="status"]')?.textContent.trim() === want, what, `${n} firms`);
  }

  test(`${name}: the problem check sees console errors, uncaught errors and rejections`, async () => {
    await open('#/');
    // A same-origin page script (probe.js) goes wrong in three ways.
    await driver.executeScript(() => {
      const script = document.createElement('script');
      script.src = '__test-probe.js';
      document.head.append(script);
    });
    await waitFor(() => window.__problems.length >= 3, 'three probe problems are recorded');
    const problems = await driver.executeScript(() => window.__problems);
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('console error: probe: console')), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('uncaught error:') && p.includes('probe: uncaught')), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('unhandled rejection:') && p.includes('probe: rejection')), problems.join('\n'));
  });

  test(`${name}: every route renders its heading`, async () => {
    await open('#/');
    assert.equal((await view()).heading, HOME_HEADING);
    const memory = () => driver.executeScript(() => window.__memory ? window.__memory.buffer.byteLength : null);
    const memoryAtStart = await memory();
    assert.ok(memoryAtStart > 0, 'the wasm memory is in sight');
    const studyHeading = (id) => {
      const study = dataset.studies.find((s) => s.id === id);
      assert.ok(study, `dataset.json lists ${id}`);
      return study.title ?? /\(title not printed in the source text\)$/;
    };
    // The main navigation, by its link texts, as a visitor goes through it.
    const nav = [
      ['Small giants', '#/study/small-giants', studyHeading('small-giants')],
      ['Haier & Huawei', '#/study/haier-huawei', studyHeading('haier-huawei')],
      ['Kunming survey', '#/study/kunming-sem', studyHeading('kunming-sem')],
      ['Beijing SMEs', '#/study/beijing-smes', studyHeading('beijing-smes')],
      ['Themes', '#/themes', 'Themes across studies'],
      ['Trace', '#/trace', 'Trace'],
      ['Firms', '#/firms', 'Firms'],
      ['Learn', '#/learn', 'Learn'],
      ['Checks', '#/checks', 'Check the numbers'],
      ['Glossary', '#/glossary', 'Glossary'],
      ['Data & sources', '#/data', 'Data & sources'],
      ['Home', '#/', HOME_HEADING],
    ];
    for (const [text, hash, heading] of nav) {
      await navLink(text).click();
      await waitForView(hash, heading);
      assert.equal(await navLink(text).getAttribute('aria-current'), 'page', `${text} is marked current`);
    }
    await assertClean();
    // The allocator's arena holds it all: growing the memory mid-session is
    // what preceded WebKit's intermittent out-of-bounds trap.
    assert.equal(await memory(), memoryAtStart, 'the wasm memory did not grow');
    // Deep links, loaded directly as a shared link would be.
    const codeHeading = (id) => {
      const code = dataset.codes.find((c) => c.id === id);
      assert.ok(code, `dataset.json lists code ${id}`);
      return `${code.id} ${code.label}`;
    };
    const deep = [
      ['#/trace/b3', codeHeading('b3')],
      // Survey items are not codes of dataset.json; their heading starts with the id.
      ['#/trace/IL6', /^IL6 \S/],
      ['#/firm/CF7', 'CF7'],
      ['#/firm/ZXSK', 'ZXSK'],
      ['#/firm/Huawei', 'Huawei'],
    ];
    for (const [hash, heading] of deep) {
      await open(hash);
      await waitForView(hash, heading);
      await assertClean();
    }
  });

  test(`${name}: a facet toggles, and the count and the URL follow; Back and Forward restore it`, async () => {
    const all = dataset.firms.length;
    const present = dataset.firms.filter((f) => f.hr.personal_connections === true).length;
    assert.ok(present > 1 && present < all, 'the facet narrows the list');
    await open('#/firms');
    await waitForFirmCount(all, `the count says ${all} firms`);
    const option = (label) => By.xpath(`//main//fieldset[legend[normalize-space()="Personal connections"]]//label[starts-with(normalize-space(), "${label}")]`);
    const checked = (label) => driver.findElement(option(label)).then((l) => l.getAttribute('for'))
      .then((id) => driver.findElement(By.id(id)).isSelected());
    await driver.findElement(option('Present')).click();
    await waitFor(() => location.hash === '#/firms?personal_connections=yes', 'the URL holds the facet');
    await waitForFirmCount(present, `the count says ${present} firms`);
    assert.equal(await checked('Present'), true);

    await driver.navigate().back();
    await waitForView('#/firms', 'Firms');
    await waitForFirmCount(all, `Back restores ${all} firms`);
    assert.equal(await checked('Any'), true, 'Back restores "Any"');
    await driver.navigate().forward();
    await waitFor(() => location.hash === '#/firms?personal_connections=yes', 'Forward restores the URL');
    await waitForFirmCount(present, `Forward restores ${present} firms`);
    assert.equal(await checked('Present'), true, 'Forward restores "Present"');
    await assertClean();
  });

  test(`${name}: a trace opens by keyboard from the search`, async () => {
    await open('#/trace');
    // The header search: a combobox whose suggestions are a listbox.
    const label = await driver.findElement(By.xpath('//label[normalize-space()="Search the explorer"]'));
    const search = await driver.findElement(By.id(await label.getAttribute('for')));
    assert.equal(await search.getAttribute('role'), 'combobox');
    await search.sendKeys('talent');
    await waitFor(() => document.querySelectorAll('[role="listbox"][aria-label="Suggestions"] [role="option"]').length > 1, 'suggestions appear');
    // Down makes the first match the active option; Enter opens it.
    await driver.actions().sendKeys(Key.ARROW_DOWN).perform();
    const activeId = await search.getAttribute('aria-activedescendant');
    assert.ok(activeId, `${session.engine.label}: Down sets the active option`);
    const text = (await driver.findElement(By.id(activeId)).getText()).trim();
    const code = text.split(/\s+/)[0];
    const expected = dataset.codes.find((c) => c.id === code);
    assert.ok(expected, `the first suggestion "${text}" starts with a code of dataset.json`);
    assert.match(`${expected.id} ${expected.label}`, /talent/i, 'the first suggestion matches the query');
    await driver.actions().sendKeys(Key.ENTER).perform();
    await waitForView(`#/trace/${encodeURIComponent(code)}`, `${expected.id} ${expected.label}`);
    await assertClean();
  });

  test(`${name}: Back and Forward restore the view`, async () => {
    await open('#/');
    await navLink('Trace').click();
    await waitForView('#/trace', 'Trace');
    await navLink('Firms').click();
    await waitForView('#/firms', 'Firms');
    await driver.navigate().back();
    await waitForView('#/trace', 'Trace');
    await driver.navigate().back();
    await waitForView('#/', HOME_HEADING);
    await driver.navigate().forward();
    await waitForView('#/trace', 'Trace');
    await driver.navigate().forward();
    await waitForView('#/firms', 'Firms');
    await assertClean();
  });

  test(`${name}: Copy link puts the view's address on the clipboard`, async () => {
    await open('#/firms?personal_connections=yes');
    // Scrolled to first: above it, the firms list, matrix and combinations are
    // laid out only near the window, and WebKit's WebDriver may click where
    // the summary was before they were (docs/performance.md).
    // A click WebKit sent to where the summary had just been is tried again
    // once the summary holds still; a person would click again too.
    const summary = await driver.findElement(By.xpath('//main//summary[normalize-space()="Share / Embed"]'));
    for (let attempt = 0; attempt < 3; attempt++) {
      await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', summary);
      await driver.executeAsyncScript(STILL, summary);
      await summary.click();
      const opened = await driver.wait(() => driver.executeScript('return arguments[0].parentElement.open', summary), 2000).catch(() => false);
      if (opened) break;
    }
    // The panel's content is rendered once it opens (its toggle event).
    await waitFor(() => document.getElementById('permalink') !== null, 'the opened panel shows the link');
    const field = (text) => driver.findElement(By.xpath(`//main//label[normalize-space()="${text}"]`))
      .then((label) => label.getAttribute('for')).then((id) => driver.findElement(By.id(id)));
    const permalink = await (await field('Link to this view')).getAttribute('value');
    assert.equal(permalink, `${server.base}#/firms?personal_connections=yes`);
    await driver.findElement(By.xpath('//main//button[normalize-space()="Copy link"]')).click();
    await waitFor(() => [...document.querySelectorAll('.copied')].some((s) => s.textContent === 'Copied'), 'the button says Copied');
    // Read the clipboard back by pasting into the firms' text filter.
    // navigator.clipboard.readText() cannot serve here: under WebDriver,
    // Chromium and WebKit refuse it (NotAllowedError, no permission prompt);
    // only Firefox allows it. A keyboard paste works in all three.
    // The write is asynchronous, so paste again (a few times) until it landed.
    const text = await field('Text');
    let pasted;
    for (let attempt = 0; attempt < 5 && pasted !== permalink; attempt++) {
      if (attempt > 0) await driver.sleep(200);
      await text.clear();
      await text.click();
      await driver.actions().keyDown(Key.CONTROL).sendKeys('v').keyUp(Key.CONTROL).perform();
      pasted = await text.getAttribute('value');
    }
    assert.equal(pasted, permalink, `${session.engine.label}: the pasted text is the link`);
    await assertClean();
  });

  test(`${name}: Export selection as CSV downloads the filtered firms`, async () => {
    const expected = dataset.firms.filter((f) => f.hr.foreign_origin === true && f.hr.ceo_international === true).map((f) => f.id);
    assert.ok(expected.length > 0, 'the filter keeps some firms');
    await open('#/firms?foreign_origin=yes&ceo_international=yes');
    await driver.findElement(By.xpath('//main//button[normalize-space()="Export selection as CSV"]')).click();
    const lines = (await downloaded('firms.csv')).trim().split(/\r?\n/);
    assert.match(lines[0], /^id,study,name,/);
    assert.deepEqual(lines.slice(1).map((line) => line.split(',')[0]), expected);
    await assertClean();
  });

  test(`${name}: the Chinese interface from the URL, and the switcher back to English`, async () => {
    const expected = dataset.firms.filter((f) => f.hr.personal_connections === true).length;
    await open('#/firms?lang=zh&personal_connections=yes');
    await waitForView('#/firms?lang=zh&personal_connections=yes', '企业');
    assert.equal(await driver.executeScript(() => document.documentElement.lang), 'zh-Hans');
    await waitFor((want) => document.querySelector('main .results [role="status"]')?.textContent.trim() === want, 'the count in Chinese', `${expected} 家企业`);
    // A printed label stays as printed, marked English.
    assert.match(await driver.executeScript(() => document.querySelector('.facet-printed [lang="en"]')?.textContent || ''), /Personal connections favoring international linkages/);
    await driver.findElement(By.css('a.lang-switch[hreflang="en"]')).click();
    await waitForView('#/firms?personal_connections=yes&lang=en', 'Firms');
    assert.equal(await driver.executeScript(() => document.documentElement.lang), 'en');
    await waitForFirmCount(expected, 'the same firms, in English');
    await assertClean();
  });

  test(`${name}: a figure downloads as standalone SVG`, async () => {
    await open('#/study/kunming-sem');
    await driver.findElement(By.css('main button[aria-label="Download SVG: structural model"]')).click();
    const svg = await downloaded('kunming-structural-model.svg');
    assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    assert.match(svg, /<title>Study: Kunming survey · SME Innovation Explorer<\/title>/);
    assert.match(svg, /Source: [^<]+, Table 7/);
    await assertClean();
  });

  test(`${name}: a guided tour opens from Learn and takes one step, focus on the new step's heading`, async () => {
    await open('#/learn');
    await driver.findElement(By.css('main')).findElement(By.linkText('Grounded theory, step by step: the small giants')).click();
    await waitForView('#/learn/tour/small-giants/1', 'Start from the raw data');
    await driver.findElement(By.css('nav[aria-label="Steps of this tour"]')).findElement(By.linkText('Next')).click();
    await waitForView('#/learn/tour/small-giants/2', /^Open coding/);
    await waitFor(() => document.activeElement?.id === 'step-heading', 'the new step\'s heading has focus');
    assert.match(await driver.findElement(By.css('main')).getText(), /Step 2 of \d/i);
    await assertClean();
  });

  test(`${name}: an unknown route shows Not found, and the way home works`, async () => {
    await open('#/no/such/view');
    await waitForView('#/no/such/view', 'Not found');
    await driver.findElement(By.css('main')).findElement(By.linkText('Home')).click();
    await waitForView('#/', HOME_HEADING);
    await assertClean();
  });
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
