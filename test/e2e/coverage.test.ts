/**
 * The coverage panel in a real browser: the 15-minute life-circle preset on
 * the county seat (worker run → covered and gap polygons on the map and a
 * results table), "where to build next" with K = 2, and cancelling a long
 * network run on an imported street grid.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { idle, launch, newPage, screenshotPath, waitForMap, type PageLog } from './browser';

let browser: Browser;
let page: Page;
let log: PageLog;
const baseUrl = inject('baseUrl');

/** A host page of its own: the panel in a sidebar, bound to the map with for="m1". */
const HOST = `
  <div style="display:flex;height:860px;font-family:sans-serif">
    <div style="width:380px;overflow:auto;border-right:1px solid #ddd">
      <plan-coverage-panel for="m1"></plan-coverage-panel>
    </div>
    <plan-map id="m1" style="flex:1;height:860px" controls="zoom,scale,legend"></plan-map>
  </div>`;

const panel = 'plan-coverage-panel';

/** Features of one of the panel's result layers drawn on screen now. */
function rendered(layer: string): Promise<number> {
  return page.evaluate((l) => {
    type M = { getLayersOrder(): string[]; queryRenderedFeatures(o: { layers: string[] }): Array<{ properties: { id?: string } }> };
    const map = (window as unknown as { __planMaps: () => { map: M }[] }).__planMaps()[0].map;
    const ids = map.getLayersOrder().filter((id) => id.startsWith(`plan/analysis-coverage-${l}/`));
    // Distinct features: one feature draws in several MapLibre layers (fill, outline, label…).
    return ids.length ? new Set(map.queryRenderedFeatures({ layers: ids }).map((f) => f.properties.id)).size : 0;
  }, layer);
}

type Outcome = { kind: string; levels: Array<{ key: string; share: number; coveredArea: number }>; sites: { features: unknown[] }; gaps: { features: unknown[] }; elapsedMs: number };
const outcome = (): Promise<Outcome | undefined> => page.evaluate(() => (document.querySelector('plan-coverage-panel') as unknown as { outcome?: Outcome }).outcome);

/** Clicks a preset and waits for its `plan-coverage-result`; returns the wall time in ms. */
async function runPreset(id: string): Promise<number> {
  const done = page.evaluate(() => new Promise<number>((resolve) => {
    const t0 = performance.now();
    document.addEventListener('plan-coverage-result', () => resolve(performance.now() - t0), { once: true });
  }));
  await page.click(`${panel} button[data-preset="${id}"]`);
  const ms = await done;
  await page.waitForTimeout(300);
  await idle(page);
  return ms;
}

beforeAll(async () => {
  browser = await launch();
  ({ page, log } = await newPage(browser, { width: 1400, height: 880 }));
  await page.goto(baseUrl);
  await waitForMap(page);
  await page.evaluate((html) => {
    document.querySelector('plan-app')?.remove();
    history.replaceState(null, '', location.pathname);
    document.body.innerHTML = html;
  }, HOST);
  await waitForMap(page);
  await page.waitForSelector(`${panel} button[data-preset="life15"]:not([disabled])`);
});
afterAll(async () => {
  await browser?.close();
});

describe('plan-coverage-panel', () => {
  test('15-minute life circle on the county seat: covered and gap polygons, a table with shares and areas', async () => {
    const ms = await runPreset('life15');
    const o = (await outcome())!;
    console.log(`15-minute preset on the five county-seat zones: ${Math.round(ms)} ms from click to result, ${o.elapsedMs} ms in the worker`);
    expect(o.kind).toBe('straight');
    const share = o.levels[0].share;
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(1);
    expect(await rendered('covered')).toBeGreaterThan(0);
    expect(await rendered('gaps')).toBeGreaterThan(0);

    // The table: the tier row with its share and area, one row per facility type.
    const row = page.locator(`${panel} table.results tr[data-row="level:1000"]`);
    expect(await row.locator('th').innerText()).toBe('15分钟生活圈（1000 米）');
    expect(await row.locator('td[data-col="share"]').innerText()).toMatch(/^\d+\.\d%$/);
    expect(await row.locator('td[data-col="covered"]').innerText()).toMatch(/公顷$/);
    expect(await page.locator(`${panel} table.results tr.type`).count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator(`${panel} .headline`).innerText()).toContain('县城五大功能区');
    // Honest about the data: schematic positions, method and limits, coverage by area.
    expect(await page.locator(`${panel} [data-warning="schematic-result"]`).innerText()).toContain('设施位置为示意，结果仅供参考');
    expect(await page.locator(`${panel} [data-method]`).innerText()).toContain('未考虑道路、河流、山体等阻隔');
    expect(await page.locator(`${panel} .result`).innerText()).toContain('覆盖率按面积计算');
    expect(await page.locator(`${panel} svg.chart g.bar`).count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator(`${panel} ol.gaps li`).count()).toBeGreaterThan(0);

    // The unit switch re-reads the same areas in 亩.
    await page.selectOption(`${panel} select[data-field="unit"]`, 'mu');
    expect(await row.locator('td[data-col="covered"]').innerText()).toMatch(/亩$/);
    await page.selectOption(`${panel} select[data-field="unit"]`, 'ha');
    await page.screenshot({ path: screenshotPath('coverage-life15') });
  });

  test('where to build next, K = 2: two suggested sites on the map, coverage after ≥ before', async () => {
    const before15 = (await outcome())!.levels[0].share;
    await page.evaluate(() => {
      const w = window as unknown as { __changes: string[] };
      w.__changes = [];
      document.addEventListener('plan-coverage-change', (e) => w.__changes.push((e as CustomEvent<{ encoded: string }>).detail.encoded));
    });
    await runPreset('siting');
    // The permalink hears the parameters (composed event from the shadow root).
    const changes = await page.evaluate(() => (window as unknown as { __changes: string[] }).__changes);
    expect(changes.at(-1)).toBe('a=s;f=public-points;rd=transport-roads,structure-carriers;tg=zones-five');
    const o = (await outcome())!;
    expect(o.kind).toBe('siting');
    expect(o.sites.features).toHaveLength(2);
    const [before, after] = o.levels;
    expect(before.share).toBeCloseTo(before15, 2);
    expect(after.share).toBeGreaterThanOrEqual(before.share);
    expect(after.share).toBeGreaterThan(before.share);
    expect(await rendered('sites')).toBe(2);
    expect(await page.locator(`${panel} ol.sites li`).count()).toBe(2);
    expect(await page.locator(`${panel} .headline`).innerText()).toMatch(/^\d+\.\d%：新增 2 处后的覆盖率（现有设施为 \d+\.\d%）$/);
    await page.screenshot({ path: screenshotPath('coverage-siting') });

    // What a permalink does: read `params`, later set them back and run — the same answer.
    const saved = await page.evaluate(() => JSON.stringify((document.querySelector('plan-coverage-panel') as unknown as { params: unknown }).params));
    await runPreset('life15');
    const again = await page.evaluate(async (p) => {
      const el = document.querySelector('plan-coverage-panel') as unknown as { params: unknown; run(): Promise<{ levels: Array<{ share: number }> }> };
      el.params = JSON.parse(p);
      return (await el.run()).levels.map((l) => l.share);
    }, saved);
    expect(again).toEqual(o.levels.map((l) => l.share));
  });

  test('what-if points placed on the map and a drawn target; green access and reach presets', async () => {
    await page.click(`${panel} button[data-preset="life15"]`);
    await page.waitForFunction(() => !(document.querySelector('plan-coverage-panel') as unknown as { busy: boolean }).busy);
    const px = (lngLat: [number, number]) => page.evaluate((c) => {
      type M = { project(c: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement };
      const map = (window as unknown as { __planMaps: () => { map: M }[] }).__planMaps()[0].map;
      const p = map.project(c);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, lngLat);
    const clickAt = async (c: [number, number]) => {
      const p = await px(c);
      await page.mouse.click(p.x, p.y);
      await page.waitForTimeout(150);
    };
    // Two what-if facilities in the southern new town (the largest gap).
    await page.click(`${panel} button[data-action="place"]`);
    await clickAt([111.07, 34.035]);
    await clickAt([111.06, 34.045]);
    await page.click(`${panel} button[data-action="place"]`);
    expect(await page.locator(`${panel} ol.placed-list li`).count()).toBe(2);
    await idle(page);
    expect(await rendered('placed')).toBe(2);
    // A drawn target around them.
    await page.click(`${panel} button[data-action="draw"]`);
    for (const c of [[111.04, 34.025], [111.09, 34.025], [111.09, 34.055], [111.04, 34.055]] as [number, number][]) await clickAt(c);
    await page.click(`${panel} button[data-action="finish-draw"]`);
    expect(await page.locator(`${panel} select[data-field="target-layer"]`).inputValue()).toBe('__drawn');
    await page.click(`${panel} button[data-action="run"]`);
    await page.waitForFunction(() => !(document.querySelector('plan-coverage-panel') as unknown as { busy: boolean }).busy);
    const o = (await outcome())!;
    expect(await page.locator(`${panel} .headline`).innerText()).toContain('所绘范围');
    expect(await page.locator(`${panel} table.results`).innerText()).toContain('设想设施');
    expect(o.levels[0].share).toBeGreaterThan(0.4);
    await idle(page);
    await page.screenshot({ path: screenshotPath('coverage-whatif-drawn') });

    // The same facilities along the plan's (schematic) roads on foot: isochrone bands for 5/10/15 minutes.
    await page.click(`${panel} [data-field="mode"] button[data-value="network"]`);
    await page.click(`${panel} button[data-action="run"]`);
    await page.waitForFunction(() => !(document.querySelector('plan-coverage-panel') as unknown as { busy: boolean }).busy);
    const net = (await outcome())!;
    expect(net.kind).toBe('network');
    expect(net.levels.map((l) => l.key)).toEqual(['5', '10', '15']);
    expect(net.levels[2].share).toBeLessThan(o.levels[0].share);
    await idle(page);
    expect(await rendered('bands')).toBeGreaterThan(0);
    expect(await page.locator(`${panel} [data-method]`).innerText()).toContain('规划道路多为示意走向');
    await page.screenshot({ path: screenshotPath('coverage-network') });

    await runPreset('green');
    expect((await outcome())!.levels.map((l) => l.key)).toEqual(['green', 'park', 'both']);
    expect(await page.locator(`${panel} .headline`).innerText()).toContain('300米见绿、500米见园');
    await page.screenshot({ path: screenshotPath('coverage-green') });

    await runPreset('reach');
    expect((await outcome())!.kind).toBe('reach');
    expect(await page.locator(`${panel} table.reach tbody tr`).count()).toBe(16);
    expect(await page.locator(`${panel} table.reach thead th`).count()).toBe(6);
    expect(await rendered('places')).toBeGreaterThan(10);
    expect(await page.locator(`${panel} [data-method]`).innerText()).toContain('示意');
    // The plan's roads are a few schematic trunk projects: the panel says most places are not linked.
    expect(await page.locator(`${panel} [data-warning="sparse-roads"]`).innerText()).toContain('请导入完整路网');
    await page.screenshot({ path: screenshotPath('coverage-reach') });
  });

  test('a long network run on an imported street grid can be cancelled and stops cleanly', async () => {
    // An imported street network (as the import UI would add it): a 200 × 200 grid over the county seat.
    await page.evaluate(() => {
      const [w, s, e, n] = [110.98, 34.01, 111.17, 34.12];
      const k = 200;
      const features = [];
      for (let i = 0; i <= k; i++) {
        const y = s + ((n - s) * i) / k;
        const x = w + ((e - w) * i) / k;
        features.push({ type: 'Feature', properties: { id: `st-h${i}`, highway: 'residential' }, geometry: { type: 'LineString', coordinates: [[w, y], [e, y]] } });
        features.push({ type: 'Feature', properties: { id: `st-v${i}`, highway: 'residential' }, geometry: { type: 'LineString', coordinates: [[x, s], [x, n]] } });
      }
      const c = (window as unknown as { __planMaps: () => { controller: { addUserLayer(spec: unknown, fc: unknown): void } }[] }).__planMaps()[0].controller;
      c.addUserLayer({ id: 'imp-streets', group: 'imported', title: { zh: '导入路网', en: 'Imported streets' }, geometry: 'line', data: 'imp-streets.geojson', style: { color: '#777', width: 0.5 }, legend: [], visible: false }, { type: 'FeatureCollection', features });
    });
    await page.click(`${panel} button[data-preset="life15"]`);
    await page.waitForFunction(() => !(document.querySelector('plan-coverage-panel') as unknown as { busy: boolean }).busy);
    const shareBefore = (await outcome())!.levels[0].share;
    await page.click(`${panel} [data-field="mode"] button[data-value="network"]`);
    for (const id of ['transport-roads', 'structure-carriers']) await page.uncheck(`${panel} [data-list="roads"] input[data-layer="${id}"]`);
    await page.check(`${panel} [data-list="roads"] input[data-layer="imp-streets"]`);
    await page.evaluate(() => {
      (window as unknown as { __results: number }).__results = 0;
      document.addEventListener('plan-coverage-result', () => (window as unknown as { __results: number }).__results++);
    });

    await page.click(`${panel} button[data-action="run"]`);
    await page.waitForSelector(`${panel} progress`);
    await page.waitForFunction(() => /构建路网|计算中/.test(document.querySelector('plan-coverage-panel')!.shadowRoot!.querySelector('.status')!.textContent ?? ''));
    await page.screenshot({ path: screenshotPath('coverage-cancel-running') });
    const t0 = Date.now();
    await page.click(`${panel} button[data-action="cancel"]`);
    await page.waitForFunction(() => !(document.querySelector('plan-coverage-panel') as unknown as { busy: boolean }).busy);
    const stopMs = Date.now() - t0;
    console.log(`cancel → idle: ${stopMs} ms`);
    expect(stopMs).toBeLessThan(5000);
    expect(await page.locator(`${panel} .status`).innerText()).toContain('已取消');
    expect(await page.locator(`${panel} progress`).count()).toBe(0);
    expect(await page.locator(`${panel} [data-error]`).count()).toBe(0);
    // Nothing arrives later, and the previous result is still the one shown.
    await page.waitForTimeout(3000);
    expect(await page.evaluate(() => (window as unknown as { __results: number }).__results)).toBe(0);
    expect((await outcome())!.levels[0].share).toBe(shareBefore);
    await page.screenshot({ path: screenshotPath('coverage-cancelled') });

    // The panel works again afterwards (a fresh worker if the old one had to be stopped).
    await page.click(`${panel} [data-field="mode"] button[data-value="straight"]`);
    await page.click(`${panel} button[data-action="run"]`);
    await page.waitForFunction(() => !(document.querySelector('plan-coverage-panel') as unknown as { busy: boolean }).busy);
    expect((await outcome())!.levels[0].share).toBeCloseTo(shareBefore, 9);
    expect(log.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
