// The three browser engines of the cross-engine smoke suite, each driven
// through its own WebDriver server: Chromium (chromedriver), Firefox ESR
// (geckodriver) and WebKitGTK's MiniBrowser (WebKitWebDriver, on a private
// Xvfb display because MiniBrowser has no headless mode). All come from
// Debian packages except geckodriver (crates.io); scripts/setup.sh installs
// them. We start each driver ourselves on a free port and connect Selenium to
// it, so Selenium Manager (which would try to download drivers and send usage
// statistics) is never consulted.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

process.env.SE_OFFLINE = 'true';
process.env.SE_AVOID_STATS = 'true';
const { Builder } = await import('selenium-webdriver');

const WIDTH = 1280;
const HEIGHT = 900;

/** The first of `candidates` that is an executable file, or the first one. */
function pick(...candidates) {
  const found = candidates.filter(Boolean).find((file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  return found || candidates.filter(Boolean)[0];
}

/** WebKitGTK's MiniBrowser, under the multiarch library directory. */
function miniBrowser() {
  for (const dir of fs.readdirSync('/usr/lib')) {
    const file = path.join('/usr/lib', dir, 'webkit2gtk-4.1/MiniBrowser');
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

/** `command -v name`, or undefined. */
function which(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic', `--window-size=${WIDTH},${HEIGHT}`];

// Firefox prefs that keep it from calling home (there is no network here but
// the registries, and tests must not wait on timeouts).
const FIREFOX_PREFS = {
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
};

/**
 * How to start each engine: its driver command, its capabilities and the
 * environment of the driver (which the browser inherits). Each takes the
 * session's download directory: Chromium and Firefox take it as a
 * preference; WebKitWebDriver has no such capability, but MiniBrowser saves
 * to the XDG download directory, which we point there through a private
 * XDG_CONFIG_HOME.
 */
export const ENGINES = {
  chromium: {
    label: 'Chromium',
    driver: () => pick(process.env.CHROMEDRIVER, '/usr/bin/chromedriver'),
    args: (port) => [`--port=${port}`],
    capabilities: (downloads) => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: pick(process.env.CHROMIUM, '/usr/bin/chromium'),
        args: CHROMIUM_FLAGS,
        prefs: { 'download.default_directory': downloads, 'download.prompt_for_download': false },
      },
    }),
  },
  firefox: {
    label: 'Firefox',
    driver: () => pick(process.env.GECKODRIVER, which('geckodriver'), path.join(os.homedir(), '.cargo/bin/geckodriver')),
    args: (port) => ['--host', '127.0.0.1', '--port', String(port)],
    capabilities: (downloads) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: pick(process.env.FIREFOX, '/usr/bin/firefox-esr'),
        args: ['-headless', `-width=${WIDTH}`, `-height=${HEIGHT}`],
        prefs: {
          ...FIREFOX_PREFS,
          'browser.download.dir': downloads,
          'browser.download.folderList': 2,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
        },
      },
    }),
  },
  webkit: {
    label: 'WebKit',
    driver: () => pick(process.env.WEBKITWEBDRIVER, '/usr/bin/WebKitWebDriver'),
    args: (port) => [`--port=${port}`],
    display: true,
    env: (downloads, scratch) => {
      const config = path.join(scratch, 'config');
      fs.mkdirSync(config);
      fs.writeFileSync(path.join(config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
      return { XDG_CONFIG_HOME: config };
    },
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: pick(process.env.MINIBROWSER, miniBrowser()),
        args: ['--automation'],
      },
    }),
  },
};

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts a private X server; resolves to { display, stop }. */
async function startXvfb() {
  const xvfb = pick(process.env.XVFB, '/usr/bin/Xvfb');
  // -displayfd: Xvfb picks a free display number and writes it to fd 3.
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', `${WIDTH}x${HEIGHT + 200}x24`, '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start within 10 s: ${stderr}`)), 10000);
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) { clearTimeout(timer); resolve(`:${out.trim()}`); }
    });
    child.on('error', (e) => { clearTimeout(timer); reject(new Error(`cannot start ${xvfb}: ${e.message}`)); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`Xvfb exited with ${code}: ${stderr}`)); });
  });
  return { display, stop: () => stopProcess(child) };
}

function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.kill('SIGTERM');
  });
}

/** Waits until the driver answers /status with ready: true. */
async function waitForDriver(url, child, log) {
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the driver exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/status`);
      const body = await response.json();
      if (body.value?.ready !== false) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the driver did not answer within 20 s:\n${log()}`);
}

/**
 * Starts the driver of `name` and opens a session. Resolves to
 * { driver, engine, downloads, stop }: `downloads` is the session's empty
 * download directory; `stop` ends the session and every process it started
 * and removes its files.
 */
export async function startEngine(name) {
  const engine = ENGINES[name];
  if (!engine) throw new Error(`unknown engine ${name}; known: ${Object.keys(ENGINES).join(', ')}`);
  const binary = engine.driver();
  if (!binary || !fs.existsSync(binary)) {
    throw new Error(`${engine.label}: no WebDriver server found (${binary || 'none'}); run scripts/setup.sh`);
  }
  const cleanups = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  };
  try {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `cross-${name}-`));
    cleanups.push(async () => fs.rmSync(scratch, { recursive: true, force: true }));
    const downloads = path.join(scratch, 'downloads');
    fs.mkdirSync(downloads);
    const env = { ...process.env, ...engine.env?.(downloads, scratch) };
    if (engine.display) {
      const xvfb = await startXvfb();
      cleanups.push(xvfb.stop);
      env.DISPLAY = xvfb.display;
    }
    const port = await freePort();
    const child = spawn(binary, engine.args(port), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    cleanups.push(() => stopProcess(child));
    let output = '';
    const keep = (d) => { output = (output + d).slice(-4000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const url = `http://127.0.0.1:${port}`;
    await waitForDriver(url, child, () => output);
    const driver = await new Builder()
      .disableEnvironmentOverrides()
      .usingServer(url)
      .withCapabilities(engine.capabilities(downloads))
      .build();
    cleanups.push(() => driver.quit());
    await driver.manage().setTimeouts({ implicit: 0, pageLoad: 30000, script: 15000 });
    await driver.manage().window().setRect({ width: WIDTH, height: HEIGHT }).catch(() => {});
    return { driver, engine, downloads, stop, driverLog: () => output };
  } catch (error) {
    await stop();
    throw error;
  }
}
