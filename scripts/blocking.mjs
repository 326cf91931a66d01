// The main thread's blocking time on a first visit, builds side by side: a
// steadier measure than Lighthouse's for comparing two builds on a busy
// 2-core machine (docs/performance.md). Each build's dist directory is served
// on its own port; each route is loaded in turn from each build, in a phone's
// window (412 × 823) with the CPU slowed 4× as Lighthouse's mobile profile
// does, until the app runs and 1.5 s more. The blocking time is the sum over
// the long tasks the browser reports of their time past 50 ms.
//
//   node scripts/blocking.mjs OLD_DIST NEW_DIST [...]   (default: dist)
//   ROUTES='#/firms,#/trace/a13' RUNS=9 node scripts/blocking.mjs ...
import path from 'node:path';
import { startServer, launch, ready } from '../tests/e2e/harness.mjs';

const dirs = (process.argv.slice(2).length ? process.argv.slice(2) : ['dist']).map((d) => path.resolve(d));
const routes = (process.env.ROUTES || '#/firms,#/study/kunming-sem,#/trace/a13,#/').split(',');
const runs = Number(process.env.RUNS || 9);

const browser = await launch();
const servers = [];
for (const dir of dirs) servers.push(await startServer(() => dir));

async function blocking(url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'commit' });
  await ready(page);
  await page.waitForTimeout(1500);
  const tasks = await page.evaluate(() => window.__longTasks);
  await context.close();
  return tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
for (const route of routes) {
  const times = dirs.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [j, server] of servers.entries()) times[j].push(await blocking(server.base + route));
  }
  const cells = dirs.map((dir, j) => `${dir}: ${Math.round(median(times[j]))} ms (${times[j].map(Math.round).join(', ')})`);
  console.log(`${route}  ${cells.join('  |  ')}`);
}
await browser.close();
for (const server of servers) await server.close();
