// A static server for the release build (dist/) on 127.0.0.1 for the
// cross-engine smoke suite. It mirrors tests/e2e/harness.mjs's server and adds
// one thing: every index.html it serves gets a same-origin
// <script src="__test-capture.js"> as the first element of <head>, which
// records console errors, uncaught errors and unhandled rejections in
// window.__problems (capture.js). The page's Content-Security-Policy allows
// same-origin scripts, so the app runs exactly as shipped otherwise. It also
// serves probe.js, a page script that makes the three kinds of problem, so a
// test can prove that the recorder works in each engine.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { TYPES } from '../e2e/harness.mjs';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const ROOT = path.resolve(HERE, '../..');
export const DIST = process.env.DIST_DIR || path.join(ROOT, 'dist');
const CAPTURE_PATH = '__test-capture.js';
/** Test scripts served next to the app: the recorder and the probe for it. */
const TEST_SCRIPTS = {
  [`/${CAPTURE_PATH}`]: fs.readFileSync(path.join(HERE, 'capture.js')),
  '/__test-probe.js': fs.readFileSync(path.join(HERE, 'probe.js')),
};


/**
 * Inserts the capture script first in the head: after `<head>` where the page
 * has the tag, else after its `<meta charset>` (the minified release page
 * leaves out the optional `<head>` tag).
 */
export function injectCapture(html) {
  const head = html.match(/<head[^>]*>/i) || html.match(/<meta charset=[^>]*>/i);
  if (!head) throw new Error('index.html has neither <head> nor <meta charset>');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}<script src="${CAPTURE_PATH}"></script>${html.slice(at)}`;
}

/** Serves dist/ at the root of 127.0.0.1 on a free port. Resolves to { base, close }. */
export async function startServer() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`no release build in ${DIST}: run \`trunk build --release\` first`);
  }
  const server = http.createServer((req, res) => {
    let url;
    try {
      url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (Object.hasOwn(TEST_SCRIPTS, url)) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      res.end(TEST_SCRIPTS[url]);
      return;
    }
    if (url.endsWith('/')) url += 'index.html';
    const file = path.join(DIST, path.normalize(url));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    if (path.basename(file) === 'index.html') {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(injectCapture(fs.readFileSync(file, 'utf8')));
      return;
    }
    res.writeHead(200, { 'content-type': type });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const close = () => new Promise((resolve) => {
    server.close(resolve);
    // Browsers keep connections alive; do not wait for them to time out.
    server.closeAllConnections();
  });
  return { base: `http://127.0.0.1:${port}/`, close };
}
