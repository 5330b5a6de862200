import { expect, test } from 'vitest';
import { measure, type LngLat } from './measure-math';
import { rubberFeatures, sketchFeatures } from './sketch-layers';

const text = { length: (m: number, total: number) => `${m.toFixed(0)}/${total.toFixed(0)}`, area: (a: number) => `${a.toFixed(0)} m²` };
const pts: LngLat[] = [
  [111, 34],
  [111.01, 34],
  [111.01, 34.01],
];
const roles = (fc: GeoJSON.FeatureCollection) => fc.features.map((f) => f.properties?.role);

test('a distance sketch: one path, a vertex per point, a label per segment at its middle', () => {
  const fc = sketchFeatures(measure(pts, 'distance'), text);
  expect(roles(fc)).toEqual(['edge', 'vertex', 'vertex', 'vertex', 'segment', 'segment']);
  const first = fc.features[4];
  expect((first.geometry as GeoJSON.Point).coordinates).toEqual([111.005, 34]);
  // Labels carry the sketch total so every segment uses the same unit.
  const total = measure(pts, 'distance').length_m.toFixed(0);
  expect(String(first.properties?.text)).toMatch(new RegExp(`/${total}$`));
});

test('an area sketch: the polygon (labelled with its area), a closed edge and the closing segment label', () => {
  const fc = sketchFeatures(measure(pts, 'area'), text);
  expect(roles(fc)).toEqual(['area', 'edge', 'vertex', 'vertex', 'vertex', 'segment', 'segment', 'segment']);
  expect(fc.features[0].properties?.text).toMatch(/m²$/);
  const ring = (fc.features[1].geometry as GeoJSON.LineString).coordinates;
  expect(ring[ring.length - 1]).toEqual(ring[0]);
});

test('the rubber band runs from the last point to the pointer, and back to the first for areas', () => {
  expect(rubberFeatures(pts, undefined, 'area').features).toHaveLength(0);
  expect(rubberFeatures([], [111, 34], 'area').features).toHaveLength(0);
  const d = rubberFeatures(pts, [111.02, 34.02], 'distance').features[0].geometry as GeoJSON.LineString;
  expect(d.coordinates).toEqual([pts[2], [111.02, 34.02]]);
  const a = rubberFeatures(pts, [111.02, 34.02], 'area').features[0].geometry as GeoJSON.LineString;
  expect(a.coordinates).toEqual([pts[2], [111.02, 34.02], pts[0]]);
});
