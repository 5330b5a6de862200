import geodesic from 'geographiclib-geodesic';
import { expect, test } from 'vitest';
import { keptFeature, measure, minPoints, resultGeometry, type LngLat } from './measure-math';

// The reference: GeographicLib on GRS80 (CGCS2000), the ellipsoid the tool claims to use.
const GRS80 = new geodesic.Geodesic.Geodesic(6378137, 1 / 298.257222101);

function reference(points: LngLat[], polygon: boolean) {
  const p = GRS80.Polygon(!polygon);
  for (const [lon, lat] of points) p.AddPoint(lat, lon);
  const r = p.Compute(false, true);
  return { perimeter: r.perimeter, area: Math.abs(r.area ?? 0) };
}

const square: LngLat[] = [
  [111.0, 34.0],
  [111.012, 34.0],
  [111.012, 34.009],
  [111.0, 34.009],
];

test('area of a polygon agrees with GeographicLib to 1e-9, whatever the winding', () => {
  const ref = reference(square, true);
  const r = measure(square, 'area');
  expect(Math.abs(r.area_m2 - ref.area) / ref.area).toBeLessThan(1e-9);
  expect(measure([...square].reverse(), 'area').area_m2).toBeCloseTo(r.area_m2, 6);
  expect(Math.abs(r.length_m - ref.perimeter)).toBeLessThan(1e-6);
});

test('area edges include the closing edge; distances do not close', () => {
  expect(measure(square, 'area').segments).toHaveLength(4);
  expect(measure(square, 'distance').segments).toHaveLength(3);
});

test('per-segment distances and the total match GeographicLib inverse', () => {
  const path: LngLat[] = [
    [111.05, 34.05],
    [110.9, 33.8],
    [111.3, 33.7],
  ];
  const r = measure(path, 'distance');
  for (let i = 1; i < path.length; i++) {
    const inv = GRS80.Inverse(path[i - 1][1], path[i - 1][0], path[i][1], path[i][0]);
    expect(r.segments[i - 1]).toBeCloseTo(inv.s12 ?? NaN, 6);
  }
  expect(r.length_m).toBeCloseTo(reference(path, false).perimeter, 6);
  expect(r.area_m2).toBe(0);
});

test('too few points measure nothing', () => {
  expect(minPoints('area')).toBe(3);
  expect(minPoints('distance')).toBe(2);
  expect(measure([[111, 34], [111.1, 34]], 'area').area_m2).toBe(0);
  expect(measure([[111, 34]], 'distance')).toMatchObject({ segments: [], length_m: 0 });
});

test('a kept measurement becomes a feature with kind, length_m, area_m2 and created', () => {
  const r = measure(square, 'area');
  const f = keptFeature(r, { id: 'm1', name: '面积 1', name_en: 'Area 1', created: new Date('2025-11-29T08:00:00Z') });
  expect(f.geometry).toEqual(resultGeometry(r));
  expect((f.geometry as GeoJSON.Polygon).coordinates[0]).toEqual([...square, square[0]]);
  expect(f.properties).toMatchObject({ id: 'm1', kind: 'area', created: '2025-11-29T08:00:00.000Z' });
  expect(f.properties?.area_m2).toBeCloseTo(r.area_m2, 2);
  const d = keptFeature(measure(square, 'distance'), { id: 'm2', name: '', name_en: '', created: new Date() });
  expect(d.geometry.type).toBe('LineString');
  expect(d.properties).not.toHaveProperty('area_m2');
});
