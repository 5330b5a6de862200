/**
 * The iframe embed (`embed.html?…`) on a host page of another origin: it
 * shows the view, layers and language its URL names, and a hostile URL
 * cannot point it at someone else's data.
 */
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, newPage, screenshotPath } from './browser';
import { HostServer } from './embed-harness';
import { RECORD_CSP, hostPage } from './embed-pages';

const baseUrl = inject('baseUrl');
let browser: Browser;
let host: HostServer;

beforeAll(async () => {
  host = await new HostServer().start();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** Waits until the frame's map is ready (or failed) and idle. */
async function waitForFrameMap(frame: Frame): Promise<void> {
  await frame.waitForFunction(
    () => {
      const el = (window as unknown as { __planMaps(): { controller?: { status: string } }[] }).__planMaps()[0];
      return el?.controller?.status === 'ready' || el?.controller?.status === 'error';
    },
    null,
    { timeout: 180_000, polling: 200 },
  );
  await frame.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __planMaps(): { map: { loaded(): boolean; once(e: string, f: () => void): void } }[] }).__planMaps()[0].map;
        if (map.loaded()) resolve();
        else map.once('idle', () => resolve());
      }),
  );
}

function frameReport(frame: Frame) {
  return frame.evaluate(() => {
    type El = HTMLElement & {
      map: { getCenter(): { lng: number; lat: number }; getZoom(): number };
      controller: { status: string; lang: string; data?: { baseUrl: string }; layerSpecs(): { id: string; group: string; visible: boolean }[] };
    };
    const el = (window as unknown as { __planMaps(): El[] }).__planMaps()[0];
    const c = el.map.getCenter();
    const specs = el.controller.layerSpecs();
    return {
      status: el.controller.status,
      center: [c.lng, c.lat],
      zoom: el.map.getZoom(),
      lang: el.controller.lang,
      visible: specs.filter((l) => l.visible).map((l) => l.id),
      tourism: specs.filter((l) => l.group === 'tourism').map((l) => l.id),
      dataUrl: el.controller.data?.baseUrl,
      link: (el.querySelector('a.full-map') as HTMLAnchorElement | null)?.href,
      linkText: el.querySelector('a.full-map')?.textContent,
    };
  });
}

test('embed.html in an iframe on another origin shows the view, layers and language its URL names', async () => {
  const appOrigin = new URL(baseUrl).origin;
  const good = `${baseUrl}embed.html?layers=tourism&center=111.1,33.95&zoom=10&lang=en&controls=zoom,legend`;
  const hostile = `${baseUrl}embed.html?src=http://evil.invalid/data/&tiles=//evil.invalid/t.json&zoom=abc&center=1,2,3`;
  const { page, log } = await newPage(browser, { width: 1300, height: 700 });
  await page.addInitScript(RECORD_CSP);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(
    host.page(
      '/article.html',
      hostPage([], `<iframe src="${good}" width="800" height="600" title="map"></iframe><iframe src="${hostile}" width="400" height="300" title="map 2"></iframe>`),
      `default-src 'none'; frame-src ${appOrigin}; img-src data:`,
    ),
  );
  const frames = () => page.frames().filter((f) => f.url().includes('/embed.html'));
  await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
  await expect.poll(() => frames().length, { timeout: 30_000 }).toBe(2);
  const [f1, f2] = [frames().find((f) => f.url() === good)!, frames().find((f) => f.url() === hostile)!];
  await waitForFrameMap(f1);
  await waitForFrameMap(f2);
  await page.screenshot({ path: screenshotPath('embed-iframe') });

  const r1 = await frameReport(f1);
  expect(r1.status).toBe('ready');
  expect(r1.center[0]).toBeCloseTo(111.1, 4);
  expect(r1.center[1]).toBeCloseTo(33.95, 4);
  expect(r1.zoom).toBeCloseTo(10, 5);
  expect(r1.lang).toBe('en');
  expect(r1.visible.sort()).toEqual(r1.tourism.sort());
  expect(r1.linkText).toMatch(/full map/);
  expect(new URL(r1.link!).search).toBe(new URL(good).search);

  // The hostile URL: foreign data and tiles refused, bad view values ignored; the map still shows the plan.
  const r2 = await frameReport(f2);
  expect(r2.status).toBe('ready');
  expect(r2.dataUrl).toBe(`${baseUrl}data/`);
  expect(log.requests.filter((u) => new URL(u).hostname === 'evil.invalid')).toEqual([]);
  for (const bad of ['src="http://evil.invalid/data/"', 'tiles="//evil.invalid/t.json"', 'zoom="abc"', 'center="1,2,3"']) {
    expect(warnings.some((w) => w.includes(bad)), `a warning names ${bad}`).toBe(true);
  }
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(log.errors).toEqual([]);
  await page.context().close();
}, 300_000);
