import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { idle, launch, screenshotPath, waitForMap } from './browser';
import { camera, pressTool, recordEvents, recorded } from './tool-helpers';
import { openApp } from './workspace-helpers';

let browser: Browser;
/** One page for the whole file (each test continues where the last left off): three maps are slow to start in SwiftShader. */
let page: Page;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
  page = await openCompare();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the app and the compare tool; resolves when both compared maps are drawn. */
async function openCompare(): Promise<Page> {
  const { page } = await openApp(browser, baseUrl);
  await recordEvents(page, 'plan-compare-change');
  await pressTool(page, 'compare');
  await waitForMap(page, 1);
  await waitForMap(page, 2);
  await page.waitForTimeout(300);
  return page;
}

/** Statuses of the plan features drawn on map `index` inside the page-x range [x0, x1). */
function statusesIn(page: Page, index: number, x0: number, x1: number): Promise<string[]> {
  return page.evaluate(
    ([i, a, b]) => {
      type M = {
        getLayersOrder(): string[];
        getCanvas(): HTMLCanvasElement;
        queryRenderedFeatures(box: [[number, number], [number, number]], o: { layers: string[] }): { properties: Record<string, unknown> }[];
      };
      const map = (window as unknown as { __planMaps: () => { map: M }[] }).__planMaps()[i].map;
      const r = map.getCanvas().getBoundingClientRect();
      const layers = map.getLayersOrder().filter((x) => x.startsWith('plan/') && !x.endsWith('/label'));
      const box: [[number, number], [number, number]] = [
        [Math.max(0, a - r.left), 0],
        [Math.min(r.width, b - r.left), r.height],
      ];
      return [...new Set(map.queryRenderedFeatures(box, { layers }).map((f) => String(f.properties.status)))].sort();
    },
    [index, x0, x1] as const,
  );
}

describe('plan-compare', () => {
  test('swipe shows 现状 left of the divider and the planned set right of it', async () => {
    const stage = (await page.locator('plan-compare').boundingBox())!;
    const divider = (await page.locator('plan-compare [role="slider"]').boundingBox())!;
    const dx = divider.x + divider.width / 2;
    expect(Math.abs(dx - (stage.x + stage.width / 2))).toBeLessThan(2);

    const left = await statusesIn(page, 1, stage.x, dx);
    const right = await statusesIn(page, 2, dx, stage.x + stage.width);
    expect(left).toEqual(['现状']);
    expect(right.length).toBeGreaterThan(0);
    expect(right).not.toContain('现状');
    expect(right).toContain('规划');

    // What the user sees (and clicks) on each side is that side's map: the right one is clipped at the divider.
    const hit = await page.evaluate(
      ([xl, xr, y]) => {
        const root = document.querySelector('plan-app')!.shadowRoot!.querySelector('plan-compare')!.shadowRoot!;
        const at = (x: number) => root.elementFromPoint(x, y)?.closest('plan-map')?.className;
        return [at(xl), at(xr)];
      },
      [dx - 150, dx + 150, stage.y + stage.height / 2] as const,
    );
    expect(hit).toEqual(['left', 'right']);
    const labels = await page.locator('plan-compare [part="label"]').allInnerTexts();
    expect(labels).toEqual(['现状', '规划']);
    await page.screenshot({ path: screenshotPath('compare-swipe') });
  });

  test('the divider is a keyboard slider and follows a mouse drag', async () => {
    const slider = page.locator('plan-compare [role="slider"]');
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    expect(await slider.getAttribute('aria-valuenow')).toBe('40');
    await page.keyboard.press('PageUp');
    expect(await slider.getAttribute('aria-valuenow')).toBe('50');
    await page.keyboard.press('Home');
    expect(await slider.getAttribute('aria-valuenow')).toBe('0');
    await page.keyboard.press('End');
    expect(await slider.getAttribute('aria-valuenow')).toBe('100');
    // At 100 % the planned map is clipped away entirely.
    const clip = await page.evaluate(() => {
      const root = document.querySelector('plan-app')!.shadowRoot!.querySelector('plan-compare')!.shadowRoot!;
      return getComputedStyle(root.querySelector('.pane-right')!).clipPath;
    });
    expect(clip).toMatch(/inset\(0px 0px 0px 100%\)/);
    const events = await recorded<{ mode: string; position: number }>(page, 'plan-compare-change');
    expect(events.map((e) => e.position)).toEqual([48, 46, 44, 42, 40, 50, 0, 100]);
    expect(events.every((e) => e.mode === 'swipe')).toBe(true);
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
    expect(await slider.getAttribute('aria-valuenow')).toBe('50');

    const stage = (await page.locator('plan-compare').boundingBox())!;
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, stage.y + stage.height / 2);
    await page.mouse.down();
    await page.mouse.move(stage.x + stage.width * 0.6, stage.y + stage.height / 2, { steps: 5 });
    await page.mouse.move(stage.x + stage.width * 0.25, stage.y + stage.height / 2, { steps: 5 });
    await page.mouse.up();
    const pos = Number(await slider.getAttribute('aria-valuenow'));
    expect(Math.abs(pos - 25)).toBeLessThanOrEqual(0.5);
    const last = (await recorded<{ position: number }>(page, 'plan-compare-change')).at(-1)!;
    expect(last.position).toBe(pos);
    await page.screenshot({ path: screenshotPath('compare-swipe-dragged') });
  });

  test('side by side: the two maps stay on the same view when either one is moved', async () => {
    await pressTool(page, 'mode-side');
    await page.waitForFunction(() => document.querySelector('plan-app')?.shadowRoot?.querySelector('plan-compare')?.getAttribute('mode') === 'side');
    await page.waitForTimeout(400);
    const [l, r] = await Promise.all([page.locator('plan-compare plan-map.left').boundingBox(), page.locator('plan-compare plan-map.right').boundingBox()]);
    expect(l!.x + l!.width).toBeLessThanOrEqual(r!.x);
    expect(Math.abs(l!.width - r!.width)).toBeLessThan(2);

    const before = await camera(page, 1);
    // Drag the left map.
    const y = l!.y + l!.height / 2;
    await page.mouse.move(l!.x + l!.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(l!.x + l!.width / 2 - 140, y + 90, { steps: 8 });
    await page.mouse.up();
    await idle(page, 1);
    await idle(page, 2);
    const a1 = await camera(page, 1);
    const b1 = await camera(page, 2);
    expect(Math.abs(a1.lng - before.lng)).toBeGreaterThan(0.05);
    expect(b1.lng).toBeCloseTo(a1.lng, 9);
    expect(b1.lat).toBeCloseTo(a1.lat, 9);
    expect(b1.zoom).toBeCloseTo(a1.zoom, 9);

    // Zoom the right map with the wheel: the left one follows.
    await page.mouse.move(r!.x + r!.width / 2, r!.y + r!.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(600);
    await idle(page, 2);
    await idle(page, 1);
    const a2 = await camera(page, 1);
    const b2 = await camera(page, 2);
    expect(b2.zoom).toBeGreaterThan(b1.zoom + 0.2);
    expect(a2.zoom).toBeCloseTo(b2.zoom, 9);
    expect(a2.lng).toBeCloseTo(b2.lng, 9);
    expect(a2.lat).toBeCloseTo(b2.lat, 9);
    await page.screenshot({ path: screenshotPath('compare-side') });
  });
});
