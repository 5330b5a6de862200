/**
 * Streaming GeoJSON reader against the baseline of one `JSON.parse` of the
 * whole text (same run, same data): the ratio shows what streaming costs
 * for the memory it saves.
 */
import { bench, describe } from 'vitest';
import { GeoJsonStreamParser } from './geojson-stream';

const text = JSON.stringify({
  type: 'FeatureCollection',
  features: Array.from({ length: 20_000 }, (_, i) => ({
    type: 'Feature',
    properties: { i, name: `设施${i}`, note: '卢氏县城关镇公共服务设施点位' },
    geometry: { type: 'Polygon', coordinates: [[[110.6 + i * 1e-5, 33.6], [110.61 + i * 1e-5, 33.6], [110.61 + i * 1e-5, 33.61], [110.6 + i * 1e-5, 33.6]]] },
  })),
});
const bytes = new TextEncoder().encode(text);

describe('GeoJSON 20 000 polygons (~4 MB)', () => {
  bench('baseline: TextDecoder + JSON.parse of the whole file', () => {
    JSON.parse(new TextDecoder().decode(bytes));
  });
  bench('GeoJsonStreamParser, 64 KiB chunks', () => {
    let n = 0;
    const p = new GeoJsonStreamParser(() => n++);
    for (let o = 0; o < bytes.length; o += 65536) p.push(bytes.subarray(o, o + 65536));
    p.end();
  });
});
