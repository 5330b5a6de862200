import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { idle, launch, screenshotPath } from './browser';
import { openApp, renderedCount, renderedWithStatus, withController } from './workspace-helpers';

let browser: Browser;
let page: Page;
let errors: string[];
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
  const opened = await openApp(browser, baseUrl);
  page = opened.page;
  errors = opened.log.errors;
});
afterAll(async () => {
  await browser?.close();
});

const panel = (sel: string) => page.locator(`plan-layer-panel ${sel}`);
const settle = async () => {
  await page.waitForTimeout(150);
  await idle(page);
};

describe('layer panel', () => {
  test('groups follow the manifest, in its order', async () => {
    const shown = await panel('li.group').evaluateAll((els) => els.map((e) => e.getAttribute('data-group')));
    const manifest = await withController<string[]>(page, `c.data.manifest.groups.map(g => g.id).filter(g => c.layerSpecs().some(l => l.group === g))`);
    expect(shown).toEqual(manifest);
  });

  test('toggling a layer off hides its features; on shows them again', async () => {
    expect(await renderedCount(page, 'structure-sub')).toBeGreaterThan(0);
    await panel('#l-structure-sub').click();
    await settle();
    expect(await renderedCount(page, 'structure-sub')).toBe(0);
    expect(await withController<boolean>(page, `c.state.get('structure-sub').visible`)).toBe(false);
    await panel('#l-structure-sub').click();
    await settle();
    expect(await renderedCount(page, 'structure-sub')).toBeGreaterThan(0);
  });

  test('group toggle has a real mixed state and switches the whole group', async () => {
    const group = panel('li.group[data-group="structure"] input.group-toggle');
    const mixed = () => group.evaluate((el) => (el as HTMLInputElement).indeterminate);
    const checked = () => group.evaluate((el) => (el as HTMLInputElement).checked);
    // One structure layer is off by default (主中心依托干线), so the group starts mixed.
    await withController(page, `c.setLayerVisible('structure-sub', false)`);
    await page.waitForTimeout(100);
    expect(await mixed()).toBe(true);
    await group.click();
    await settle();
    expect(await mixed()).toBe(false);
    expect(await checked()).toBe(true);
    const structure = await withController<string[]>(page, `c.layerSpecs().filter(l => l.group === 'structure').map(l => l.id)`);
    for (const id of structure) expect(await withController<boolean>(page, `c.state.get('${id}').visible`), id).toBe(true);
    await group.click();
    await settle();
    for (const id of structure) expect(await renderedCount(page, id), id).toBe(0);
    await group.click();
    await settle();
    expect(await renderedCount(page, 'structure-main')).toBeGreaterThan(0);
  });

  test('a status filter hides planned (规划) features and the counts follow', async () => {
    expect(await renderedWithStatus(page, '规划')).toBeGreaterThan(0);
    const countBefore = await panel('li[data-layer="structure-sub"] .count').innerText();
    await panel('.filter label.chip:has-text("规划") input').uncheck();
    await settle();
    expect(await renderedWithStatus(page, '规划')).toBe(0);
    expect(await renderedWithStatus(page, '现状')).toBeGreaterThan(0);
    const countAfter = await panel('li[data-layer="structure-sub"] .count').innerText();
    expect(countAfter).not.toBe(countBefore);
    expect(countAfter).toMatch(/^0\/\d+$/);
    await page.screenshot({ path: screenshotPath('workspace-filter-no-planned') });
    await panel('.filter button.reset').click();
    await settle();
    expect(await renderedWithStatus(page, '规划')).toBeGreaterThan(0);
  });

  test('an accuracy filter hides schematic features', async () => {
    await panel('.filter label.chip:has-text("示意") input').uncheck();
    await settle();
    const schematic = await page.evaluate(() => {
      type M = { getLayersOrder(): string[]; queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[] };
      const map = (window as unknown as { __planMaps: () => { map: M }[] }).__planMaps()[0].map;
      const ids = map.getLayersOrder().filter((x) => x.startsWith('plan/') && !x.endsWith('/label'));
      return map.queryRenderedFeatures({ layers: ids }).filter((f) => f.properties.accuracy === 'schematic').length;
    });
    expect(schematic).toBe(0);
    await panel('.filter button.reset').click();
    await settle();
  });

  test('keyboard reordering: Alt+↑ moves a layer up within its group and keeps focus', async () => {
    const order = () => withController<string[]>(page, `c.state.order`);
    const before = await order();
    const toggle = panel('#l-structure-towns');
    await toggle.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.waitForTimeout(150);
    const after = await order();
    expect(after).not.toEqual(before);
    const structureOrder = (o: string[], ids: string[]) => o.filter((x) => ids.includes(x));
    const ids = await withController<string[]>(page, `c.layerSpecs().filter(l => l.group === 'structure').map(l => l.id)`);
    const b = structureOrder(before, ids);
    const a = structureOrder(after, ids);
    expect(a.indexOf('structure-towns')).toBe(b.indexOf('structure-towns') + 1);
    const focused = await page.evaluate(() => {
      const p = document.querySelector('plan-app')!.shadowRoot!.querySelector('plan-layer-panel')!;
      return p.shadowRoot!.activeElement?.id;
    });
    expect(focused).toBe('l-structure-towns');
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForTimeout(150);
    expect(structureOrder(await order(), ids)).toEqual(b);
  });

  test('opacity slider changes the layer opacity on the map', async () => {
    await panel('li[data-layer="zones-five"] button.settings').click();
    const slider = panel('li[data-layer="zones-five"] input[type="range"]');
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(100);
    const o = await withController<number>(page, `c.state.get('zones-five').opacity`);
    expect(o).toBeCloseTo(0.7, 5);
    const paint = await withController<number>(page, `map.getPaintProperty('plan/zones-five/fill', 'fill-opacity')`);
    const base = await withController<number>(page, `c.layerSpec('zones-five').style.fill_opacity ?? 0.35`);
    expect(paint).toBeCloseTo(base * 0.7, 5);
    await page.screenshot({ path: screenshotPath('workspace-layer-settings') });
  });
});

describe('legend', () => {
  test('lists exactly the visible layers, with swatch colours from the manifest style', async () => {
    const legendIds = async () => page.locator('plan-legend .layer').evaluateAll((els) => els.map((e) => e.getAttribute('data-layer')));
    const visible = await withController<string[]>(page, `c.state.visibleIds()`);
    expect(new Set(await legendIds())).toEqual(new Set(visible));
    const fill = await page.locator('plan-legend .layer[data-layer="structure-sub"] circle').first().getAttribute('fill');
    expect(fill).toBe(await withController<string>(page, `c.layerSpec('structure-sub').style.color`));
    await withController(page, `c.setLayerVisible('structure-sub', false)`);
    await page.waitForTimeout(100);
    expect(await legendIds()).not.toContain('structure-sub');
    await withController(page, `c.setLayerVisible('structure-sub', true)`);
    const explain = await page.locator('plan-legend .explain').innerText();
    expect(explain).toContain('示意');
    expect(explain).toContain('前期');
  });
});

describe('catalogue', () => {
  test('is reachable from the layer panel and shows 一主两副 as a tree; a mapped member selects it', async () => {
    await panel('button.catalogue-button').click();
    await page.waitForTimeout(200);
    const tab = await page.locator('plan-app [role="tab"][aria-selected="true"]').getAttribute('id');
    expect(tab).toBe('tab-catalogue');
    const cat = (sel: string) => page.locator(`plan-app #panel-catalogue plan-catalogue ${sel}`);
    await cat('li.group:has-text("城镇空间结构") > button.disclosure').click();
    await cat('[data-entry="ucs_structure"] > .entry-head').click();
    const tree = cat('[data-entry="ucs_structure"] ul.tree');
    // id → ids of its children, read from the nested lists.
    const children = await tree.evaluate((ul) => {
      const out: Record<string, string[]> = {};
      for (const li of ul.querySelectorAll('li')) {
        const id = li.querySelector(':scope > button')?.getAttribute('data-id');
        if (id) out[id] = [...li.querySelectorAll(':scope > ul > li > button')].map((b) => b.getAttribute('data-id') ?? '');
      }
      return out;
    });
    // The southern sub-centre holds its two towns and the towns it radiates to; the main centre its driven towns.
    expect(children.ucs_sub_south).toEqual(expect.arrayContaining(['ucs_sub_south_wulichuan', 'ucs_sub_south_zhuyangguan', 'ucs_rad_tanghe', 'ucs_rad_wayaogou', 'ucs_rad_shiziping']));
    expect(children.ucs_main).toEqual(expect.arrayContaining(['ucs_drive_fanli', 'ucs_drive_wenyu']));
    expect(children.ucs_sub_north).toEqual(expect.arrayContaining(['ucs_sub_north_guandaokou', 'ucs_sub_north_duguan']));
    expect(children.ucs_cluster).toHaveLength(5);
    await page.screenshot({ path: screenshotPath('workspace-catalogue-tree') });
    await tree.locator('button[data-id="ucs_sub_south_wulichuan"]').click();
    await page.waitForTimeout(200);
    expect(await withController<string>(page, `c.selectedId`)).toBe('ucs_sub_south_wulichuan');
    expect(await page.locator('plan-inspector h2#heading').innerText()).toContain('五里川');
  });

  test('an unlocated entry shows its quote and why it has no place on the map', async () => {
    const cat = (sel: string) => page.locator(`plan-app #panel-catalogue plan-catalogue ${sel}`);
    await cat('li.group:has-text("旅游康养") > button.disclosure').click();
    await cat('[data-entry="tour_core8"] > .entry-head').click();
    const details = await cat('[data-entry="tour_core8"] .details').innerText();
    expect(details).toContain('即八个核心旅游景区(名胜)');
    expect(details).toContain('规划未列出具体名称和位置');
    await cat('[data-entry="tour_core8"] .actions button').first().click();
    await page.waitForTimeout(150);
    const insp = await page.locator('plan-inspector .panel').innerText();
    expect(insp).toContain('为何不在地图上');
    expect(insp).toContain('L128');
    expect(errors).toEqual([]);
  });
});
