import { startServer, launch } from './harness.mjs';
const server = await startServer(() => process.env.D || '/work/main/dist');
const browser = await launch();
const sel = 'ol[aria-label^="Trace"] li';
for (let i = 0; i < 8; i++) {
  const context = await browser.newContext();
  await context.addInitScript((selector) => {
    const check = () => { const e = document.querySelector(selector); if (e && e.getClientRects().length > 0) window.__contentAt = performance.now(); else requestAnimationFrame(check); };
    requestAnimationFrame(check);
    new MutationObserver((l, o) => { if (document.querySelector('[data-shell]')) { window.__shellAt = performance.now(); o.disconnect(); } }).observe(document, { subtree: true, childList: true });
  }, sel);
  const page = await context.newPage();
  await page.goto(server.base + '#/trace/b1', { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__contentAt !== undefined);
  const r = await page.evaluate(() => {
    const res = performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop().slice(0, 14), Math.round(e.startTime), Math.round(e.responseEnd)]);
    return { content: Math.round(window.__contentAt), shell: Math.round(window.__shellAt), res: res.slice(0, 5) };
  });
  console.log(JSON.stringify(r));
  await context.close();
}
await browser.close(); await server.close();
