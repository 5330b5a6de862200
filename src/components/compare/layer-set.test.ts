import { expect, test } from 'vitest';
import { DEFAULT_LEFT, DEFAULT_RIGHT, layerSetFilter, layerSetLabel, normaliseLayerSet, parseLayerSet } from './layer-set';

test('defaults compare 现状 with everything not yet built', () => {
  expect(DEFAULT_LEFT.statuses).toEqual(['现状']);
  expect(DEFAULT_RIGHT.statuses).toEqual(['规划', '在建', '改扩建', '前期']);
  expect(layerSetLabel(DEFAULT_LEFT, 'zh', { zh: '左', en: 'Left' })).toBe('现状');
  expect(layerSetLabel(DEFAULT_RIGHT, 'en', { zh: '右', en: 'Right' })).toBe('Planned');
});

test('a label is derived from the statuses when none is given', () => {
  expect(layerSetLabel({ statuses: ['在建', '改扩建'] }, 'zh', { zh: '右', en: 'R' })).toBe('在建、改扩建');
  expect(layerSetLabel({ statuses: ['在建'] }, 'en', { zh: '右', en: 'R' })).toBe('Under construction');
  expect(layerSetLabel({ layers: ['x'] }, 'en', { zh: '右', en: 'Right' })).toBe('Right');
});

test('attribute forms: JSON and the short form', () => {
  expect(parseLayerSet('{"statuses":["现状"],"label":{"zh":"甲","en":"A"}}')).toEqual({ statuses: ['现状'], label: { zh: '甲', en: 'A' } });
  expect(parseLayerSet('statuses=规划,在建;layers=transport-roads,zones-five')).toEqual({
    statuses: ['规划', '在建'],
    layers: ['transport-roads', 'zones-five'],
  });
  expect(parseLayerSet('')).toBeUndefined();
  expect(parseLayerSet('{not json')).toBeUndefined();
});

test('hostile values are dropped', () => {
  expect(normaliseLayerSet({ statuses: ['现状', '<img src=x>', 3], layers: ['ok-1', '../../etc', 'a b'] })).toEqual({ statuses: ['现状'], layers: ['ok-1'] });
  expect(normaliseLayerSet('x')).toBeUndefined();
});

test('the filter keeps the main map accuracy filter and all statuses when none are set', () => {
  const f = layerSetFilter({}, undefined);
  expect(f.statuses.size).toBe(5);
  expect(f.accuracies.size).toBe(3);
  expect([...layerSetFilter(DEFAULT_LEFT, undefined).statuses]).toEqual(['现状']);
});
