import { describe, expect, test } from 'vitest';
import type { LayerSpec } from '../manifest/types';
import { entryColor, legendModel } from './legend-model';

const towns: LayerSpec = {
  id: 'towns',
  group: 'structure',
  title: { zh: '乡镇', en: 'Towns' },
  geometry: 'point',
  data: 'data/towns.geojson',
  style: { color_by: { property: 'kind', values: { driven: '#f39c12', cluster: '#8e44ad' }, default: '#7f7f7f' }, radius: 5.5, outline: '#ffffff' },
  legend: [
    { value: 'driven', label: { zh: '带动乡镇', en: 'Driven town' } },
    { value: 'cluster', label: { zh: '组团乡镇', en: 'Cluster town' } },
    { value: 'other', label: { zh: '其他', en: 'Other' } },
  ],
  visible: true,
};
const zone: LayerSpec = {
  id: 'zone',
  group: 'zones',
  title: { zh: '规划区', en: 'Planning area' },
  geometry: 'polygon',
  data: 'data/zone.geojson',
  style: { color: '#6f6f6f', fill_opacity: 0.04, width: 1.5 },
  legend: [],
  visible: true,
};

describe('legend model', () => {
  test('colours come from the layer style: color_by values, default, single colour', () => {
    expect(entryColor(towns.style, 'driven')).toBe('#f39c12');
    expect(entryColor(towns.style, 'other')).toBe('#7f7f7f');
    expect(entryColor(zone.style)).toBe('#6f6f6f');
  });

  test('one row per legend entry, with the geometry of the layer', () => {
    const [l] = legendModel([towns]);
    expect(l.rows.map((r) => [r.label.zh, r.swatch.color, r.swatch.geometry])).toEqual([
      ['带动乡镇', '#f39c12', 'point'],
      ['组团乡镇', '#8e44ad', 'point'],
      ['其他', '#7f7f7f', 'point'],
    ]);
    expect(l.rows[0].swatch.outline).toBe('#ffffff');
  });

  test('a layer without legend entries gets one row titled like the layer; faint fills stay visible', () => {
    const [l] = legendModel([zone]);
    expect(l.rows).toHaveLength(1);
    expect(l.rows[0].label.zh).toBe('规划区');
    expect(l.rows[0].swatch.fillOpacity).toBeGreaterThanOrEqual(0.2);
  });

  test('schematic share per layer', () => {
    const shares = new Map([
      ['towns', { schematic: 0, total: 4 }],
      ['zone', { schematic: 1, total: 1 }],
    ]);
    expect(legendModel([towns, zone], shares).map((l) => l.schematic)).toEqual(['none', 'all']);
    expect(legendModel([towns], new Map([['towns', { schematic: 2, total: 4 }]]))[0].schematic).toBe('some');
  });

  test('keeps the order it is given (top of the draw order first)', () => {
    expect(legendModel([zone, towns]).map((l) => l.id)).toEqual(['zone', 'towns']);
  });
});
