/**
 * Issue 7 in the browser: a planner drops a Gauss-Krüger Shapefile zip with
 * GBK attributes on the page, sees it where it belongs, styles it with the
 * 用地用海 theme, exports it as a Shapefile in EPSG:4546, reloads and finds
 * it still there; bad files give their specific error and change nothing.
 * Needs `<plan-data-tools>` in the app and `bindPersistence(controller)`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { importFile } from '../../src/io/import/index';
import { idle, launch, newPage, screenshotPath, waitForMap, type PageLog } from './browser';

const FIX = join(process.cwd(), 'test/fixtures/io');
const TRUTH = JSON.parse(readFileSync(join(FIX, 'known-positions.json'), 'utf8')) as {
  parcels: { BSM: number; DLMC: string; polygons: [number, number][][][] }[];
  facilities: { name: string; lonlat: [number, number] }[];
};
const baseUrl = inject('baseUrl');

let browser: Browser;
let context: BrowserContext;
let page: Page;
let log: PageLog;

async function open(): Promise<void> {
  ({ page, log } = await newPage(browser, { context }));
  await page.goto(baseUrl);
  await waitForMap(page);
  await page.waitForTimeout(300);
}

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, acceptDownloads: true });
  await open();
});
afterAll(async () => {
  await browser?.close();
});

/** Drops files on the map canvas the way a browser does (DataTransfer with File objects). */
async function drop(names: string[]): Promise<void> {
  const files = names.map((n) => ({ name: n.split('/').pop()!, b64: readFileSync(join(FIX, n)).toString('base64') }));
  await page.evaluate(async (files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
    const canvas = (window as unknown as { __planMaps: () => { map: { getCanvas(): HTMLElement } }[] }).__planMaps()[0].map.getCanvas();
    for (const type of ['dragenter', 'dragover', 'drop']) canvas.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }));
  }, files);
}

const userLayers = () => page.evaluate(() => [...(window as unknown as { __planMaps: () => { controller: { userLayers: Map<string, { group: string; title: { zh: string } }> } }[] }).__planMaps()[0].controller.userLayers].map(([id, s]) => ({ id, group: s.group, title: s.title.zh })));

/** Moves the map and waits until it has drawn. */
async function view(center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(([c, z]) => (window as unknown as { __planMaps: () => { map: { jumpTo(o: object): void } }[] }).__planMaps()[0].map.jumpTo({ center: c, zoom: z }), [center, zoom] as const);
  await idle(page);
}

/** Properties of the features of a user layer rendered at a WGS84 position (projected with map.project). */
function renderedAt(layerId: string, lonlat: [number, number]): Promise<Record<string, unknown>[]> {
  return page.evaluate(([id, c]) => {
    type M = { project(c: [number, number]): { x: number; y: number }; getLayersOrder(): string[]; queryRenderedFeatures(b: unknown, o: { layers: string[] }): { properties: Record<string, unknown> }[] };
    const map = (window as unknown as { __planMaps: () => { map: M }[] }).__planMaps()[0].map;
    const p = map.project(c);
    const layers = map.getLayersOrder().filter((l) => l.startsWith(`plan/${id}/`) && !l.endsWith('/label'));
    return map.queryRenderedFeatures([[p.x - 2, p.y - 2], [p.x + 2, p.y + 2]], { layers }).map((f) => f.properties);
  }, [layerId, lonlat] as const);
}

const SEAT: [number, number] = [111.047, 34.049];

/** A point inside a rectangular parcel, near its south-west corner (parcel 2 has a hole in the middle). */
const inside = (ring: [number, number][]): [number, number] => {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [Math.min(...xs) + 0.15 * (Math.max(...xs) - Math.min(...xs)), Math.min(...ys) + 0.15 * (Math.max(...ys) - Math.min(...ys))];
};

let parcelsId = '';
let facilitiesId = '';

describe('import, style, export, reload (issue 7)', () => {
  test('dropping the GK Shapefile zip puts both layers on the map, in the imported group', async () => {
    expect(await page.locator('plan-data-tools').count()).toBe(1);
    await drop(['gk-cm111-gbk.zip']);
    await page.locator('plan-import li.job[data-phase=done]').waitFor();
    const job = page.locator('plan-import li.job').first();
    await expect.poll(() => job.locator('li.report').count()).toBe(2);
    const text = await job.innerText();
    expect(text).toContain('EPSG:4546');
    expect(text).toContain('地类图斑');
    const layers = await userLayers();
    expect(layers.map((l) => l.group)).toEqual(['imported', 'imported']);
    parcelsId = (await job.locator('li.report', { hasText: '地类图斑' }).getAttribute('data-layer'))!;
    facilitiesId = layers.map((l) => l.id).find((id) => id !== parcelsId)!;
    await idle(page);
    await page.screenshot({ path: screenshotPath('import-1-dropped') });
  });

  test('features are drawn at their known WGS84 positions, with their GBK attributes', async () => {
    await page.locator('plan-data-tools .panel[data-panel=import] header button').click();
    const check = async (parcels: typeof TRUTH.parcels, facilities: typeof TRUTH.facilities) => {
      for (const p of parcels) expect((await renderedAt(parcelsId, inside(p.polygons[0][0]))).map((h) => h.DLMC)).toContain(p.DLMC);
      for (const f of facilities) expect((await renderedAt(facilitiesId, f.lonlat)).map((h) => h['名称'])).toContain(f.name);
    };
    // The county seat at zoom 14 shows parcels 1–3 and two facilities; the others are visited one by one.
    await view(SEAT, 14);
    await check(TRUTH.parcels.slice(0, 3), TRUTH.facilities.slice(0, 2));
    // 250 m south of parcel 1, and in the hole of parcel 2, there is nothing of the layer: the check can fail.
    const c = inside(TRUTH.parcels[0].polygons[0][0]);
    expect(await renderedAt(parcelsId, [c[0], c[1] - 0.003])).toEqual([]);
    expect(await renderedAt(parcelsId, [111.0445, 34.05])).toEqual([]);
    await page.screenshot({ path: screenshotPath('import-2-in-place') });
    await view(TRUTH.facilities[2].lonlat, 14);
    await check([], TRUTH.facilities.slice(2));
    await view(inside(TRUTH.parcels[3].polygons[0][0]), 14);
    await check(TRUTH.parcels.slice(3), []);
  });

  test('the style editor applies the 用地用海 theme found through the DLMC field', async () => {
    await page.evaluate((id) => window.dispatchEvent(new CustomEvent('plan-open-style', { detail: { layerId: id } })), parcelsId);
    const panel = page.locator('plan-layer-style');
    await expect.poll(() => panel.locator('fieldset .hint').innerText()).toContain('DLMC');
    await panel.locator('input[data-mode=landuse]').check();
    await expect.poll(() => panel.locator('li[data-value=旱地]').count()).toBe(1);
    const fill = await page.evaluate((id) => JSON.stringify((window as unknown as { __planMaps: () => { map: { getPaintProperty(l: string, p: string): unknown } }[] }).__planMaps()[0].map.getPaintProperty(`plan/${id}/fill`, 'fill-color')), parcelsId);
    expect(fill).toContain('"旱地","#f5f8dc"');
    expect(fill).toContain('"城镇住宅用地","#ffff2d"');
    expect(fill).toContain('"乔木林地","#68b167"');
    await view(SEAT, 14);
    await page.screenshot({ path: screenshotPath('import-3-landuse-theme') });
  });

  test('exporting as Shapefile in EPSG:4546 downloads a zip whose .prj names the GK zone', async () => {
    await page.evaluate((id) => window.dispatchEvent(new CustomEvent('plan-open-export', { detail: { layerId: id } })), parcelsId);
    const panel = page.locator('plan-export');
    await panel.locator('input[data-format=shapefile]').check();
    await panel.locator('input[data-crs="EPSG:4546"]').check();
    const [download] = await Promise.all([page.waitForEvent('download'), panel.locator('button[data-action=export]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const names = Object.keys(zip);
    expect(names.some((n) => n.endsWith('.shp')) && names.some((n) => n.endsWith('.dbf'))).toBe(true);
    const prj = new TextDecoder().decode(zip[names.find((n) => n.endsWith('.prj'))!]);
    expect(prj).toContain('CGCS2000_3_Degree_GK_CM_111E');
    // Eastings near the 500 km false easting, northings of ~34°N: really in the zone.
    const shp = zip[names.find((n) => n.endsWith('.shp'))!];
    const box = new DataView(shp.buffer, shp.byteOffset + 36, 32);
    expect(box.getFloat64(0, true)).toBeGreaterThan(440_000);
    expect(box.getFloat64(16, true)).toBeLessThan(520_000);
    expect(box.getFloat64(8, true)).toBeGreaterThan(3_700_000);
    await expect.poll(() => panel.locator('.msg.ok').innerText()).toContain('.zip');
    await page.screenshot({ path: screenshotPath('import-4-exported') });
  });

  test('after a reload the imported layers are back, with their style and in place', async () => {
    await page.waitForTimeout(800);
    await page.reload();
    await waitForMap(page);
    await expect.poll(async () => (await userLayers()).map((l) => l.id).sort(), { timeout: 20_000 }).toEqual([parcelsId, facilitiesId].sort());
    const fill = await page.evaluate((id) => JSON.stringify((window as unknown as { __planMaps: () => { map: { getPaintProperty(l: string, p: string): unknown } }[] }).__planMaps()[0].map.getPaintProperty(`plan/${id}/fill`, 'fill-color')), parcelsId);
    expect(fill).toContain('#f5f8dc');
    await view(SEAT, 14);
    for (const p of TRUTH.parcels.slice(0, 3)) expect((await renderedAt(parcelsId, inside(p.polygons[0][0]))).map((h) => h.DLMC)).toContain(p.DLMC);
    await page.screenshot({ path: screenshotPath('import-5-after-reload') });
  });

  test('a Shapefile without .dbf shows its specific error and leaves the layers untouched', async () => {
    const before = await userLayers();
    await page.locator('plan-data-tools button[data-panel=import]').click();
    await page.locator('plan-import input[type=file]').setInputFiles(join(FIX, 'bad/no-dbf.zip'));
    const job = page.locator('plan-import li.job[data-phase=failed]').first();
    await job.waitFor();
    const expected = await importFile({ name: 'no-dbf.zip', bytes: new Uint8Array(readFileSync(join(FIX, 'bad/no-dbf.zip'))) }).catch((e) => e);
    expect(expected.code).toBe('MISSING_SHAPEFILE_PART');
    expect(await job.locator('.msg.error').getAttribute('data-code')).toBe('MISSING_SHAPEFILE_PART');
    const text = await job.locator('.msg.error').innerText();
    expect(text).toContain(expected.text.zh);
    expect(text).toContain(expected.text.en);
    expect(text).toContain(expected.hint.zh);
    expect(await userLayers()).toEqual(before);
    await page.screenshot({ path: screenshotPath('import-6-bad-file') });
  });

  test('projected coordinates without a CRS: the error offers the zone, one click imports it in place', async () => {
    const before = await userLayers();
    await drop(['bad/projected-no-crs.geojson']);
    const job = page.locator('plan-import li.job', { hasText: 'projected-no-crs.geojson' });
    await job.locator('.msg.error[data-code=LOOKS_PROJECTED]').waitFor();
    expect(await userLayers()).toEqual(before);
    await page.screenshot({ path: screenshotPath('import-7-looks-projected') });
    await job.locator('button[data-fix="crs:EPSG:4525"]').click();
    await expect.poll(() => job.getAttribute('data-phase')).toBe('done');
    const added = (await userLayers()).filter((l) => !before.some((b) => b.id === l.id));
    expect(added).toHaveLength(1);
    await view(SEAT, 14);
    const hit = await renderedAt(added[0].id, TRUTH.facilities[0].lonlat);
    expect(hit.map((h) => h.name)).toContain(TRUTH.facilities[0].name);
    expect(log.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  test('a sketch drawn with the keyboard is kept in the project file and across a reload', async () => {
    await page.locator('plan-data-tools button[data-panel=sketch]').click();
    await view(SEAT, 14);
    await page.locator('plan-sketch button[data-kind=polygon]').click();
    const pan = (dx: number, dy: number) => page.evaluate(([x, y]) => (window as unknown as { __planMaps: () => { map: { panBy(o: number[], p: object): void } }[] }).__planMaps()[0].map.panBy([x, y], { duration: 0 }), [dx, dy]);
    await page.locator('plan-sketch button[data-action=centre]').click();
    await pan(120, 0);
    await page.keyboard.press('Space');
    await pan(0, 100);
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.locator('plan-sketch form input[name=name]').fill('拟建社区公园');
    await page.locator('plan-sketch form button[type=submit]').click();
    await expect.poll(async () => (await userLayers()).find((l) => l.id === 'sketches-polygon')?.group).toBe('user');
    await idle(page);
    await page.screenshot({ path: screenshotPath('import-8-sketch') });

    await page.locator('plan-data-tools button[data-panel=project]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('plan-project button[data-action=export-project]').click()]);
    const project = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(project.format).toBe('lushi-plan-map-project');
    expect(project.layers.map((l: { id: string }) => l.id)).toEqual(expect.arrayContaining([parcelsId, facilitiesId]));
    expect(project.layers.find((l: { id: string }) => l.id === parcelsId).style.theme).toBe('ydyh');
    expect(project.sketches[0].featureCollection.features[0].properties.name).toBe('拟建社区公园');

    // A broken project file is refused whole.
    const before = await userLayers();
    page.once('dialog', (d) => void d.accept());
    await page.locator('plan-project input[type=file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...project, layers: [{ ...project.layers[0], style: { color: 'url(javascript:x)' } }] })) });
    await page.locator('plan-project .msg.error').waitFor();
    expect(await page.locator('plan-project .msg.error').innerText()).toContain('layers[0].style.color');
    expect(await userLayers()).toEqual(before);

    await page.waitForTimeout(800);
    await page.reload();
    await waitForMap(page);
    await expect.poll(async () => (await userLayers()).map((l) => l.id), { timeout: 20_000 }).toContain('sketches-polygon');
  });

  test('the imported facilities cover the imported parcels in the analysis tab, and the result survives a reload', async () => {
    await page.locator('plan-app button#tab-coverage').click();
    const panel = page.locator('plan-coverage-panel');
    await panel.locator('button[data-action="run"]').waitFor();
    const boxes = panel.locator('ul[data-list="facilities"] > li > label > input[type=checkbox]');
    for (let i = 0; i < (await boxes.count()); i++) if (await boxes.nth(i).isChecked()) await boxes.nth(i).uncheck();
    await panel.locator(`ul[data-list="facilities"] input[data-layer="${facilitiesId}"]`).check();
    await panel.locator('select[data-field="target-layer"]').selectOption(parcelsId);
    await panel.locator('button[data-action="run"]').click();
    await page.waitForFunction(() => {
      const p = document.querySelector('plan-app')?.shadowRoot?.querySelector('plan-coverage-panel') as unknown as { busy: boolean; outcome?: unknown } | null;
      return !!p && !p.busy && !!p.outcome;
    });
    const o = await page.evaluate(() => (document.querySelector('plan-app')!.shadowRoot!.querySelector('plan-coverage-panel') as unknown as { outcome: { kind: string; levels: { share: number; coveredArea: number }[] } }).outcome);
    expect(o.kind).toBe('straight');
    // The facilities stand among the parcels: a 1000 m circle covers part of them, not nothing and not everything by accident.
    expect(o.levels[0].share).toBeGreaterThan(0);
    expect(o.levels[0].coveredArea).toBeGreaterThan(0);
    const parcelsTitle = (await userLayers()).find((l) => l.id === parcelsId)!.title;
    expect(await panel.locator('.headline').innerText()).toContain(parcelsTitle);
    expect(await panel.locator('table.results').innerText()).toContain('公顷');
    await idle(page);
    await page.screenshot({ path: screenshotPath('import-9-coverage') });

    await page.waitForTimeout(800);
    await page.reload();
    await waitForMap(page);
    await expect.poll(async () => (await userLayers()).some((l) => l.id.startsWith('analysis-coverage-')), { timeout: 20_000 }).toBe(true);
    expect((await userLayers()).map((l) => l.id)).toEqual(expect.arrayContaining([parcelsId, facilitiesId]));
  });
});

