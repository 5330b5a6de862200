import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, screenshotPath } from './browser';
import { recordEvents, recorded } from './tool-helpers';
import { deepActive, openApp } from './workspace-helpers';

let browser: Browser;
let page: Page;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
  ({ page } = await openApp(browser, baseUrl));
  await recordEvents(page, 'plan-tool-change');
});
afterAll(async () => {
  await browser?.close();
});

const pressed = (tool: string) => page.locator(`plan-toolbar button[data-tool="${tool}"]`).getAttribute('aria-pressed');

describe('plan-toolbar', () => {
  test('buttons with icon and text; one Tab stop; arrows, Home and End move along the toolbar', async () => {
    const buttons = page.locator('plan-toolbar button');
    expect(await buttons.allInnerTexts()).toEqual(['测距', '测面', '对比', '打印/导出']);
    expect(await page.locator('plan-toolbar button svg').count()).toBe(4);
    expect(await page.locator('plan-toolbar [role="toolbar"]').getAttribute('aria-label')).toBe('地图工具');
    const tabStops = await page.locator('plan-toolbar button[tabindex="0"]').count();
    expect(tabStops).toBe(1);
    await page.focus('plan-toolbar button[data-tool="distance"]');
    await page.keyboard.press('ArrowRight');
    expect((await deepActive(page))?.label).toBe('测面');
    await page.keyboard.press('End');
    expect((await deepActive(page))?.label).toBe('打印/导出');
    await page.keyboard.press('ArrowRight');
    expect((await deepActive(page))?.label).toBe('测距');
    await page.keyboard.press('ArrowLeft');
    expect((await deepActive(page))?.label).toBe('打印/导出');
    expect((await deepActive(page))?.outline).not.toBe('');
  });

  test('Enter opens a tool (aria-pressed, plan-tool-change), pressing again closes it; one tool at a time', async () => {
    await page.focus('plan-toolbar button[data-tool="area"]');
    await page.keyboard.press('Enter');
    expect(await pressed('area')).toBe('true');
    await page.waitForSelector('plan-measure');
    await page.focus('plan-toolbar button[data-tool="distance"]');
    await page.keyboard.press('Space');
    expect(await pressed('distance')).toBe('true');
    expect(await pressed('area')).toBe('false');
    await page.keyboard.press('Space');
    expect(await pressed('distance')).toBe('false');
    const events = await recorded<{ tool: string | null; compareMode: string }>(page, 'plan-tool-change');
    expect(events).toEqual([
      { tool: 'area', compareMode: 'swipe' },
      { tool: 'distance', compareMode: 'swipe' },
      { tool: null, compareMode: 'swipe' },
    ]);
  });

  test('compare shows its mode buttons; choosing one reports the mode', async () => {
    await page.click('plan-toolbar button[data-tool="compare"]');
    expect(await pressed('compare')).toBe('true');
    expect(await pressed('mode-swipe')).toBe('true');
    await page.click('plan-toolbar button[data-tool="mode-side"]');
    expect(await pressed('mode-side')).toBe('true');
    expect(await pressed('mode-swipe')).toBe('false');
    expect((await recorded<{ tool: string; compareMode: string }>(page, 'plan-tool-change')).at(-1)).toEqual({ tool: 'compare', compareMode: 'side' });
    await page.screenshot({ path: screenshotPath('toolbar-compare'), clip: { x: 0, y: 0, width: 1280, height: 60 } });
    await page.click('plan-toolbar button[data-tool="compare"]');
    expect(await page.locator('plan-toolbar button[data-tool="mode-side"]').count()).toBe(0);
  });

  test('labels follow the map language', async () => {
    await page.evaluate(() => (window as unknown as { __planMaps: () => { controller: { setLang(l: string): void } }[] }).__planMaps()[0].controller.setLang('en'));
    await page.waitForTimeout(100);
    expect(await page.locator('plan-toolbar button').allInnerTexts()).toEqual(['Distance', 'Area', 'Compare', 'Print / export']);
    expect(await page.locator('plan-toolbar [role="toolbar"]').getAttribute('aria-label')).toBe('Map tools');
  });
});
