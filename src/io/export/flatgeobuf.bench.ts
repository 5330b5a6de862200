/**
 * writeFlatGeobuf (with Hilbert sort and packed R-tree) against the
 * baseline of flatgeobuf's own `serialize` (no index), same data, same run.
 */
import { bench, describe } from 'vitest';
import { geojson } from 'flatgeobuf';
import type { FeatureCollection } from 'geojson';
import { writeFlatGeobuf } from './flatgeobuf';

const fc: FeatureCollection = {
  type: 'FeatureCollection',
  features: Array.from({ length: 20_000 }, (_, i) => ({
    type: 'Feature',
    properties: { i, name: `地块${i}`, area: i * 1.5 },
    geometry: { type: 'Polygon', coordinates: [[[110.6 + (i % 200) * 0.004, 33.6 + Math.floor(i / 200) * 0.008], [110.603 + (i % 200) * 0.004, 33.6 + Math.floor(i / 200) * 0.008], [110.603 + (i % 200) * 0.004, 33.603 + Math.floor(i / 200) * 0.008], [110.6 + (i % 200) * 0.004, 33.6 + Math.floor(i / 200) * 0.008]]] },
  })),
};

describe('FlatGeobuf 20 000 polygons', () => {
  bench('baseline: flatgeobuf serialize (no index)', () => {
    geojson.serialize(fc);
  });
  bench('writeFlatGeobuf (Hilbert-sorted, packed R-tree)', () => {
    writeFlatGeobuf(fc);
  });
});
