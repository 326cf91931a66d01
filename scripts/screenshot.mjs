// Takes screenshots of views in headless Chromium, for looking at the app as a
// person would: node scripts/screenshot.mjs BASE_URL OUT_DIR [width] [hash...]
import { chromium } from 'playwright-core';

const [base, outDir, widthArg, ...hashes] = process.argv.slice(2);
const width = Number(widthArg || 1280);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width, height: 900 } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
page.on('pageerror', (e) => console.log('page error:', e.message));
for (const hash of (hashes.length ? hashes : ['#/'])) {
  await page.goto(`${base}${hash}`);
  await page.waitForSelector('main', { timeout: 10000 });
  await page.waitForTimeout(300);
  const name = hash.replace(/[^a-zA-Z0-9]+/g, '_') || 'home';
  await page.screenshot({ path: `${outDir}/${width}${name}.png`, fullPage: true });
  console.log('shot', hash);
}
await browser.close();
