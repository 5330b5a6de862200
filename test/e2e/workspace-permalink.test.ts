import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { idle, launch, screenshotPath } from './browser';
import { openApp, renderedCount, withController } from './workspace-helpers';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Snapshot {
  visible: string[];
  opacity: number;
  statuses: string[];
  selected?: string;
  center: [number, number];
  zoom: number;
  bearing: number;
  lang: string;
}

const snapshot = (page: Parameters<typeof withController>[0]) =>
  withController<Snapshot>(
    page,
    `({ visible: c.state.visibleIds().slice().sort(), opacity: c.state.get('zones-five').opacity, statuses: [...c.state.filter.statuses].sort(),
        selected: c.selectedId, center: [map.getCenter().lng, map.getCenter().lat], zoom: map.getZoom(), bearing: map.getBearing(), lang: c.lang })`,
  );

test('a permalink reproduces view, layers, opacity, filter, selection, language and compare mode in a new page', async () => {
  const { page, log } = await openApp(browser, baseUrl);
  // Work as a user would: layers, filter and language through the UI, the view through the map.
  await page.locator('plan-layer-panel #l-tourism-route').uncheck();
  await page.locator('plan-layer-panel li.group[data-group="ecology"] button.disclosure').click();
  await page.locator('plan-layer-panel #l-ecology-areas').check();
  await page.locator('plan-layer-panel .filter label.chip:has-text("前期") input').uncheck();
  await withController(page, `c.setLayerOpacity('zones-five', 0.45)`);
  await page.locator('plan-lang-switch button[lang="en"]').click();
  await withController(page, `map.jumpTo({ center: [111.06, 34.03], zoom: 11.3, bearing: 15 }), map.fire('moveend')`);
  const { x, y } = await page.evaluate(() => {
    type M = { project(c: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement };
    const el = (window as unknown as { __planMaps: () => { map: M; controller: { index: { feature(id: string): { feature: GeoJSON.Feature } } } }[] }).__planMaps()[0];
    const c = (el.controller.index.feature('ucs_main').feature.geometry as GeoJSON.Point).coordinates as [number, number];
    const p = el.map.project(c);
    const r = el.map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  });
  await idle(page);
  await page.mouse.click(x, y);
  await page.waitForFunction(() => location.hash.includes('sel=ucs_main') && location.hash.includes('lang=en') && location.hash.includes('op='), undefined, { timeout: 5000 });
  const url = page.url();
  const before = await snapshot(page);
  expect(before.selected).toBe('ucs_main');
  expect(url).toContain('map=11.3/');

  const second = await openApp(browser, url.replace(/#.*/, ''), { hash: url.split('#')[1] });
  await page.waitForTimeout(300);
  const after = await snapshot(second.page);
  expect(after.visible).toEqual(before.visible);
  expect(after.visible).toContain('ecology-areas');
  expect(after.visible).not.toContain('tourism-route');
  expect(after.opacity).toBeCloseTo(0.45, 2);
  expect(after.statuses).toEqual(before.statuses);
  expect(after.statuses).not.toContain('前期');
  expect(after.selected).toBe('ucs_main');
  expect(after.lang).toBe('en');
  expect(after.center[0]).toBeCloseTo(before.center[0], 4);
  expect(after.center[1]).toBeCloseTo(before.center[1], 4);
  expect(after.zoom).toBeCloseTo(before.zoom, 2);
  expect(after.bearing).toBeCloseTo(15, 1);
  expect(await second.page.locator('plan-app #tab-layers').innerText()).toBe('Layers');
  expect(await second.page.locator('plan-inspector h2#heading').innerText()).toContain('County seat');
  expect(await renderedCount(second.page, 'tourism-route')).toBe(0);
  await second.page.screenshot({ path: screenshotPath('workspace-permalink-restored') });
  expect([...log.errors, ...second.log.errors]).toEqual([]);
  await page.context().close();
  await second.page.context().close();
});

test('compare mode is kept in the URL and renders <plan-compare> with that mode', async () => {
  const { page } = await openApp(browser, baseUrl, { hash: 'cmp=side' });
  const mode = await page.evaluate(() => {
    const el = document.querySelector('plan-app')!.shadowRoot!.querySelector('plan-compare') as (Element & { mode?: string }) | null;
    return el?.mode;
  });
  expect(mode).toBe('side');
  await page.waitForFunction(() => location.hash.includes('cmp=side'), undefined, { timeout: 5000 });
  await page.context().close();
});

test('hostile and broken URL values are ignored: the app opens with its defaults and runs nothing', async () => {
  const hash = [
    'map=NaN/1e999/x/0',
    `layers=${encodeURIComponent('<script>alert(1)</script>,__proto__,constructor')}`,
    `sel=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    'lang=xx',
    'cmp=evil',
    'op=__proto__:50,zones-five:NaN',
    'bm=javascript:alert(1)',
    `st=${encodeURIComponent('<b>')}`,
    `junk=${'x'.repeat(5000)}`,
  ].join('&');
  const { page, log } = await openApp(browser, baseUrl, { hash });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.waitForTimeout(500);
  const state = await withController<{ status: string; visible: string[]; defaults: string[]; selected?: string; lang: string; basemap: string; statuses: number }>(
    page,
    `({ status: c.status, visible: c.state.visibleIds().slice().sort(), defaults: c.data.manifest.layers.filter(l => l.visible).map(l => l.id).sort(),
        selected: c.selectedId, lang: c.lang, basemap: c.options.basemap, statuses: c.state.filter.statuses.size })`,
  );
  expect(state.status).toBe('ready');
  expect(state.visible).toEqual(state.defaults);
  expect(state.selected).toBeUndefined();
  expect(state.lang).toBe('zh');
  expect(state.basemap).toBe('offline');
  expect(state.statuses).toBe(5);
  expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
  expect(await page.evaluate(() => document.querySelector('plan-app')!.shadowRoot!.querySelector('plan-compare'))).toBeNull();
  expect(dialogs).toEqual([]);
  expect(log.errors).toEqual([]);
  await page.context().close();
});
