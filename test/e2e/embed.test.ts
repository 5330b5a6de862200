/**
 * The embeddable widget as a web author uses it: `dist/embed/plan-map.js`
 * loaded by a page on another origin (or the same origin, under a sub-path)
 * under the Content-Security-Policy README.md documents.
 */
import { resolve } from 'node:path';
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { idle, launch, newPage, screenshotPath, waitForMap, type PageLog } from './browser';
import { HostServer, buildWidget, startWidgetOrigin } from './embed-harness';
import { RECORD_CSP, crossOriginCsp, hostPage, sameOriginCsp } from './embed-pages';

const dir = resolve(`.tmp/embed-e2e-${process.pid}`);
let browser: Browser;
let widget: { url: string; close: () => void };
let host: HostServer;
let widgetJs: string;
let widgetOrigin: string;

beforeAll(async () => {
  buildWidget(dir);
  widget = await startWidgetOrigin(dir);
  widgetJs = `${widget.url}embed/plan-map.js`;
  widgetOrigin = new URL(widget.url).origin;
  host = await new HostServer({ '/site/': dir }).start();
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  widget?.close();
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface MapReport {
  status: string;
  center: [number, number];
  zoom: number;
  lang: string;
  visible: string[];
  rendered: number;
  labels: string[];
}

/** What the `i`-th widget on the page shows. */
function report(page: Page, i: number): Promise<MapReport> {
  return page.evaluate((i) => {
    type M = {
      getCenter(): { lng: number; lat: number };
      getZoom(): number;
      getLayersOrder(): string[];
      queryRenderedFeatures(o?: { layers: string[] }): { properties: Record<string, unknown>; layer: { id: string } }[];
    };
    type C = { status: string; lang: string; layerSpecs(): { id: string; visible: boolean }[] };
    const el = (window as unknown as { __planMaps(): { map: M; controller: C }[] }).__planMaps()[i];
    const visible = el.controller.layerSpecs().filter((l) => l.visible).map((l) => l.id);
    const ids = el.map.getLayersOrder().filter((id) => visible.some((v) => id.startsWith(`plan/${v}/`)));
    const features = el.map.queryRenderedFeatures({ layers: ids });
    const c = el.map.getCenter();
    return {
      status: el.controller.status,
      center: [c.lng, c.lat] as [number, number],
      zoom: el.map.getZoom(),
      lang: el.controller.lang,
      visible,
      rendered: features.length,
      labels: features.filter((f) => f.layer.id.endsWith('/label')).map((f) => String(f.properties.name)),
    };
  }, i);
}

async function open(path: string, html: string, csp?: string): Promise<{ page: Page; log: PageLog; warnings: string[] }> {
  const { page, log } = await newPage(browser, { width: 1100, height: 900 });
  await page.addInitScript(RECORD_CSP);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(host.page(path, html, csp));
  return { page, log, warnings };
}

/** Layer ids of the given groups in the built manifest. */
async function groupLayers(groups: string[]): Promise<string[]> {
  const manifest = (await (await fetch(`${widget.url}data/manifest.json`)).json()) as { layers: { id: string; group: string }[] };
  return manifest.layers.filter((l) => groups.includes(l.group)).map((l) => l.id);
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test('two widgets from another origin, under the strict cross-origin CSP, render independently as their attributes say', async () => {
  const { page, log } = await open(
    '/two.html',
    hostPage(
      [widgetJs],
      `<plan-map id="a" layers="structure,zones" center="111.05,34.05" zoom="11" lang="zh" basemap="offline" controls="zoom,layers,legend,fullscreen" interactive></plan-map>
       <plan-map id="b" layers="transport-roads" lang="en" zoom="9" controls="zoom,scale"></plan-map>`,
    ),
    crossOriginCsp(widgetOrigin),
  );
  await waitForMap(page, 0, 180_000);
  await waitForMap(page, 1, 180_000);
  await page.screenshot({ path: screenshotPath('embed-two-widgets') });

  const a = await report(page, 0);
  const b = await report(page, 1);
  expect(a.status).toBe('ready');
  expect(b.status).toBe('ready');
  expect(a.center[0]).toBeCloseTo(111.05, 4);
  expect(a.center[1]).toBeCloseTo(34.05, 4);
  expect(a.zoom).toBeCloseTo(11, 5);
  expect(a.lang).toBe('zh');
  expect(a.visible.sort()).toEqual((await groupLayers(['structure', 'zones'])).sort());
  expect(a.rendered).toBeGreaterThan(0);
  expect(a.labels).toContain('县城（主中心）');
  expect(b.zoom).toBeCloseTo(9, 5);
  expect(b.lang).toBe('en');
  expect(b.visible).toEqual(['transport-roads']);
  expect(b.rendered).toBeGreaterThan(0);

  // Own state: hiding a layer or moving one map leaves the other alone.
  await page.evaluate(() => {
    const [a] = (window as unknown as { __planMaps(): { hideLayers(ids: string[]): void; map: { jumpTo(o: object): void } }[] }).__planMaps();
    a.hideLayers(['structure-main']);
    a.map.jumpTo({ zoom: 12 });
  });
  const a2 = await report(page, 0);
  const b2 = await report(page, 1);
  expect(a2.visible).not.toContain('structure-main');
  expect(a2.zoom).toBeCloseTo(12, 5);
  expect(b2.visible).toEqual(['transport-roads']);
  expect(b2.zoom).toBeCloseTo(9, 5);
  expect(await page.evaluate(() => {
    const [a, b] = (window as unknown as { __planMaps(): { controller: unknown; map: unknown }[] }).__planMaps();
    return a.controller !== b.controller && a.map !== b.map;
  })).toBe(true);

  // Fullscreen works from inside the shadow root: the whole widget goes fullscreen.
  await page.locator('#a .maplibregl-ctrl-fullscreen').click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe('a');
  await page.evaluate(() => document.exitFullscreen());
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

  // Every asset came from the widget's origin; no CSP violation, no error.
  expect(log.requests.filter((u) => !u.startsWith(widgetOrigin) && !u.startsWith(host.url.slice(0, -1)) && !/^(data|blob):/.test(u))).toEqual([]);
  expect(log.requests.some((u) => u.startsWith('blob:')), 'the worker starts from a same-origin blob: bootstrap').toBe(true);
  expect(await cspViolations(page)).toEqual([]);
  expect(log.errors).toEqual([]);
  await page.context().close();
}, 300_000);

test('a feature click fires plan-feature-click with the id and citation; attribute changes update the map; invalid values are ignored', async () => {
  const { page, log, warnings } = await open(
    '/click.html',
    hostPage(
      [widgetJs],
      `<plan-map id="c" layers="structure-main" center="111.047,34.055" zoom="11" controls="zoom"></plan-map>
       <plan-map id="d" center="north" zoom="huge" lang="fr" layers="zones,teleport" controls="zoom,warp" basemap="moon"></plan-map>`,
    ),
    crossOriginCsp(widgetOrigin),
  );
  await waitForMap(page, 0, 180_000);
  await waitForMap(page, 1, 180_000);

  // The invalid widget still works, on the manifest's view, with a warning for each bad value.
  const d = await report(page, 1);
  expect(d.status).toBe('ready');
  expect(d.lang).toBe('zh');
  expect(d.visible.sort()).toEqual((await groupLayers(['zones'])).sort());
  expect(d.rendered).toBeGreaterThan(0);
  for (const bad of ['center="north"', 'zoom="huge"', 'lang="fr"', 'teleport', 'warp', 'basemap="moon"']) {
    expect(warnings.some((w) => w.includes(bad)), `a warning names ${bad}`).toBe(true);
  }

  // Click the county seat: the event crosses the shadow root with id, name, layer and citation.
  await page.evaluate(() => {
    const w = window as unknown as { __clicks: unknown[] };
    w.__clicks = [];
    document.addEventListener('plan-feature-click', (e) => w.__clicks.push((e as CustomEvent).detail));
  });
  const point = await page.evaluate(() => {
    type M = { project(c: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement };
    const el = (window as unknown as { __planMaps(): { map: M }[] }).__planMaps()[0];
    const p = el.map.project([111.047, 34.055]);
    const r = el.map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  });
  await page.mouse.click(point.x, point.y);
  await page.waitForFunction(() => (window as unknown as { __clicks: unknown[] }).__clicks.length > 0, null, { timeout: 30_000 });
  const clicks = await page.evaluate(() => (window as unknown as { __clicks: { id: string; name: string; layer: string; citation: { plan_ref: string; quote: string } }[] }).__clicks);
  expect(clicks).toHaveLength(1);
  expect(clicks[0]).toMatchObject({ id: 'ucs_main', name: '县城（主中心）', layer: 'structure-main', citation: { plan_ref: 'L179' } });
  const plan = await (await fetch(`${widget.url}data/plan.txt`)).text();
  const line = plan.split('\n').find((l) => l.startsWith('L179:'));
  expect(clicks[0].citation.quote.length).toBeGreaterThan(5);
  expect(line).toContain(clicks[0].citation.quote);

  // Popups and markers a host adds (with the widget's own MapLibre) live in the shadow root, styled by MapLibre's CSS there.
  // (A string, so the test runner does not rewrite the page's import().)
  await page.evaluate(`import(${JSON.stringify(widgetJs)}).then((m) => { window.__maplibregl = m.maplibregl; })`);
  const overlays = await page.evaluate(() => {
    type Chain = { setLngLat(c: [number, number]): Chain; setText(t: string): Chain; addTo(map: unknown): Chain };
    type Ml = { Popup: new (o: object) => Chain; Marker: new () => Chain };
    const maplibregl = (window as unknown as { __maplibregl: Ml }).__maplibregl;
    const el = document.getElementById('c') as HTMLElement & { map: unknown };
    new maplibregl.Popup({ closeOnClick: false }).setLngLat([111.06, 34.06]).setText('Host popup').addTo(el.map);
    new maplibregl.Marker().setLngLat([111.03, 34.05]).addTo(el.map);
    const root = el.shadowRoot!;
    const content = root.querySelector('.maplibregl-popup-content');
    const marker = root.querySelector('.maplibregl-marker');
    return {
      text: content?.textContent, // the text and the close button
      popupBackground: content && getComputedStyle(content).backgroundColor,
      popupPosition: getComputedStyle(root.querySelector('.maplibregl-popup')!).position,
      markerPosition: marker && getComputedStyle(marker).position,
    };
  });
  expect(overlays).toEqual({ text: 'Host popup×', popupBackground: 'rgb(255, 255, 255)', popupPosition: 'absolute', markerPosition: 'absolute' });
  await page.screenshot({ path: screenshotPath('embed-click') });

  // Attributes drive the map, and properties mirror attributes.
  const changed = await page.evaluate(async () => {
    type El = HTMLElement & { updateComplete: Promise<boolean>; zoom?: number; layers?: string; lang: string; layerStyles?: object };
    const el = document.getElementById('c') as El;
    el.setAttribute('zoom', '12.5');
    el.setAttribute('center', '111.1,34.1');
    el.setAttribute('layers', 'transport');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    const zoomProp = el.zoom;
    el.layers = 'structure-main,structure-towns';
    await el.updateComplete;
    return { zoomProp, layersAttr: el.getAttribute('layers') };
  });
  expect(changed).toEqual({ zoomProp: 12.5, layersAttr: 'structure-main,structure-towns' });
  const c = await report(page, 0);
  expect(c.zoom).toBeCloseTo(12.5, 5);
  expect(c.center[0]).toBeCloseTo(111.1, 4);
  expect(c.center[1]).toBeCloseTo(34.1, 4);
  expect(c.lang).toBe('en');
  expect(c.visible.sort()).toEqual(['structure-main', 'structure-towns']);

  // An invalid value set later is ignored too: the view stays, the map keeps working.
  const before = log.errors.length;
  await page.evaluate(async () => {
    const el = document.getElementById('c') as HTMLElement & { updateComplete: Promise<boolean> };
    el.setAttribute('center', '500,500');
    el.setAttribute('zoom', 'NaN');
    el.setAttribute('layers', 'nope');
    await el.updateComplete;
  });
  const c2 = await report(page, 0);
  expect(c2.center[0]).toBeCloseTo(111.1, 4);
  expect(c2.zoom).toBeCloseTo(12.5, 5);
  expect(c2.status).toBe('ready');
  expect(warnings.some((w) => w.includes('center="500,500"'))).toBe(true);
  expect(warnings.some((w) => w.includes('nope'))).toBe(true);

  // Complex values are properties: a style override and a host GeoJSON layer.
  const styled = await page.evaluate(async () => {
    type El = HTMLElement & {
      updateComplete: Promise<boolean>;
      layerStyles?: object;
      addGeoJsonLayer(id: string, fc: object): Promise<void>;
      map: { getPaintProperty(id: string, p: string): unknown; getLayersOrder(): string[]; getLayer(id: string): { type: string } };
    };
    const el = document.getElementById('c') as El;
    el.setAttribute('layers', 'structure-main');
    el.layerStyles = { 'structure-main': { color: '#00aa77' } };
    await el.updateComplete;
    await el.addGeoJsonLayer('host-points', {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'h1', name: 'Host point' }, geometry: { type: 'Point', coordinates: [111.1, 34.1] } }],
    });
    const order = el.map.getLayersOrder();
    const main = order.filter((id) => id.startsWith('plan/structure-main/') && el.map.getLayer(id).type === 'circle');
    const paints = main.map((id) => JSON.stringify(el.map.getPaintProperty(id, 'circle-color') ?? ''));
    return { hasGreen: paints.some((p) => p.includes('#00aa77')), hostLayer: order.some((id) => id.startsWith('plan/host-points/')) };
  });
  expect(styled).toEqual({ hasGreen: true, hostLayer: true });
  await page.evaluate(() => document.getElementById('c')!.setAttribute('center', '111.075,34.078'));
  await idle(page, 0);
  await page.screenshot({ path: screenshotPath('embed-attributes-changed') });

  // MapLibre's controls carry parts, so a host page can theme them: plan-map::part(control).
  expect(
    await page.evaluate(() => {
      const root = document.getElementById('c')!.shadowRoot!;
      return ['control', 'attribution'].map((p) => root.querySelectorAll(`[part~="${p}"]`).length);
    }),
  ).toEqual([1, 1]);
  expect(log.errors.slice(before)).toEqual([]);
  expect(log.errors).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  await page.context().close();
}, 300_000);

test('same origin under a sub-path, strict same-origin CSP, the script loaded twice (and a second copy): no error; moving and reloading the element', async () => {
  const script = '/site/embed/plan-map.js';
  const { page, log } = await open(
    '/blog/post.html',
    hostPage([script, script, `${script}?copy=2`], `<plan-map layers="tourism" zoom="9.5" lang="en"></plan-map>`),
    sameOriginCsp(),
  );
  await waitForMap(page, 0, 180_000);
  const r = await report(page, 0);
  expect(r.status).toBe('ready');
  expect(r.visible.length).toBeGreaterThan(0);
  expect(r.rendered).toBeGreaterThan(0);
  expect(r.labels.length).toBeGreaterThan(0);
  // Data, tiles, fonts and worker all came from the widget's own folder on this origin.
  const origin = host.url.slice(0, -1);
  expect(log.requests.filter((u) => u.startsWith(origin) && !u.includes('/site/') && !u.endsWith('/blog/post.html'))).toEqual([]);
  expect(log.requests.some((u) => /\/site\/embed\/assets\/plan-map-worker-[\w-]+\.js/.test(u))).toBe(true);
  expect(log.requests.some((u) => /\/site\/embed\/assets\/noto-sans-sc-.*\.woff2/.test(u))).toBe(true);
  await page.screenshot({ path: screenshotPath('embed-same-origin-subpath') });

  // Moved in the page, the map starts again; interactive="false" reloads it as a still picture.
  const controllerBefore = await page.evaluate(() => {
    const el = document.querySelector('plan-map') as HTMLElement & { controller: object };
    (window as unknown as { __ctrl: object }).__ctrl = el.controller;
    document.body.append(Object.assign(document.createElement('section'), { id: 'moved' }));
    document.getElementById('moved')!.append(el);
    return true;
  });
  expect(controllerBefore).toBe(true);
  await page.waitForFunction(() => document.querySelector('#moved > plan-map') !== null);
  await waitForMap(page, 0, 180_000);
  expect((await report(page, 0)).rendered).toBeGreaterThan(0);
  await page.evaluate(() => document.querySelector('plan-map')!.setAttribute('interactive', 'false'));
  await page.waitForFunction(() => (document.querySelector('plan-map') as unknown as { controller: object }).controller !== (window as unknown as { __ctrl: object }).__ctrl);
  await waitForMap(page, 0, 180_000);
  expect(
    await page.evaluate(() => {
      const el = document.querySelector('plan-map') as unknown as { controller: { status: string }; map: { dragPan: { isEnabled(): boolean } } };
      return [el.controller.status, el.map.dragPan.isEnabled()];
    }),
  ).toEqual(['ready', false]);
  expect(await cspViolations(page)).toEqual([]);
  expect(log.errors).toEqual([]);
  await page.context().close();
}, 300_000);

test('the three example pages work: one-line embed, themed embed with an outside legend, a host page reacting to clicks', async () => {
  // minimal.html: one line, the widget finds ../data and ../tiles next to itself.
  const minimal = await newPage(browser, { width: 900, height: 600 });
  await minimal.page.goto(`${widget.url}examples/minimal.html`);
  await waitForMap(minimal.page, 0, 180_000);
  expect((await report(minimal.page, 0)).rendered).toBeGreaterThan(0);
  await minimal.page.screenshot({ path: screenshotPath('embed-example-minimal') });
  expect(minimal.log.errors).toEqual([]);
  await minimal.page.context().close();

  // themed.html: the legend outside the map is bound by for="m1"; theme and style override apply.
  const themed = await newPage(browser, { width: 1200, height: 800 });
  await themed.page.goto(`${widget.url}examples/themed.html`);
  await waitForMap(themed.page, 0, 180_000);
  const legend = themed.page.locator('plan-legend[for="m1"]');
  await expect.poll(() => legend.locator('[part="layer"]').count(), { timeout: 30_000 }).toBeGreaterThan(3);
  const theme = await themed.page.evaluate(() => {
    const panel = document.querySelector('plan-legend')!.shadowRoot!.querySelector('[part="panel"]')!;
    type M = { getLayersOrder(): string[]; getLayer(id: string): { type: string }; getPaintProperty(id: string, p: string): unknown };
    const map = (document.getElementById('m1') as unknown as { map: M }).map;
    const circles = map.getLayersOrder().filter((id) => id.startsWith('plan/structure-main/') && map.getLayer(id).type === 'circle');
    return {
      font: getComputedStyle(panel).fontFamily,
      border: getComputedStyle(panel).borderTopColor,
      recoloured: circles.some((id) => JSON.stringify(map.getPaintProperty(id, 'circle-color')).includes('#1f5f8b')),
    };
  });
  expect(theme.font).toMatch(/Georgia/);
  expect(theme.border).toBe('rgb(31, 95, 139)');
  expect(theme.recoloured).toBe(true);
  await themed.page.screenshot({ path: screenshotPath('embed-example-themed') });
  expect(themed.log.errors).toEqual([]);
  await themed.page.context().close();

  // events.html: a click on the county seat fills the host's panel with the plan citation, as text.
  const events = await newPage(browser, { width: 1200, height: 800 });
  await events.page.goto(`${widget.url}examples/events.html`);
  await waitForMap(events.page, 0, 180_000);
  const point = await events.page.evaluate(() => {
    type M = { project(c: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement };
    const map = (document.getElementById('map') as unknown as { map: M }).map;
    const p = map.project([111.047, 34.055]);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  });
  await events.page.mouse.click(point.x, point.y);
  await expect.poll(() => events.page.locator('#ref').textContent(), { timeout: 30_000 }).toBe('L179');
  expect(await events.page.locator('#name').textContent()).toBe('县城（主中心）');
  expect(await events.page.locator('#quote').textContent()).toContain('主中心');
  await events.page.locator('#lang').click();
  await expect.poll(() => events.page.evaluate(() => (document.getElementById('map') as unknown as { controller: { lang: string } }).controller.lang)).toBe('en');
  await idle(events.page, 0);
  await events.page.screenshot({ path: screenshotPath('embed-example-events') });
  expect(events.log.errors).toEqual([]);
  await events.page.context().close();
}, 400_000);
