/**
 * Helpers of the map-tool browser tests (toolbar, compare, measure, print):
 * press a toolbar button, convert lon/lat to page pixels on any `<plan-map>`
 * of the page (the app's is 0, the compared maps follow), read a map's camera.
 */
import type { Page } from 'playwright-core';

type MapLike = {
  project(c: [number, number]): { x: number; y: number };
  getCanvas(): HTMLCanvasElement;
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getBearing(): number;
};
type Win = { __planMaps: () => { map: MapLike }[] };

/** Clicks a toolbar button (`distance`, `area`, `compare`, `print`, `mode-swipe`, `mode-side`). */
export async function pressTool(page: Page, tool: string): Promise<void> {
  await page.click(`plan-toolbar button[data-tool="${tool}"]`);
}

/** Page pixel of [lon, lat] on the `index`-th map. */
export function pagePixel(page: Page, lngLat: [number, number], index = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([c, i]) => {
      const map = (window as unknown as Win).__planMaps()[i].map;
      const p = map.project(c);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    [lngLat, index] as const,
  );
}

/** Centre, zoom and bearing of the `index`-th map. */
export function camera(page: Page, index: number): Promise<{ lng: number; lat: number; zoom: number; bearing: number }> {
  return page.evaluate((i) => {
    const map = (window as unknown as Win).__planMaps()[i].map;
    const c = map.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: map.getZoom(), bearing: map.getBearing() };
  }, index);
}

/** Collects the `detail` of every `type` event that reaches the document. */
export async function recordEvents(page: Page, type: string): Promise<void> {
  await page.evaluate((t) => {
    const w = window as unknown as { __events?: Record<string, unknown[]> };
    w.__events ??= {};
    const list: unknown[] = (w.__events[t] = []);
    document.addEventListener(t, (e) => list.push((e as CustomEvent).detail));
  }, type);
}

export function recorded<T>(page: Page, type: string): Promise<T[]> {
  return page.evaluate((t) => ((window as unknown as { __events?: Record<string, unknown[]> }).__events?.[t] ?? []) as never, type);
}
