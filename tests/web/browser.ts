import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/**
 * The web tests' browser: Chromium from the OS packages (`apt-get install -y chromium`; .ci/run installs it),
 * driven by playwright-core, which downloads no browser. Missing Chromium FAILS the suite with the install
 * command: a browser test is never skipped silently.
 */
export const root = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.VNSE_CHROMIUM ?? '/usr/bin/chromium';
export const pageUrl = pathToFileURL(join(root, 'dist/web/index.html')).href;
export const artifacts = join(root, 'test-artifacts/web');

export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The web tests need it: install it with \`apt-get install -y chromium\` ` +
        '(Debian/Ubuntu, as root; .ci/run does this), or point VNSE_CHROMIUM at a Chromium binary.',
    );
  }
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * `npm run build:web` (about 2 s) when dist/web is missing or older than its sources; under `npm test` the
 * build has just made it, so the page is not rewritten while other suites read dist/.
 */
export function buildWeb(): void {
  const app = join(root, 'dist/web/app.js');
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'docs/rule-book')), statSync(join(root, 'scripts/build-web.mjs')).mtimeMs);
  if (existsSync(join(root, 'dist/web/index.html')) && existsSync(app) && statSync(app).mtimeMs >= sources) return;
  const r = spawnSync('npm', ['run', 'build:web', '--silent'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build:web failed:\n${r.stdout}\n${r.stderr}`);
}

export interface Browser {
  readonly context: BrowserContext;
  /** Every request the page made to anything but a file:// address (must stay empty: the page is offline). */
  readonly network: string[];
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile; any request that is not file:// is recorded and aborted. */
export async function launch(): Promise<Browser> {
  requireChromium();
  mkdirSync(artifacts, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'vnse-web-'));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...(isRoot ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
    viewport: { width: 1200, height: 900 },
    acceptDownloads: true,
  });
  const network: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    network.push(url);
    return route.abort();
  });
  return {
    context,
    network,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A test file's browser and page; `page` and `browser` are set once the file's first hook has run. */
export interface PageSession {
  browser: Browser;
  page: Page;
  /** What the page logged as an error or threw (must stay empty). */
  readonly consoleErrors: string[];
  /** Opens the page (or `url`) and waits until its script has started. */
  open(url?: string): Promise<void>;
}

/**
 * Registers, for the calling test file, a build of the page (when stale), a Chromium launched before its tests
 * and closed after them, and one page whose console errors are collected.
 */
export function pageSession(): PageSession {
  const session: PageSession = {
    browser: undefined as unknown as Browser,
    page: undefined as unknown as Page,
    consoleErrors: [],
    async open(url = pageUrl) {
      await session.page.goto(url);
      await session.page.waitForSelector('body[data-ready="true"]');
    },
  };
  beforeAll(async () => {
    buildWeb();
    session.browser = await launch();
    session.page = await session.browser.context.newPage();
    session.page.on('console', (m) => {
      if (m.type() === 'error') session.consoleErrors.push(m.text());
    });
    session.page.on('pageerror', (e) => session.consoleErrors.push(String(e)));
  }, 60_000);
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}
