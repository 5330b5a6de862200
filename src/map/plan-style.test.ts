import { expect, test } from 'vitest';
import type { LayerSpec } from '../manifest/types';
import { colorExpression, labelExpression, planLayerStyles } from './plan-style';

const spec = (over: Partial<LayerSpec>): LayerSpec => ({
  id: 'roads', group: 'transport', title: { zh: '道路', en: 'Roads' }, geometry: 'line', data: 'roads.geojson',
  style: { color: '#c0392b' }, legend: [{ label: { zh: '道路', en: 'Roads' } }], visible: true, ...over,
});

test('every geometry kind gets a distinct schematic variant, filtered on accuracy', () => {
  const kinds = { polygon: 'hatch', line: 'band', point: 'halo' } as const;
  for (const [geometry, variant] of Object.entries(kinds)) {
    const layers = planLayerStyles(spec({ geometry: geometry as LayerSpec['geometry'] }), 'zh');
    const schematic = layers.find((l) => l.id === `plan/roads/${variant}`) as { filter?: unknown };
    expect(schematic?.filter).toEqual(['==', ['get', 'accuracy'], 'schematic']);
  }
});

test('extent layers (nearly clear fill, e.g. county-wide titles) hatch faintly so that stacked ones stay readable', () => {
  const hatch = (fill_opacity?: number) => (planLayerStyles(spec({ geometry: 'polygon', style: { color: '#000000', fill_opacity } }), 'zh')
    .find((l) => l.id === 'plan/roads/hatch') as { paint: Record<string, unknown> }).paint['fill-opacity'];
  expect(hatch()).toBe(0.5);
  expect(hatch(0.04)).toBe(0.1);
});

test('lines are dashed by status unless the manifest says not to', () => {
  const dashed = planLayerStyles(spec({}), 'zh').find((l) => l.id === 'plan/roads/line') as { paint: Record<string, unknown> };
  expect(dashed.paint['line-dasharray']).toEqual(expect.arrayContaining(['match', ['get', 'status']]));
  const solid = planLayerStyles(spec({ style: { color: '#000000', dash_by_status: false } }), 'zh').find((l) => l.id === 'plan/roads/line') as { paint: Record<string, unknown> };
  expect(solid.paint['line-dasharray']).toBeUndefined();
});

test('colour and width by property become match expressions with defaults', () => {
  const s = spec({ style: { color_by: { property: 'class', values: { national: '#ff0000' }, default: '#999999' }, width_by: { property: 'class', values: { national: 4 }, default: 1.5 } } });
  expect(colorExpression(s)).toEqual(['match', ['to-string', ['get', 'class']], 'national', '#ff0000', '#999999']);
  const line = planLayerStyles(s, 'zh').find((l) => l.id === 'plan/roads/line') as { paint: Record<string, unknown> };
  expect(line.paint['line-width']).toEqual(['match', ['to-string', ['get', 'class']], 'national', 4, 1.5]);
});

test('labels follow the language and mark schematic features 示意 / schematic', () => {
  const zh = JSON.stringify(labelExpression(spec({ style: { color: '#000000', label: 'name' } }), 'zh'));
  const en = JSON.stringify(labelExpression(spec({ style: { color: '#000000', label: 'name' } }), 'en'));
  expect(zh).toContain('（示意）');
  expect(en).toContain('name_en');
  expect(en).toContain('(schematic)');
});

test('hidden layers start with visibility none; zoom limits pass through', () => {
  const layers = planLayerStyles(spec({ visible: false, style: { color: '#000000', minzoom: 10 } }), 'zh');
  for (const l of layers) {
    expect((l.layout as { visibility?: string }).visibility).toBe('none');
    expect(l.minzoom).toBe(10);
  }
});
