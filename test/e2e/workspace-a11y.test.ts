import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, screenshotPath } from './browser';
import { deepActive, featurePixel, openApp, withController } from './workspace-helpers';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('language', () => {
  test('switching to English changes the UI strings (and the map labels); back to 中文 restores them', async () => {
    const { page, log } = await openApp(browser, baseUrl);
    const texts = async () => ({
      tab: await page.locator('plan-app #tab-layers').innerText(),
      catalogueTab: await page.locator('plan-app #tab-catalogue').innerText(),
      placeholder: await page.locator('plan-search input').getAttribute('placeholder'),
      group: await page.locator('plan-layer-panel li.group[data-group="structure"] .gname').innerText(),
      filter: await page.locator('plan-layer-panel .filter > button').innerText(),
      legend: await page.locator('plan-legend button.toggle').innerText(),
      chip: await page.locator('plan-layer-panel .filter label.chip').first().innerText(),
      title: await page.locator('plan-app h1 .long').innerText(),
    });
    const zh = await texts();
    expect(zh).toMatchObject({ tab: '图层', catalogueTab: '目录', group: '城镇空间结构' });
    await page.locator('plan-lang-switch button[lang="en"]').click();
    await page.waitForTimeout(300);
    const en = await texts();
    expect(en.tab).toBe('Layers');
    expect(en.catalogueTab).toBe('Catalogue');
    expect(en.group).toBe('Town structure');
    expect(en.placeholder).toMatch(/Search/);
    expect(en.filter).toMatch(/Filter/);
    expect(en.legend).toMatch(/Legend/);
    expect(en.chip).toMatch(/Existing/);
    expect(en.title).not.toBe(zh.title);
    for (const [k, v] of Object.entries(en)) expect(v, k).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await withController<string>(page, 'c.lang')).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const label = await withController<unknown>(page, `JSON.stringify(map.getLayoutProperty('plan/structure-sub/label', 'text-field'))`);
    expect(String(label)).toContain('name_en');
    const { x, y } = await featurePixel(page, 'ucs_sub_south_wulichuan');
    await page.mouse.click(x, y);
    await page.waitForTimeout(300);
    const insp = await page.locator('plan-inspector .panel').innerText();
    expect(insp).toContain('Plan text');
    expect(insp).toContain('Wulichuan');
    await page.screenshot({ path: screenshotPath('workspace-english') });
    await page.locator('plan-lang-switch button[lang="zh-CN"]').click();
    await page.waitForTimeout(300);
    expect(await texts()).toEqual(zh);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard', () => {
  test('Tab reaches every kind of control in a logical order, each with a visible focus ring', async () => {
    const { page, log } = await openApp(browser, baseUrl);
    const seen: { key: string; outline: string }[] = [];
    for (let i = 0; i < 140; i++) {
      await page.keyboard.press('Tab');
      const a = await deepActive(page);
      if (!a) continue;
      seen.push({ key: `${a.host}>${a.tag}${a.role ? `[${a.role}]` : ''}:${a.label}`, outline: a.outline });
    }
    const first = (re: RegExp) => seen.findIndex((s) => re.test(s.key));
    const expected: [string, RegExp][] = [
      ['skip link', /^plan-app>a:/],
      ['side panel toggle', /^plan-app>button:/],
      ['search', /^plan-search>input\[combobox\]/],
      ['language', /^plan-lang-switch>button:English/],
      ['side tabs', /^plan-app>button\[tab\]:图层/],
      ['status filter', /^plan-layer-panel>input:现状/],
      ['layer toggle', /^plan-layer-panel>input:主中心/],
      ['group toggle', /^plan-layer-panel>input:显示本组全部图层/],
      ['group disclosure', /^plan-layer-panel>button:[\s\S]*城镇空间结构/],
      ['layer settings', /^plan-layer-panel>button:图层设置/],
      ['catalogue', /^plan-layer-panel>button:未定位要素目录/],
      ['map canvas', /^plan-map>canvas/],
      ['zoom', /^plan-map>button:/],
      ['legend', /^plan-legend>button:/],
      ['basemap', /^plan-basemap-switcher>button:/],
    ];
    for (const [name, re] of expected) expect(first(re), `${name} reached by Tab (${re})`).toBeGreaterThanOrEqual(0);
    // Header, then side panel, then the map.
    expect(first(/^plan-search/)).toBeLessThan(first(/^plan-layer-panel/));
    expect(first(/^plan-layer-panel/)).toBeLessThan(first(/^plan-map>canvas/));
    const noRing = seen.filter((s) => !s.outline).map((s) => s.key);
    expect(noRing, 'controls without a visible focus style').toEqual([]);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  test('the side panel collapses and reopens from the keyboard; tabs switch with arrow keys', async () => {
    const { page } = await openApp(browser, baseUrl);
    const toggle = page.locator('plan-app button.side-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('plan-app aside.side').isHidden()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator('plan-app aside.side').isVisible()).toBe(true);
    await page.locator('plan-app #tab-layers').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('plan-app #tab-catalogue').getAttribute('aria-selected')).toBe('true');
    expect((await deepActive(page))?.label).toBe('目录');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('plan-app #tab-list').getAttribute('aria-selected')).toBe('true');
    await page.context().close();
  });
});

describe('layout', () => {
  test('desktop 1280×800 with the inspector open', async () => {
    const { page } = await openApp(browser, baseUrl, { width: 1280, height: 800 });
    await withController(page, `c.select('ucs_sub_south_wulichuan')`);
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath('workspace-desktop') });
    const box = await page.locator('plan-app aside.details').boundingBox();
    expect(box?.width).toBeGreaterThan(250);
    await page.context().close();
  });

  test('phone 390×844: panels collapse to a drawer and a bottom sheet', async () => {
    const { page, log } = await openApp(browser, baseUrl, { width: 390, height: 844 });
    expect(await page.locator('plan-app aside.side').isHidden()).toBe(true);
    await page.screenshot({ path: screenshotPath('workspace-phone') });
    await page.locator('plan-app button.side-toggle').click();
    await page.waitForTimeout(200);
    expect(await page.locator('plan-app aside.side').isVisible()).toBe(true);
    const side = await page.locator('plan-app aside.side').boundingBox();
    expect(side!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: screenshotPath('workspace-phone-layers') });
    await page.locator('plan-app button.side-toggle').click();
    await page.locator('plan-search input').fill('五里川');
    await page.waitForTimeout(200);
    await page.screenshot({ path: screenshotPath('workspace-phone-search') });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
    const sheet = await page.locator('plan-app aside.details').boundingBox();
    expect(sheet!.width).toBeGreaterThan(380);
    expect(sheet!.y + sheet!.height).toBeCloseTo(844, -1);
    await page.screenshot({ path: screenshotPath('workspace-phone-inspector') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});
