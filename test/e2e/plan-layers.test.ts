import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { idle, launch, newPage, screenshotPath, waitForMap } from './browser';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Rendered plan features per manifest group in the current view. */
async function renderedByGroup(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    type M = { getLayersOrder(): string[]; queryRenderedFeatures(o: { layers: string[] }): unknown[] };
    type C = { layerSpecs(): { id: string; group: string }[] };
    const el = (window as unknown as { __planMaps: () => { map: M; controller: C }[] }).__planMaps()[0];
    const out: Record<string, number> = {};
    for (const spec of el.controller.layerSpecs()) {
      const ids = el.map.getLayersOrder().filter((x) => x.startsWith(`plan/${spec.id}/`));
      out[spec.group] = (out[spec.group] ?? 0) + el.map.queryRenderedFeatures({ layers: ids }).length;
    }
    return out;
  });
}

async function jump(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ([c, z]) => {
      const el = (window as unknown as { __planMaps: () => { map: { jumpTo(o: unknown): void } }[] }).__planMaps()[0];
      el.map.jumpTo({ center: c, zoom: z });
    },
    [center, zoom] as const,
  );
  await idle(page);
}

test('with every layer on, every group with mapped features renders at county or county-seat scale', async () => {
  const { page, log } = await newPage(browser, { width: 1400, height: 1000 });
  await page.goto(baseUrl);
  await waitForMap(page);
  const groups = await page.evaluate(() => {
    type C = { layerSpecs(): { id: string; group: string }[]; setLayerVisible(id: string, v: boolean): void };
    const ctrl = (window as unknown as { __planMaps: () => { controller: C }[] }).__planMaps()[0].controller;
    for (const l of ctrl.layerSpecs()) ctrl.setLayerVisible(l.id, true);
    return [...new Set(ctrl.layerSpecs().map((l) => l.group))];
  });
  await jump(page, [110.98, 33.97], 8.7);
  const county = await renderedByGroup(page);
  await page.screenshot({ path: screenshotPath('all-layers-county') });
  await jump(page, [111.045, 34.052], 13);
  const seat = await renderedByGroup(page);
  await page.screenshot({ path: screenshotPath('all-layers-county-seat') });

  for (const g of groups) expect((county[g] ?? 0) + (seat[g] ?? 0), `group ${g} renders`).toBeGreaterThan(0);
  expect(log.errors).toEqual([]);
  await page.context().close();
});

test('the opening view shows the 一主两副 structure: main centre, both sub-centres and the clusters', async () => {
  const { page } = await newPage(browser);
  await page.goto(baseUrl);
  await waitForMap(page);
  const ids = await page.evaluate(() => {
    type M = { getLayersOrder(): string[]; queryRenderedFeatures(o: { layers: string[] }): { properties: { id: string } }[] };
    const map = (window as unknown as { __planMaps: () => { map: M }[] }).__planMaps()[0].map;
    const layers = map.getLayersOrder().filter((x) => x.startsWith('plan/structure-'));
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => f.properties.id))];
  });
  expect(ids).toEqual(expect.arrayContaining(['ucs_main', 'ucs_sub_south_wulichuan', 'ucs_sub_south_zhuyangguan', 'ucs_sub_north_guandaokou', 'ucs_sub_north_duguan']));
  expect(ids).toEqual(expect.arrayContaining(['ucs_cluster_mutong', 'ucs_cluster_panhe', 'ucs_cluster_guanpo', 'ucs_cluster_xujiawan', 'ucs_cluster_shuanglongwan']));
  await page.screenshot({ path: screenshotPath('structure-default') });
  await page.context().close();
});
