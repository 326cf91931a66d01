// The size budget: the gzip transfer of the app (HTML, start-up script, JS
// glue, wasm, CSS) must stay within 343 KB (250 KB until the second language,
// the page structure of issue 17, the checks page and readable Kunming model
// of issue 14, Copy table and the embed protocol and builder came in; 305 KB
// until Learn, issue 13, came in; 340 KB until the facet toggle's rows
// became components, issue 16; docs/performance.md says what
// each cost and why; issue 16 is to bring it to 200 KB). The Chinese
// bundle, the glossary and the checks under i18n/ are not part of an English
// first visit, nor is embed.js (a course page's script). A first visit to a
// view with a static first paint also fetches that view's shell (shell/):
// each stays within 24 KB, and docs/performance.md reports the sum.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST } from './harness.mjs';

const BUDGET = 343 * 1024;

test('the gzip transfer of the app stays within 343 KB', () => {
  const files = fs.readdirSync(DIST).filter((f) => /\.(wasm|js|css|html)$/.test(f) && !['standalone.html', 'sw.js', 'embed.js'].includes(f));
  assert.ok(files.some((f) => f.endsWith('.wasm')) && files.includes('index.html'), 'a built site');
  const sizes = files.map((f) => [f, zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length]);
  const total = sizes.reduce((sum, [, n]) => sum + n, 0);
  assert.ok(total <= BUDGET, `gzip total ${total} B exceeds ${BUDGET} B: ${sizes.map(([f, n]) => `${f} ${n}`).join(', ')}`);
});

test('each static first paint (shell/*.html) stays within 24 KB gzip', () => {
  const dir = path.join(DIST, 'shell');
  const shells = fs.readdirSync(dir).filter((f) => f.endsWith('.html'));
  assert.ok(shells.length > 0, 'shells were built');
  const sizes = shells.map((f) => [f, zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length]);
  const [largest, bytes] = sizes.reduce((a, b) => (b[1] > a[1] ? b : a));
  assert.ok(bytes <= 24 * 1024, `the largest shell, ${largest}, is ${bytes} B gzip`);
});
