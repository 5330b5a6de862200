import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, newPage, screenshotPath, waitForMap } from './browser';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('the app opens offline: map ready, default layers drawn, no errors, no foreign requests', async () => {
  const { page, log } = await newPage(browser);
  await page.goto(baseUrl);
  await waitForMap(page);

  const report = await page.evaluate(() => {
    type M = {
      getLayersOrder(): string[];
      getLayer(id: string): { metadata?: Record<string, unknown> } | undefined;
      getLayoutProperty(id: string, p: string): unknown;
      queryRenderedFeatures(o: { layers: string[] }): unknown[];
    };
    const el = (window as unknown as { __planMaps: () => { map: M; controller: { status: string; layerSpecs(): { id: string; visible: boolean }[] } }[] }).__planMaps()[0];
    const map = el.map;
    const visible = el.controller.layerSpecs().filter((l) => l.visible).map((l) => l.id);
    const counts: Record<string, number> = {};
    for (const id of visible) {
      const ids = map.getLayersOrder().filter((x) => x.startsWith(`plan/${id}/`));
      counts[id] = map.queryRenderedFeatures({ layers: ids }).length;
    }
    const basemap = map.getLayersOrder().filter((x) => x.startsWith('basemap/'));
    const labels = map.getLayersOrder().filter((x) => x.startsWith('basemap/') && x.endsWith('labels'));
    const seatNames = (map.queryRenderedFeatures({ layers: labels }) as { properties: { name?: string } }[]).map((f) => f.properties.name);
    return {
      status: el.controller.status,
      counts,
      basemapRendered: map.queryRenderedFeatures({ layers: basemap }).length,
      labelNames: seatNames,
    };
  });
  await page.screenshot({ path: screenshotPath('app-county') });

  expect(report.status).toBe('ready');
  expect(Object.keys(report.counts).length).toBeGreaterThan(0);
  for (const [id, n] of Object.entries(report.counts)) expect(n, `default-visible layer ${id} has rendered features`).toBeGreaterThan(0);
  expect(report.basemapRendered, 'offline basemap draws features').toBeGreaterThan(0);
  // Labels are placed only once their glyphs exist, so placed Chinese names prove the bundled font works offline.
  expect(report.labelNames).toEqual(expect.arrayContaining(['灵宝市', '洛宁县', '栾川县']));
  expect(log.errors).toEqual([]);
  const origin = new URL(baseUrl).origin;
  const foreign = log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign).toEqual([]);
  await page.context().close();
});
