import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { idle, launch, screenshotPath } from './browser';
import { deepActive, openApp, withController } from './workspace-helpers';

let browser: Browser;
let page: Page;
let errors: string[];
let requests: string[];
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
  const opened = await openApp(browser, baseUrl);
  page = opened.page;
  errors = opened.log.errors;
  requests = opened.log.requests;
});
afterAll(async () => {
  await browser?.close();
});

const input = () => page.locator('plan-search input[role="combobox"]');
const options = () => page.locator('plan-search [role="option"]');

async function search(q: string): Promise<string[]> {
  await input().fill('');
  await input().fill(q);
  await page.waitForTimeout(150);
  return options().evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
}

test('pinyin-pro is not loaded with the first paint, only when search is used', async () => {
  const scripts = () => requests.filter((u) => /\.m?js(\?|$)/.test(u) && !u.includes('worker'));
  const before = scripts().length;
  await page.waitForTimeout(300);
  expect(scripts().length).toBe(before);
  await input().focus();
  await page.waitForTimeout(500);
  // Focusing the search fetches one more module: pinyin-pro's chunk.
  expect(scripts().length).toBe(before + 1);
});

test('"朱阳关" finds 朱阳关镇 first; Enter flies there and selects it', async () => {
  const ids = await search('朱阳关');
  expect(ids[0]).toBe('ucs_sub_south_zhuyangguan');
  expect(await input().getAttribute('aria-expanded')).toBe('true');
  await page.screenshot({ path: screenshotPath('workspace-search-zhuyangguan') });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(900);
  await idle(page);
  expect(await withController<string>(page, 'c.selectedId')).toBe('ucs_sub_south_zhuyangguan');
  const center = await withController<[number, number]>(page, '[map.getCenter().lng, map.getCenter().lat]');
  expect(center[0]).toBeCloseTo(111.148, 1);
  expect(center[1]).toBeCloseTo(33.726, 1);
  expect(await page.locator('plan-inspector h2#heading').innerText()).toBe('朱阳关镇');
});

test('"Zhuyangguan", "zhuyangguan" and the initials "zyg" find it too', async () => {
  for (const q of ['Zhuyangguan', 'zhuyangguan', 'zyg']) expect((await search(q))[0], q).toBe('ucs_sub_south_zhuyangguan');
});

test('ids and catalogue entries are found; a catalogue result opens its entry', async () => {
  expect((await search('ucs_sub_south_wulichuan'))[0]).toBe('ucs_sub_south_wulichuan');
  const ids = await search('八个核心旅游景区');
  expect(ids[0]).toBe('tour_core8');
  await options().first().click();
  await page.waitForTimeout(300);
  expect(await withController<string>(page, 'c.selectedId')).toBe('tour_core8');
  expect(await page.locator('plan-inspector .panel').innerText()).toContain('为何不在地图上');
});

test('combobox keyboard: ↓/↑ move the active option, Esc closes then clears', async () => {
  await search('乡');
  const n = await options().count();
  expect(n).toBeGreaterThan(3);
  await input().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const activeId = await input().getAttribute('aria-activedescendant');
  expect(activeId).toBe('opt-2');
  expect(await page.locator('plan-search #opt-2').getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('ArrowUp');
  expect(await input().getAttribute('aria-activedescendant')).toBe('opt-1');
  await page.keyboard.press('Escape');
  expect(await input().getAttribute('aria-expanded')).toBe('false');
  expect(await input().inputValue()).toBe('乡');
  await page.keyboard.press('Escape');
  expect(await input().inputValue()).toBe('');
  expect((await deepActive(page))?.host).toBe('plan-search');
  expect(await search('没有这个地名xyz')).toEqual([]);
  expect(await page.locator('plan-search [role="listbox"]').innerText()).toContain('没有找到');
  expect(errors).toEqual([]);
});
