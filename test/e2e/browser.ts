/**
 * The one place that knows how to start headless Chromium for our browser
 * tests: Debian's /usr/bin/chromium, software WebGL 2 through SwiftShader,
 * and no background network (this machine's network is closed).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const LAUNCH_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true });
}

export const SCREENSHOT_DIR = resolve('test-results/screenshots');
mkdirSync(SCREENSHOT_DIR, { recursive: true });

export function screenshotPath(name: string): string {
  return resolve(SCREENSHOT_DIR, `${name}.png`);
}

/** What a page did: console errors, uncaught exceptions, and every URL it requested. */
export interface PageLog {
  errors: string[];
  requests: string[];
}

export async function newPage(
  browser: Browser,
  opts: { width?: number; height?: number; context?: BrowserContext } = {},
): Promise<{ page: Page; log: PageLog }> {
  const context =
    opts.context ?? (await browser.newContext({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 }, deviceScaleFactor: 1 }));
  const page = await context.newPage();
  // Generous: the CI machine has 2 cores and renders WebGL in software.
  page.setDefaultTimeout(120_000);
  page.setDefaultNavigationTimeout(120_000);
  await page.addInitScript(FIND_MAPS);
  const log: PageLog = { errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => log.requests.push(r.url()));
  return { page, log };
}

/**
 * Test-only helper installed in every page: finds `<plan-map>` elements
 * through shadow roots, so tests can reach the MapLibre map of the app.
 */
const FIND_MAPS = `
  window.__planMaps = () => {
    const out = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === 'plan-map') out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out;
  };
`;

export interface PlanMapHandle {
  controller?: { status: string };
  map?: unknown;
}

/** Waits until the `index`-th `<plan-map>` on the page has drawn its data and MapLibre is idle. */
export async function waitForMap(page: Page, index = 0, timeout = 150_000): Promise<void> {
  await page.waitForFunction(
    (i) => {
      const el = (window as unknown as { __planMaps: () => PlanMapHandle[] }).__planMaps()[i];
      const status = el?.controller?.status;
      return status === 'ready' || status === 'error';
    },
    index,
    { timeout, polling: 100 },
  );
  await idle(page, index);
}

/** Resolves when the map has no pending tiles or transitions. */
export async function idle(page: Page, index = 0): Promise<void> {
  await page.evaluate(
    (i) =>
      new Promise<void>((resolve) => {
        type M = { loaded(): boolean; once(e: string, f: () => void): void; triggerRepaint(): void };
        const map = (window as unknown as { __planMaps: () => { map?: M }[] }).__planMaps()[i]?.map;
        if (!map || map.loaded()) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
    index,
  );
}
