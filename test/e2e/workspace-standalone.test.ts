import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { idle, launch, newPage, screenshotPath, waitForMap } from './browser';
import { renderedCount, withController } from './workspace-helpers';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A host page of its own: a <plan-map> and the workspace components bound to it with for="m1", no app shell. */
const HOST = `
  <div style="display:flex;height:720px;font-family:sans-serif;--plan-accent:#0b5d3b">
    <div style="width:300px;overflow:auto;padding:6px">
      <plan-search for="m1"></plan-search>
      <plan-layer-panel for="m1"></plan-layer-panel>
    </div>
    <plan-map id="m1" style="flex:1;height:720px" controls="zoom,layers,legend,basemap,attribution"></plan-map>
    <div style="width:300px;overflow:auto;padding:6px">
      <plan-lang-switch for="m1" style="color:#333"></plan-lang-switch>
      <plan-legend for="m1"></plan-legend>
      <plan-inspector for="m1"></plan-inspector>
      <plan-feature-list for="m1" style="--plan-list-max-height:200px"></plan-feature-list>
    </div>
  </div>`;

test('the components work on their own next to a <plan-map> via for="…", and inside it via controls', async () => {
  const { page, log } = await newPage(browser, { width: 1280, height: 760 });
  await page.goto(baseUrl);
  await waitForMap(page);
  // Swap the app for a plain host page; the elements are already defined by the bundle.
  await page.evaluate((html) => {
    document.querySelector('plan-app')?.remove();
    history.replaceState(null, '', location.pathname);
    document.body.innerHTML = html;
  }, HOST);
  await waitForMap(page);
  await page.waitForTimeout(400);

  // Layer panel bound through for=.
  await page.locator('body > div > div plan-layer-panel #l-structure-sub').uncheck();
  await page.waitForTimeout(150);
  await idle(page);
  expect(await renderedCount(page, 'structure-sub')).toBe(0);
  expect(await page.locator('body > div > div plan-legend .layer').evaluateAll((e) => e.map((x) => x.getAttribute('data-layer')))).not.toContain('structure-sub');

  // The compact panel inside the map (controls="layers") opens and drives the same map.
  const compact = page.locator('plan-map plan-layer-panel[compact]');
  expect(await compact.locator('button.toggle').getAttribute('aria-expanded')).toBe('false');
  await compact.locator('button.toggle').click();
  expect(await compact.locator('#l-structure-sub').isChecked()).toBe(false);
  await compact.locator('#l-structure-sub').check();
  await page.waitForTimeout(150);
  await idle(page);
  expect(await renderedCount(page, 'structure-sub')).toBeGreaterThan(0);
  expect(await page.locator('body > div > div plan-layer-panel #l-structure-sub').isChecked()).toBe(true);
  expect(await page.locator('plan-map plan-legend').count()).toBe(1);
  expect(await page.locator('plan-map plan-basemap-switcher').count()).toBe(1);
  await page.screenshot({ path: screenshotPath('workspace-standalone-compact') });
  await compact.locator('button.toggle').click();

  // Search → inspector, both bound with for=.
  await page.locator('plan-search input').fill('Zhuyangguan');
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
  expect(await withController<string>(page, 'c.selectedId')).toBe('ucs_sub_south_zhuyangguan');
  expect(await page.locator('plan-inspector h2#heading').innerText()).toBe('朱阳关镇');

  // The language switch sets the map element's lang; every bound component follows.
  await page.locator('plan-lang-switch button[lang="en"]').click();
  await page.waitForTimeout(300);
  expect(await page.locator('plan-map').getAttribute('lang')).toBe('en');
  expect(await page.locator('plan-inspector h2#heading').innerText()).toContain('Zhuyangguan');
  expect(await page.locator('body > div > div plan-legend button.toggle').innerText()).toContain('Legend');
  expect(await page.locator('plan-search input').getAttribute('placeholder')).toMatch(/Search/);
  await page.waitForTimeout(600);
  expect(await page.locator('plan-feature-list h2').innerText()).toBe('Features in view');
  expect(await page.locator('plan-feature-list [role="option"]').count()).toBeGreaterThan(0);
  await page.screenshot({ path: screenshotPath('workspace-standalone') });
  expect(log.errors).toEqual([]);
  await page.context().close();
});

test('the basemap switcher keeps online basemaps off until chosen and asks for a Tianditu key', async () => {
  const { page, log } = await newPage(browser, { width: 1280, height: 760 });
  await page.goto(baseUrl);
  await waitForMap(page);
  const sw = (sel: string) => page.locator(`plan-basemap-switcher ${sel}`);
  await sw('button.toggle').click();
  expect(await sw('label.option input').first().isChecked()).toBe(true);
  const note = await sw('#bm-body').innerText();
  expect(note).toContain('审图号');
  await sw('label.option:has-text("天地图矢量") input').check();
  expect(await sw('input[part="key"]').isVisible()).toBe(true);
  await sw('.keybox button').click();
  expect(await sw('.warn').innerText()).toContain('密钥');
  // Nothing was fetched from Tianditu, and the map still shows the offline basemap.
  expect(log.requests.filter((u) => u.includes('tianditu'))).toEqual([]);
  expect(await withController<string>(page, 'c.basemapId')).toBe('offline');
  await page.screenshot({ path: screenshotPath('workspace-basemap-key') });
  await page.context().close();
});
