import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, screenshotPath } from './browser';
import { pressTool } from './tool-helpers';
import { openApp } from './workspace-helpers';

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

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface Layout {
  width: number;
  height: number;
  map: Box;
  legend?: Box & { columns: number };
  scale: { metres: number; pixels: number; unit: string };
  northArrow: { x: number; y: number; size: number };
}

/** Statistics of a region of a PNG, decoded in the page: share of dark (ink) pixels, of saturated (coloured) pixels, distinct colours. */
async function regionStats(png: Buffer, box: Box): Promise<{ dark: number; colour: number; distinct: number }> {
  return page.evaluate(
    async ([b64, r]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const d = ctx.getImageData(Math.round(r.x), Math.round(r.y), Math.max(1, Math.round(r.w)), Math.max(1, Math.round(r.h))).data;
      let dark = 0;
      let colour = 0;
      const seen = new Set<number>();
      for (let i = 0; i < d.length; i += 4) {
        const [R, G, B] = [d[i], d[i + 1], d[i + 2]];
        if (R + G + B < 300) dark++;
        if (Math.max(R, G, B) - Math.min(R, G, B) > 80) colour++;
        seen.add((R >> 4) * 256 + (G >> 4) * 16 + (B >> 4));
      }
      const n = d.length / 4;
      return { dark: dark / n, colour: colour / n, distinct: seen.size };
    },
    [png.toString('base64'), box] as const,
  );
}

describe('plan-print', () => {
  let png: Buffer;
  let layout: Layout;

  test('exports a PNG sheet named after the county and the date, at the map resolution plus furniture', async () => {
    await pressTool(page, 'print');
    await page.waitForSelector('plan-print button[data-action="png"]:not([disabled])');
    expect(await page.locator('plan-print input[name="title"]').inputValue()).toBe('卢氏县“十四五”规划一张图');
    await page.fill('plan-print input[name="review"]', '豫S(2025)001号');
    const download = page.waitForEvent('download');
    await page.click('plan-print button[data-action="png"]');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^卢氏县规划图-\d{8}\.png$/);
    png = readFileSync((await file.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await file.saveAs(screenshotPath('print-sheet'));
    layout = await page.evaluate(() => (document.querySelector('plan-app')!.shadowRoot!.querySelector('plan-print') as unknown as { lastSheet: { layout: Layout } }).lastSheet.layout);
    // PNG IHDR: width and height, big-endian, at bytes 16–23.
    expect(png.readUInt32BE(16)).toBe(layout.width);
    expect(png.readUInt32BE(20)).toBe(layout.height);
    const canvas = await page.evaluate(() => {
      const c = (window as unknown as { __planMaps: () => { map: { getCanvas(): HTMLCanvasElement } }[] }).__planMaps()[0].map.getCanvas();
      return { w: c.width, h: c.height };
    });
    expect(layout.map.w).toBe(canvas.w);
    expect(layout.map.h).toBe(canvas.h);
    expect(layout.width).toBeGreaterThan(canvas.w + 150);
    expect(layout.height).toBeGreaterThan(canvas.h + 80);
    expect(await page.locator('plan-print .status').innerText()).toContain('卢氏县规划图-');
  });

  test('the sheet carries the map, title, legend, north arrow, scale bar and notes (not a blank image)', async () => {
    const map = await regionStats(png, layout.map);
    expect(map.distinct).toBeGreaterThan(20);
    expect(map.colour).toBeGreaterThan(0.002);
    const title = await regionStats(png, { x: 0, y: 0, w: layout.width, h: layout.map.y - 8 });
    expect(title.dark).toBeGreaterThan(0.01);
    const legend = await regionStats(png, layout.legend!);
    expect(legend.colour).toBeGreaterThan(0.005);
    expect(legend.dark).toBeGreaterThan(0.01);
    const n = layout.northArrow;
    const arrow = await regionStats(png, { x: n.x - n.size * 0.3, y: n.y - n.size * 0.6, w: n.size * 0.6, h: n.size * 1.2 });
    expect(arrow.dark).toBeGreaterThan(0.05);
    const bar = await regionStats(png, { x: layout.map.x + 16, y: layout.map.y + layout.map.h - 23, w: layout.scale.pixels, h: 6 });
    expect(bar.dark).toBeGreaterThan(0.3);
    expect(bar.dark).toBeLessThan(0.8);
    const footer = await regionStats(png, { x: 0, y: layout.map.y + layout.map.h + 8, w: layout.width, h: layout.height - layout.map.y - layout.map.h - 8 });
    expect(footer.dark).toBeGreaterThan(0.01);
  });

  test('the scale bar matches the ground distance MapLibre measures at the centre', async () => {
    const mpp = await page.evaluate(() => {
      type M = {
        getCanvas(): HTMLCanvasElement;
        unproject(p: [number, number]): { distanceTo(o: unknown): number };
      };
      const map = (window as unknown as { __planMaps: () => { map: M }[] }).__planMaps()[0].map;
      const c = map.getCanvas();
      const y = c.clientHeight / 2;
      const x = c.clientWidth / 2;
      return map.unproject([x - 50, y]).distanceTo(map.unproject([x + 50, y])) / 100;
    });
    const sheetMpp = layout.scale.metres / layout.scale.pixels;
    // MapLibre measures on a sphere (R = 6371008.8 m) and the sheet on the Web Mercator scale: both within 0.5 %.
    expect(Math.abs(sheetMpp - mpp) / mpp).toBeLessThan(0.005);
    expect([1, 2, 5]).toContain(layout.scale.metres / 10 ** Math.floor(Math.log10(layout.scale.metres)));
  });

  test('print view: only the composed sheet is printed', async () => {
    await page.evaluate(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => void ((window as unknown as { __printed: number }).__printed += 1);
    });
    await page.click('plan-print button[data-action="print"]');
    await page.waitForFunction(() => (window as unknown as { __printed: number }).__printed === 1);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      app: getComputedStyle(document.querySelector('plan-app')!).display,
      sheet: getComputedStyle(document.getElementById('plan-print-sheet')!).display,
      img: (document.querySelector('#plan-print-sheet img') as HTMLImageElement).naturalWidth,
    }));
    expect(shown.app).toBe('none');
    expect(shown.sheet).toBe('block');
    expect(shown.img).toBe(layout.width);
    await page.screenshot({ path: screenshotPath('print-view'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('plan-print-sheet')!).display)).toBe('none');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.evaluate(() => document.getElementById('plan-print-sheet'))).toBeNull();
  });
});
