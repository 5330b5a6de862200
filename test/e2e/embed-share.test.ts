/**
 * The Share / 嵌入 dialog end to end: it describes the current map, copies
 * its snippets, previews embed.html, and a snippet pasted into a plain page
 * on another origin gives a working, event-emitting map.
 */
import { resolve } from 'node:path';
import { rmSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, newPage, screenshotPath, waitForMap } from './browser';
import { HostServer, buildWidget, startDevServer, startWidgetOrigin } from './embed-harness';
import { RECORD_CSP, hostPage } from './embed-pages';

const dir = resolve(`.tmp/embed-share-e2e-${process.pid}`);
let browser: Browser;
let widget: { url: string; close: () => void };
let dev: { url: string; close: () => void };
let host: HostServer;

beforeAll(async () => {
  buildWidget(dir);
  [widget, dev] = await Promise.all([startWidgetOrigin(dir), startDevServer()]);
  host = await new HostServer().start();
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  widget?.close();
  dev?.close();
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function frameReady(frame: Frame): Promise<{ center: number[]; zoom: number; lang: string; visible: string[] }> {
  await frame.waitForFunction(
    () => (window as unknown as { __planMaps(): { controller?: { status: string } }[] }).__planMaps()[0]?.controller?.status === 'ready',
    null,
    { timeout: 180_000, polling: 200 },
  );
  return frame.evaluate(() => {
    type El = { map: { getCenter(): { lng: number; lat: number }; getZoom(): number }; controller: { lang: string; layerSpecs(): { id: string; visible: boolean }[] } };
    const el = (window as unknown as { __planMaps(): El[] }).__planMaps()[0];
    const c = el.map.getCenter();
    return { center: [c.lng, c.lat], zoom: el.map.getZoom(), lang: el.controller.lang, visible: el.controller.layerSpecs().filter((l) => l.visible).map((l) => l.id) };
  });
}

const field = (page: Page, id: string) => page.locator(`plan-share-dialog #${id}`).inputValue();

test('the dialog gives link, iframe and script snippets of the current view; copy works; the preview and a pasted snippet show that view', async () => {
  const { page, log } = await newPage(browser, { width: 1200, height: 1000 });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(dev.url).origin });
  await page.goto(`${dev.url}test/e2e/fixtures/share-dialog.html`);
  await waitForMap(page, 0, 180_000);
  const tourism = await page.evaluate(() => {
    const el = (window as unknown as { __planMaps(): { controller: { layerSpecs(): { id: string; group: string; visible: boolean }[] } }[] }).__planMaps()[0];
    return el.controller.layerSpecs().filter((l) => l.group === 'tourism').map((l) => l.id);
  });

  await page.evaluate((w) => {
    const d = document.querySelector('plan-share-dialog') as HTMLElement & { widgetUrl: string; open: boolean };
    d.widgetUrl = w;
    d.open = true;
  }, `${widget.url}embed/plan-map.js`);
  await page.locator('plan-share-dialog dialog[open]').waitFor();
  expect(await page.locator('plan-share-dialog h2').textContent()).toBe('Share / embed');
  expect(await field(page, 'permalink')).toBe(`${dev.url}test/e2e/fixtures/share-dialog.html`);
  const iframe600 = await field(page, 'iframe');
  expect(iframe600).toContain(`src="${dev.url}embed.html?layers=tourism&amp;center=111.1,33.9&amp;zoom=10&amp;lang=en&amp;controls=zoom,fullscreen,legend"`);
  expect(iframe600).toContain('width="600" height="450"');

  // Size presets and controls change the snippets.
  await page.locator('plan-share-dialog label', { hasText: '800 × 600' }).click();
  await page.locator('plan-share-dialog label', { hasText: 'Layer panel' }).click();
  const script = await field(page, 'script');
  expect(script).toBe(
    `<script type="module" src="${widget.url}embed/plan-map.js"></script>\n` +
      '<plan-map layers="tourism" center="111.1,33.9" zoom="10" lang="en" controls="zoom,fullscreen,layers,legend" style="display:block;width:800px;height:600px"></plan-map>',
  );

  // Copy puts exactly the snippet on the clipboard and says so.
  const copyScript = page.locator('plan-share-dialog button[part="copy"]').nth(2);
  await copyScript.click();
  await expect.poll(() => page.locator('plan-share-dialog [role="status"]').textContent()).toBe('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(script);

  // The live preview is embed.html with the same view.
  const preview = () => page.frames().find((f) => f.url().includes('/embed.html?'));
  await expect.poll(() => !!preview(), { timeout: 30_000 }).toBe(true);
  const p = await frameReady(preview()!);
  expect(p.center[0]).toBeCloseTo(111.1, 4);
  expect(p.zoom).toBeCloseTo(10, 4);
  expect(p.lang).toBe('en');
  expect(p.visible.sort()).toEqual([...tourism].sort());
  await page.waitForTimeout(500);
  await page.screenshot({ path: screenshotPath('embed-share-dialog') });

  // Esc closes the modal dialog and tells the app.
  await page.evaluate(() => {
    const w = window as unknown as { __closed: number };
    w.__closed = 0;
    document.addEventListener('plan-share-close', () => w.__closed++);
  });
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __closed: number }).__closed)).toBe(1);
  expect(await page.locator('plan-share-dialog').getAttribute('open')).toBeNull();
  expect(log.errors).toEqual([]);
  await page.context().close();

  // Done when: the script snippet pasted into a plain page on another origin gives a working, event-emitting map.
  const pasted = await newPage(browser, { width: 1000, height: 700 });
  await pasted.page.addInitScript(RECORD_CSP);
  await pasted.page.addInitScript(() => {
    const w = window as unknown as { __events: string[] };
    w.__events = [];
    for (const t of ['plan-ready', 'plan-view-change']) document.addEventListener(t, () => w.__events.push(t));
  });
  await pasted.page.goto(host.page('/pasted.html', hostPage([], `<h1>My article</h1>\n${script}`)));
  await waitForMap(pasted.page, 0, 180_000);
  const box = await pasted.page.locator('plan-map').boundingBox();
  expect(box).toMatchObject({ width: 800, height: 600 });
  const r = await frameReady(pasted.page.mainFrame());
  expect(r.center[0]).toBeCloseTo(111.1, 4);
  expect(r.zoom).toBeCloseTo(10, 4);
  expect(r.visible.sort()).toEqual([...tourism].sort());
  expect(await pasted.page.evaluate(() => (window as unknown as { __events: string[] }).__events)).toContain('plan-ready');
  await pasted.page.screenshot({ path: screenshotPath('embed-share-pasted') });
  expect(pasted.log.errors).toEqual([]);
  await pasted.page.context().close();
}, 400_000);
