import { describe, expect, it } from 'vitest';
import { area, booleanValid } from '@turf/turf';
import type { Polygon, MultiPolygon } from 'geojson';
import { validateFeatures, validateGeometry } from '../../../src/io/checks/geometry-validate';
import { repairFeatureCollection } from '../../../src/io/checks/repair';
import { countSelfIntersections } from '../../../src/io/checks/self-intersections';
import { isSurveyAxisOrder, isSwappedLatLon, LUSHI_BBOX, suggestProjectedCrs } from '../../../src/io/checks/coordinates';
import { importFixture } from './helpers';
import type { WgsFeatureCollection } from '../../../src/io/types';

describe('geometry validation', () => {
  it('finds self-intersections, unclosed rings and degenerate parts in the fixture', async () => {
    const { layers } = await importFixture('bad/invalid-geometry.geojson');
    const w = layers[0].warnings.find((x) => x.code === 'INVALID_GEOMETRY')!;
    expect(w.featureIndexes).toEqual([0, 1, 2]);
    const kinds = (w.details!.problems as { featureIndex: number; kind: string }[]).map((p) => `${p.featureIndex}:${p.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(['0:self-intersection', '1:unclosed-ring', '2:too-few-points']));
    expect(w.text.zh).toMatch(/修复几何/);
  });

  it('counts crossings but not shared vertices or a hole touching the shell', () => {
    const bowtie = [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]];
    expect(countSelfIntersections(bowtie)).toBe(1);
    const square = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];
    expect(countSelfIntersections(square)).toBe(0);
    const touchingHole = [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[0, 2], [1, 1], [1, 3], [0, 2]]];
    expect(countSelfIntersections(touchingHole)).toBe(0);
    const crossingHole = [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[-1, 2], [1, 1], [1, 3], [-1, 2]]];
    expect(countSelfIntersections(crossingHole)).toBeGreaterThan(0);
    expect(validateGeometry({ type: 'Polygon', coordinates: square })).toEqual([]);
  });
});

describe('repair', () => {
  it('reports exactly what it changed, per feature, and leaves valid geometry', async () => {
    const { layers } = await importFixture('bad/invalid-geometry.geojson', { repair: true });
    const [layer] = layers;
    expect(layer.warnings.map((w) => w.code)).not.toContain('INVALID_GEOMETRY');
    const byFeature = Object.fromEntries(layer.repairs.map((r) => [r.featureLabel, r.actions.map((a) => a.kind)]));
    expect(byFeature).toEqual({
      自相交: ['fixed-self-intersection'],
      未闭合: ['closed-ring'],
      退化: ['dropped-degenerate-part'],
    });
    expect(layer.repairs.map((r) => r.featureIndex)).toEqual([0, 1, 2]);
    for (const r of layer.repairs) for (const a of r.actions) expect(a.text.zh.length * a.text.en.length).toBeGreaterThan(0);
    expect(validateFeatures(layer.featureCollection)).toEqual([]);
    // (Turf's booleanValid also rejects multipolygon parts touching at one point, which OGC allows: skip the bow-tie.)
    for (const f of layer.featureCollection.features.slice(1, 3)) expect(booleanValid(f)).toBe(true);
    // The bow-tie becomes two triangles with the same total area.
    const fixed = layer.featureCollection.features[0].geometry as MultiPolygon;
    expect(fixed.type).toBe('MultiPolygon');
    expect(fixed.coordinates).toHaveLength(2);
    expect(layer.featureCollection.features[2].geometry!.type).toBe('MultiPolygon');
    expect((layer.featureCollection.features[2].geometry as MultiPolygon).coordinates).toHaveLength(1);
    expect(layer.featureCollection.features[3].properties!.name).toBe('正常');
  });

  it('removes repeated points, drops empty features, and keeps valid ones untouched', () => {
    const fc: WgsFeatureCollection = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { id: 'a' }, geometry: { type: 'LineString', coordinates: [[0, 0], [0, 0], [1, 1]] } },
      { type: 'Feature', properties: { id: 'b' }, geometry: { type: 'LineString', coordinates: [[0, 0], [0, 0]] } },
      { type: 'Feature', properties: { id: 'c' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } },
    ] };
    const { featureCollection, repairs } = repairFeatureCollection(fc);
    expect(featureCollection.features.map((f) => f.properties!.id)).toEqual(['a', 'c']);
    expect(repairs).toEqual([
      { featureIndex: 0, featureLabel: 'a', actions: [expect.objectContaining({ kind: 'removed-duplicate-points', count: 1 })] },
      { featureIndex: 1, featureLabel: 'b', actions: [expect.objectContaining({ kind: 'removed-duplicate-points' }), expect.objectContaining({ kind: 'dropped-degenerate-part' }), expect.objectContaining({ kind: 'dropped-empty-feature' })] },
    ]);
    expect(featureCollection.features[1]).toBe(fc.features[2]);
  });

  it('keeps the area of a figure-eight polygon', () => {
    const eight: Polygon = { type: 'Polygon', coordinates: [[[111, 34], [111.02, 34.02], [111.02, 34], [111, 34.02], [111, 34]]] };
    const { featureCollection } = repairFeatureCollection({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: eight }] });
    const a = area(featureCollection.features[0] as never);
    const triangle = area({ type: 'Polygon', coordinates: [[[111, 34], [111.01, 34.01], [111, 34.02], [111, 34]]] } as never);
    expect(a / (2 * triangle)).toBeCloseTo(1, 3);
  });
});

describe('coordinate checks', () => {
  it('recognises Chinese survey axis order', () => {
    expect(isSurveyAxisOrder([3_768_000, 37_480_000, 3_770_000, 37_520_000])).toBe(true);
    expect(isSurveyAxisOrder([37_480_000, 3_768_000, 37_520_000, 3_770_000])).toBe(false);
    expect(isSurveyAxisOrder([3_768_000, 480_000, 3_770_000, 520_000])).toBe(true);
  });

  it('recognises swapped lat/lon near Lushi but not ordinary points elsewhere', () => {
    expect(isSwappedLatLon([34.0, 111.0, 34.1, 111.1], LUSHI_BBOX)).toBe(true);
    expect(isSwappedLatLon([111.0, 34.0, 111.1, 34.1], LUSHI_BBOX)).toBe(false);
    expect(isSwappedLatLon([2.3, 48.8, 2.4, 48.9], LUSHI_BBOX)).toBe(false);
  });

  it('ranks CRS suggestions for metres by where they land', () => {
    expect(suggestProjectedCrs([37_480_000, 3_760_000, 37_520_000, 3_780_000], LUSHI_BBOX)[0].crs.id).toBe('EPSG:4525');
    expect(suggestProjectedCrs([19_480_000, 3_760_000, 19_520_000, 3_780_000], LUSHI_BBOX)[0].crs.id).toBe('EPSG:4497');
    expect(suggestProjectedCrs([480_000, 3_760_000, 520_000, 3_780_000], LUSHI_BBOX)[0].crs.id).toBe('EPSG:4546');
    // Web Mercator metres of Lushi.
    expect(suggestProjectedCrs([12_360_000, 4_030_000, 12_370_000, 4_040_000], LUSHI_BBOX)[0].crs.id).toBe('EPSG:3857');
  });
});
