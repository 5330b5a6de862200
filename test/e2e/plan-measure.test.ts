import { readFileSync } from 'node:fs';
import geodesic from 'geographiclib-geodesic';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { idle, launch, screenshotPath } from './browser';
import { pagePixel, pressTool } from './tool-helpers';
import { openApp } from './workspace-helpers';

// The reference the tool must agree with: GeographicLib on GRS80 (CGCS2000).
const GRS80 = new geodesic.Geodesic.Geodesic(6378137, 1 / 298.257222101);
type LL = [number, number];

function direct(p: LL, azimuth: number, metres: number): LL {
  const r = GRS80.Direct(p[1], p[0], azimuth, metres);
  return [r.lon2!, r.lat2!];
}
function referenceArea(ring: LL[]): number {
  const poly = GRS80.Polygon(false);
  for (const [lon, lat] of ring) poly.AddPoint(lat, lon);
  return Math.abs(poly.Compute(false, true).area!);
}
function distance(a: LL, b: LL): number {
  return GRS80.Inverse(a[1], a[0], b[1], b[0]).s12!;
}

// A 1 km × 1 km square in Lushi: east and north 1000 m along geodesics from its south-west corner.
const SW: LL = [110.95, 33.9];
const SE = direct(SW, 90, 1000);
const NW = direct(SW, 0, 1000);
const NE = direct(NW, 90, 1000);
const SQUARE: LL[] = [SW, SE, NE, NW];

let browser: Browser;
let page: Page;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
  ({ page } = await openApp(browser, baseUrl));
});
afterAll(async () => {
  await browser?.close();
});

type Result = { mode: string; points: LL[]; segments: number[]; length_m: number; area_m2: number };
const result = (): Promise<Result> => page.evaluate(() => (document.querySelector('plan-app')!.shadowRoot!.querySelector('plan-measure') as unknown as { result: Result }).result);
const panelText = (sel: string): Promise<string> => page.locator(`plan-measure ${sel}`).innerText();
const mapEval = <T>(fn: string): Promise<T> => page.evaluate(`(() => { const c = window.__planMaps()[0].controller; const map = c.map; return (${fn}); })()`) as Promise<T>;
const parseNumber = (s: string): number => Number(s.replace(/[^\d.]/g, ''));

describe('plan-measure', () => {
  test('keyboard only: a known 1 km square measures within 0.01 % of GeographicLib', async () => {
    await pressTool(page, 'area');
    await page.waitForSelector('plan-measure button[data-action="add-centre"]:not([disabled])');
    const layers = await mapEval<string[]>('map.getLayersOrder().filter((id) => id.startsWith("measure/"))');
    expect(layers).toEqual(expect.arrayContaining(['measure/fill', 'measure/line', 'measure/vertex', 'measure/label']));

    // Pan the crosshair onto each corner (standing in for arrow-key panning) and add the centre point.
    const goTo = (c: LL) => mapEval(`map.jumpTo({ center: [${c[0]}, ${c[1]}], zoom: 14 })`);
    await goTo(SQUARE[0]);
    await page.click('plan-measure button[data-action="add-centre"]');
    await page.focus('plan-map#map canvas.maplibregl-canvas');
    for (const c of SQUARE.slice(1)) {
      await goTo(c);
      await page.keyboard.press('Space');
    }
    await page.keyboard.press('Enter');
    const r = await result();
    expect(r.points).toHaveLength(4);
    r.points.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(SQUARE[i][0], 9);
      expect(p[1]).toBeCloseTo(SQUARE[i][1], 9);
    });
    const ref = referenceArea(SQUARE);
    expect(Math.abs(ref - 1e6) / 1e6).toBeLessThan(0.002);
    expect(Math.abs(r.area_m2 - ref) / ref).toBeLessThan(1e-4);
    // Shown in every unit: m², 公顷, 亩 (10000/15 m²), km².
    expect(Math.abs(parseNumber(await panelText('[data-area-unit="m2"] td')) - ref) / ref).toBeLessThan(1e-4);
    expect(parseNumber(await panelText('[data-area-unit="ha"] td'))).toBeCloseTo(ref / 1e4, 3);
    expect(parseNumber(await panelText('[data-area-unit="mu"] td'))).toBeCloseTo(ref / (10000 / 15), 2);
    expect(parseNumber(await panelText('[data-area-unit="km2"] td'))).toBeCloseTo(ref / 1e6, 5);
    expect(await panelText('[data-area-unit="mu"] td')).toContain('亩');
    expect(await panelText('.status')).toContain('量测完成');
    await mapEval('map.jumpTo({ center: [110.9554, 33.9045], zoom: 14.2 })');
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath('measure-area-square') });
  });

  test('mouse: per-segment distances on the ellipsoid; Backspace and Esc edit the sketch', async () => {
    await page.click('plan-measure [role="radio"][data-mode="distance"]');
    await mapEval('map.fitBounds([[110.6, 33.7], [111.2, 34.1]], { padding: { left: 300, top: 80, bottom: 340, right: 420 }, duration: 0 })');
    const targets: LL[] = [[110.65, 34.05], [110.8, 33.8], [110.95, 33.95], [111.1, 33.75]];
    for (const t of targets.slice(0, 3)) {
      const p = await pagePixel(page, t);
      await page.mouse.click(p.x, p.y);
      await page.waitForTimeout(150);
    }
    expect((await result()).points).toHaveLength(3);
    await page.focus('plan-map#map canvas.maplibregl-canvas');
    await page.keyboard.press('Backspace');
    expect((await result()).points).toHaveLength(2);
    await page.keyboard.press('Escape');
    expect((await result()).points).toHaveLength(0);

    for (const t of targets.slice(0, 3)) {
      const p = await pagePixel(page, t);
      await page.mouse.click(p.x, p.y);
      await page.waitForTimeout(150);
    }
    const last = await pagePixel(page, targets[3]);
    await page.mouse.dblclick(last.x, last.y);
    await page.waitForTimeout(200);
    const r = await result();
    expect(r.points).toHaveLength(4);
    expect(await panelText('.status')).toContain('量测完成');
    // Each click landed within a pixel of its target (≈ 300 m at this zoom) …
    r.points.forEach((p, i) => expect(distance(p, targets[i])).toBeLessThan(400));
    // … and every segment shown is GeographicLib's distance between the recorded points.
    const rows = await page.locator('plan-measure tr[data-segment] td').allInnerTexts();
    expect(rows).toHaveLength(3);
    let total = 0;
    rows.forEach((text, i) => {
      const d = distance(r.points[i], r.points[i + 1]);
      total += d;
      expect(r.segments[i]).toBeCloseTo(d, 6);
      expect(text).toMatch(/公里$/);
      expect(parseNumber(text)).toBeCloseTo(d / 1000, 3);
    });
    expect(parseNumber(await panelText('tr[data-total] td'))).toBeCloseTo(total / 1000, 3);
    await page.screenshot({ path: screenshotPath('measure-distance') });
  });

  test('kept measurements become a user layer and export as GeoJSON with the measured coordinates', async () => {
    const distanceResult = await result();
    await page.click('plan-measure button[data-action="keep"]');
    // The square again (through the element's addPoint API; the keyboard path is tested above), finished and kept with the buttons.
    await page.click('plan-measure [role="radio"][data-mode="area"]');
    await page.evaluate((corners) => {
      const m = document.querySelector('plan-app')!.shadowRoot!.querySelector('plan-measure') as unknown as { addPoint(p: [number, number]): void };
      for (const c of corners) m.addPoint(c);
    }, SQUARE);
    await page.click('plan-measure button[data-action="finish"]');
    await page.click('plan-measure button[data-action="keep"]');
    expect(await page.locator('plan-measure [part="kept"] li').count()).toBe(2);
    await idle(page);
    const layer = await mapEval<{ has: boolean; drawn: number }>(
      '({ has: c.userLayers.has("measurements"), drawn: map.queryRenderedFeatures({ layers: map.getLayersOrder().filter((x) => x.startsWith("plan/measurements/")) }).length })',
    );
    expect(layer.has).toBe(true);
    expect(layer.drawn).toBeGreaterThan(0);

    const download = page.waitForEvent('download');
    await page.click('plan-measure button[data-action="export"]');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^量测结果-\d{8}\.geojson$/);
    const fc = JSON.parse(readFileSync((await file.path())!, 'utf8')) as GeoJSON.FeatureCollection;
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(2);
    const [line, area] = fc.features;
    expect(line.properties).toMatchObject({ kind: 'distance' });
    expect(line.properties!.length_m).toBeCloseTo(distanceResult.length_m, 2);
    expect((line.geometry as GeoJSON.LineString).coordinates).toEqual(distanceResult.points);
    expect(area.properties).toMatchObject({ kind: 'area' });
    expect(Math.abs(area.properties!.area_m2 - referenceArea(SQUARE)) / referenceArea(SQUARE)).toBeLessThan(1e-4);
    expect(Number.isNaN(Date.parse(area.properties!.created))).toBe(false);
    const ring = (area.geometry as GeoJSON.Polygon).coordinates[0];
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
    ring.slice(0, 4).forEach((p, i) => {
      expect(p[0]).toBeCloseTo(SQUARE[i][0], 9);
      expect(p[1]).toBeCloseTo(SQUARE[i][1], 9);
    });
    await mapEval('map.fitBounds([[110.6, 33.7], [111.2, 34.1]], { padding: { left: 300, top: 80, bottom: 340, right: 420 }, duration: 0 })');
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath('measure-kept') });
  });

  test('closing the tool removes the sketch layers but keeps the measurements', async () => {
    await page.click('plan-measure header button.icon');
    await page.waitForFunction(() => !document.querySelector('plan-app')!.shadowRoot!.querySelector('plan-measure'));
    const left = await mapEval<{ layers: string[]; sources: string[]; kept: boolean }>(
      '({ layers: map.getLayersOrder().filter((id) => id.startsWith("measure/")), sources: Object.keys(map.getStyle().sources).filter((id) => id.startsWith("measure/")), kept: c.userLayers.has("measurements") })',
    );
    expect(left).toEqual({ layers: [], sources: [], kept: true });
    expect(await page.locator('plan-toolbar button[data-tool="area"]').getAttribute('aria-pressed')).toBe('false');
    // Reopening lists the kept measurements again.
    await pressTool(page, 'distance');
    expect(await page.locator('plan-measure [part="kept"] li').count()).toBe(2);
  });
});
