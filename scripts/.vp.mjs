import { chromium } from 'playwright-core';
const [url, out, w, h, scheme] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme: scheme || 'light' });
await page.goto(url); await page.waitForSelector('main h1'); await page.waitForTimeout(400);
await page.screenshot({ path: out });
await browser.close();
