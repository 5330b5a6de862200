import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { idle, launch, screenshotPath } from './browser';
import { deepActive, featurePixel, openApp, withController } from './workspace-helpers';

let browser: Browser;
let page: Page;
let errors: string[];
const dialogs: string[] = [];
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
  const opened = await openApp(browser, baseUrl);
  page = opened.page;
  errors = opened.log.errors;
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});
afterAll(async () => {
  await browser?.close();
});

const insp = (sel: string) => page.locator(`plan-inspector ${sel}`);

describe('inspector', () => {
  test('clicking 五里川 on the map opens it with its quote highlighted inside the full plan paragraph', async () => {
    const { x, y } = await featurePixel(page, 'ucs_sub_south_wulichuan');
    await page.mouse.click(x, y);
    await page.waitForTimeout(300);
    expect(await withController<string>(page, 'c.selectedId')).toBe('ucs_sub_south_wulichuan');
    expect(await insp('h2#heading').innerText()).toBe('五里川镇');
    const quote = await withController<string>(page, `c.index.feature('ucs_sub_south_wulichuan').feature.properties.quote`);
    const line = await withController<string>(page, 'c.data.plan.lines.get(179)');
    expect(await insp('.source mark').innerText()).toBe(quote);
    const para = await insp('.source p.para').first().innerText();
    expect(para).toBe(line);
    expect(para.length).toBeGreaterThan(quote.length + 20);
    const facts = await insp('dl.facts').first().innerText();
    expect(facts).toContain('县域副中心');
    expect(facts).toContain('规划');
    expect(facts).toContain('近似');
    expect(await insp('.panel').innerText()).toContain('定位依据');
    const related = await insp('section.related button').evaluateAll((b) => b.map((e) => e.getAttribute('data-id')));
    expect(related).toEqual(expect.arrayContaining(['ucs_sub_south', 'ucs_sub_south_zhuyangguan']));
    await page.screenshot({ path: screenshotPath('workspace-inspector-wulichuan') });
  });

  test('following the sub-centre link shows the towns it radiates to and highlights them', async () => {
    await insp('section.related button[data-id="ucs_sub_south"]').click();
    await page.waitForTimeout(300);
    await idle(page);
    expect(await withController<string>(page, 'c.selectedId')).toBe('ucs_sub_south');
    expect(await insp('.schematic-note').innerText()).toContain('示意');
    const related = await insp('section.related button').evaluateAll((b) => b.map((e) => e.getAttribute('data-id')));
    expect(related).toEqual(expect.arrayContaining(['ucs_rad_tanghe', 'ucs_rad_wayaogou', 'ucs_rad_shiziping']));
    // What the highlight layer holds (the whole set, not only what is in view).
    const lit = await page.evaluate(async () => {
      type S = { getData(): Promise<GeoJSON.FeatureCollection> };
      const map = (window as unknown as { __planMaps: () => { map: { getSource(id: string): S } }[] }).__planMaps()[0].map;
      const data = await map.getSource('plan/highlight').getData();
      return data.features.filter((f) => f.properties?.__role === 'related').map((f) => f.properties?.id);
    });
    expect(lit).toEqual(expect.arrayContaining(['ucs_rad_tanghe', 'ucs_rad_wayaogou', 'ucs_rad_shiziping']));
    await page.screenshot({ path: screenshotPath('workspace-inspector-sub-centre') });
    await insp('button.back').click();
    await page.waitForTimeout(200);
    expect(await withController<string>(page, 'c.selectedId')).toBe('ucs_sub_south_wulichuan');
  });

  test('Escape closes the inspector and clears the selection', async () => {
    await insp('h2#heading').focus();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(150);
    expect(await withController<string | undefined>(page, 'c.selectedId')).toBeUndefined();
    expect(await page.locator('plan-app aside.details').isHidden()).toBe(true);
  });

  test('property values are text: <img src=x onerror=alert(1)> creates no element and runs nothing', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    await page.evaluate((name) => {
      const el = (window as unknown as { __planMaps: () => { controller: { addUserLayer(s: unknown, fc: unknown): void; select(id: string): void } }[] }).__planMaps()[0];
      el.controller.addUserLayer(
        { id: 'evil', group: 'user', title: { zh: name, en: name }, geometry: 'point', data: 'evil.geojson', style: { color: '#8e44ad', label: 'name' }, legend: [{ label: { zh: name, en: name } }], visible: true },
        {
          type: 'FeatureCollection',
          features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [111.04, 34.05] }, properties: { id: 'evil-1', name, quote: name, plan_ref: name, note: `<script>alert(2)</script>${name}` } }],
        },
      );
      el.controller.select('evil-1');
    }, evil);
    await page.waitForTimeout(400);
    expect(await insp('h2#heading').innerText()).toBe(evil);
    expect(await insp('.other').innerText()).toContain('<script>alert(2)</script>');
    // Search shows it as text too, and the layer panel / legend list the title as text.
    await page.locator('plan-search input').fill('<img');
    await page.waitForTimeout(200);
    expect(await page.locator('plan-search [role="option"]').first().innerText()).toContain(evil);
    await page.locator('plan-search input').fill('');
    const imgs = await page.evaluate(() => {
      let n = 0;
      const walk = (root: Document | ShadowRoot) => {
        n += root.querySelectorAll('img, script:not([type="module"])').length;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
      };
      walk(document);
      return n;
    });
    expect(imgs).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: screenshotPath('workspace-inspector-xss-as-text') });
    await withController(page, `c.removeUserLayer('evil')`);
  });
});

describe('feature list', () => {
  test('lists the features in view; arrow keys move, Enter selects and opens the inspector', async () => {
    await withController(page, `c.select(null), map.jumpTo({ center: c.data.manifest.view.center, zoom: c.data.manifest.view.zoom })`);
    await idle(page);
    await page.locator('plan-app #tab-list').click();
    await page.waitForTimeout(600);
    const options = page.locator('plan-feature-list [role="option"]');
    const n = await options.count();
    const inView = await withController<number>(page, 'c.featuresInView().length');
    expect(n).toBe(inView);
    expect(n).toBeGreaterThan(5);
    const first = await options.first().innerText();
    expect(first).toMatch(/·/);
    await options.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await deepActive(page);
    expect(active?.role).toBe('option');
    const id = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.getAttribute('data-id');
    });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await withController<string>(page, 'c.selectedId')).toBe(id);
    const focused = await deepActive(page);
    expect(focused?.host).toBe('plan-inspector');
    expect(focused?.tag).toBe('h2');
    await page.screenshot({ path: screenshotPath('workspace-feature-list') });
  });

  test('refreshes when the view changes', async () => {
    const before = await page.locator('plan-feature-list [role="option"]').count();
    await withController(page, `map.jumpTo({ center: [111.04, 34.055], zoom: 14 })`);
    await idle(page);
    await page.waitForTimeout(600);
    const after = await page.locator('plan-feature-list [role="option"]').count();
    expect(after).not.toBe(before);
    expect(after).toBe(await withController<number>(page, 'c.featuresInView().length'));
    expect(errors).toEqual([]);
  });
});
