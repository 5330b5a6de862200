/**
 * Helpers of the workspace browser tests (layer panel, inspector, search,
 * permalink, keyboard): open the app, read the controller, find a feature's
 * pixel, follow focus through shadow roots.
 */
import type { Browser, Page } from 'playwright-core';
import { newPage, waitForMap, type PageLog } from './browser';

export async function openApp(
  browser: Browser,
  baseUrl: string,
  opts: { hash?: string; width?: number; height?: number } = {},
): Promise<{ page: Page; log: PageLog }> {
  const { page, log } = await newPage(browser, { width: opts.width, height: opts.height });
  await page.goto(`${baseUrl}${opts.hash ? `#${opts.hash}` : ''}`);
  await waitForMap(page);
  // Components render on the controller's change events; give them a frame.
  await page.waitForTimeout(300);
  return { page, log };
}

/** Rendered MapLibre features of one plan layer (all its style layers). */
export function renderedCount(page: Page, layerId: string, filter?: { status?: string }): Promise<number> {
  return page.evaluate(
    ([id, status]) => {
      type M = { getLayersOrder(): string[]; queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[] };
      const map = (window as unknown as { __planMaps: () => { map: M }[] }).__planMaps()[0].map;
      const ids = map.getLayersOrder().filter((x) => x.startsWith(`plan/${id}/`) && !x.endsWith('/label'));
      const fs = map.queryRenderedFeatures({ layers: ids });
      return fs.filter((f) => !status || f.properties.status === status).length;
    },
    [layerId, filter?.status ?? ''] as const,
  );
}

/** Rendered features of every visible plan layer with a given status. */
export function renderedWithStatus(page: Page, status: string): Promise<number> {
  return page.evaluate((s) => {
    type M = { getLayersOrder(): string[]; queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[] };
    const map = (window as unknown as { __planMaps: () => { map: M }[] }).__planMaps()[0].map;
    const ids = map.getLayersOrder().filter((x) => x.startsWith('plan/') && !x.endsWith('/label'));
    return map.queryRenderedFeatures({ layers: ids }).filter((f) => f.properties.status === s).length;
  }, status);
}

/** Page coordinates of a point feature (or the first vertex of another geometry), from the controller index. */
export async function featurePixel(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((fid) => {
    type C = { index: { feature(id: string): { feature: GeoJSON.Feature } | undefined } };
    type M = { project(c: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement };
    const el = (window as unknown as { __planMaps: () => { map: M; controller: C }[] }).__planMaps()[0];
    const f = el.controller.index.feature(fid);
    if (!f) throw new Error(`no feature ${fid}`);
    let c: unknown = (f.feature.geometry as GeoJSON.Point).coordinates;
    while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
    const p = el.map.project(c as [number, number]);
    const r = el.map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, id);
}

/** Evaluates against the first map's controller. */
export function withController<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(() => { const c = window.__planMaps()[0].controller; const map = c.map; return (${fn}); })()`) as Promise<T>;
}

/** Describes the focused element, followed through shadow roots. */
export function deepActive(page: Page): Promise<{ tag: string; host: string; label: string; outline: string; role: string } | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let host = '';
    while (el?.shadowRoot?.activeElement) {
      host = el.localName;
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const visible = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1) || (cs.boxShadow !== 'none' && cs.boxShadow !== '');
    const labelled = (el as HTMLInputElement).labels?.[0]?.innerText;
    const label = (el.getAttribute('aria-label') ?? labelled ?? (el as HTMLElement).innerText ?? (el as HTMLInputElement).placeholder ?? '').trim().slice(0, 60);
    return { tag: el.localName, host, label, outline: visible ? `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}` : '', role: el.getAttribute('role') ?? '' };
  });
}
