import { describe, expect, it, vi } from 'vitest';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { Feature, Point } from 'geojson';
import { writeFlatGeobuf, writeFlatGeobufReport } from '../../../src/io/export/flatgeobuf';
import { hilbert } from '../../../src/io/export/packed-rtree';
import { readFlatGeobufHeader } from '../../../src/io/import/flatgeobuf';
import type { WgsFeatureCollection } from '../../../src/io/types';
import { importFixture, metres, TRUTH } from './helpers';

vi.spyOn(console, 'debug').mockImplementation(() => {});

function grid(n: number): WgsFeatureCollection {
  const features: Feature[] = [];
  for (let i = 0; i < n; i++) {
    const x = 110.57 + (i % 40) * 0.02;
    const y = 33.55 + Math.floor(i / 40) * 0.02;
    features.push({ type: 'Feature', properties: { i, name: `点${i}` }, geometry: { type: 'Point', coordinates: [x, y] } });
  }
  return { type: 'FeatureCollection', features };
}

async function readAll(bytes: Uint8Array, rect?: { minX: number; minY: number; maxX: number; maxY: number }) {
  const out: Feature[] = [];
  for await (const f of deserialize(bytes, rect ? { rect } : undefined)) out.push(f as Feature);
  return out;
}

describe('writeFlatGeobuf (with packed Hilbert R-tree)', () => {
  it('writes an index that flatgeobuf itself uses for bbox reads, returning exactly the features inside', async () => {
    const fc = grid(1200);
    const bytes = writeFlatGeobuf(fc);
    const { header } = readFlatGeobufHeader(bytes);
    expect(header.indexNodeSize).toBe(16);
    expect(header.featuresCount).toBe(1200);
    [110.57, 33.55, 110.57 + 39 * 0.02, 33.55 + 29 * 0.02].forEach((v, i) => expect(header.envelope![i]).toBeCloseTo(v, 9));
    for (const rect of [{ minX: 110.9, minY: 33.8, maxX: 111.05, maxY: 33.95 }, { minX: 110.5, minY: 33.5, maxX: 110.6, maxY: 33.6 }, { minX: 0, minY: 0, maxX: 1, maxY: 1 }]) {
      const got = (await readAll(bytes, rect)).map((f) => f.properties!.i as number).sort((a, b) => a - b);
      const want = fc.features.filter((f) => {
        const [x, y] = (f.geometry as Point).coordinates;
        return x >= rect.minX && x <= rect.maxX && y >= rect.minY && y <= rect.maxY;
      }).map((f) => f.properties!.i as number);
      expect(got).toEqual(want);
    }
  });

  it('reads back every feature and attribute type unchanged (in Hilbert order)', async () => {
    const fc: WgsFeatureCollection = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { id: 'a', n: 1, big: 2 ** 40, x: 1.5, ok: true, tags: ['甲', '乙'], obj: { zh: '中', en: 'c' }, mixed: 1, empty: null }, geometry: { type: 'Polygon', coordinates: [[[111, 34], [111.1, 34], [111.1, 34.1], [111, 34]]] } },
      { type: 'Feature', properties: { id: 'b', n: -7, big: 3, x: 0.1, ok: false, tags: [], obj: {}, mixed: 'text', only_here: '独有' }, geometry: { type: 'LineString', coordinates: [[110.6, 33.6], [110.7, 33.7]] } },
      { type: 'Feature', properties: { id: 'c' }, geometry: { type: 'MultiPolygon', coordinates: [[[[111, 34], [111.01, 34], [111.01, 34.01], [111, 34]], [[111.002, 34.001], [111.003, 34.001], [111.003, 34.002], [111.002, 34.001]]]] } },
    ] };
    const back = await readAll(writeFlatGeobuf(fc));
    const byId = new Map(back.map((f) => [f.properties!.id, f]));
    expect(byId.get('a')!.properties).toEqual({ id: 'a', n: 1, big: 2 ** 40, x: 1.5, ok: true, tags: ['甲', '乙'], obj: { zh: '中', en: 'c' }, mixed: 1 });
    expect(byId.get('b')!.properties).toEqual({ id: 'b', n: -7, big: 3, x: 0.1, ok: false, tags: [], obj: {}, mixed: 'text', only_here: '独有' });
    for (const f of fc.features) expect(byId.get(f.properties!.id)!.geometry).toEqual(f.geometry);
  });

  it('skips features without geometry and reports them; writes an empty file without index', async () => {
    const report = writeFlatGeobufReport({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { a: 1 }, geometry: null }, ...grid(3).features] });
    expect(report.skipped).toEqual([0]);
    expect(await readAll(report.bytes)).toHaveLength(3);
    const empty = writeFlatGeobuf({ type: 'FeatureCollection', features: [] });
    expect(readFlatGeobufHeader(empty).header.featuresCount).toBe(0);
  });

  it('keeps Z when every position has it', async () => {
    const back = await readAll(writeFlatGeobuf({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[111, 34, 500], [111.1, 34.1, 620]] } }] }));
    expect(back[0].geometry).toEqual({ type: 'LineString', coordinates: [[111, 34, 500], [111.1, 34.1, 620]] });
  });

  it('stores the CRS code, which import then uses (fixture in EPSG:4546 lands within 1 m)', async () => {
    const { layers } = await importFixture('parcels-4546.fgb');
    expect(layers[0].sourceCrs).toMatchObject({ id: 'EPSG:4546', source: 'flatgeobuf-header' });
    expect(layers[0].name).toBe('parcels-4546');
    const byBsm = new Map(layers[0].featureCollection.features.map((f) => [f.properties!.BSM, f]));
    for (const p of TRUTH.parcels) {
      const g = byBsm.get(p.BSM)!.geometry as { coordinates: number[][][][] };
      expect(metres(g.coordinates[0][0][0], p.polygons[0][0][0])).toBeLessThan(1);
    }
  });

  it('hilbert() walks a curve: consecutive values are neighbouring cells', () => {
    const cells: [number, number, number][] = [];
    for (let x = 0; x < 16; x++) for (let y = 0; y < 16; y++) cells.push([hilbert(x, y), x, y]);
    cells.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < cells.length; i++) {
      expect(Math.abs(cells[i][1] - cells[i - 1][1]) + Math.abs(cells[i][2] - cells[i - 1][2])).toBe(1);
    }
    expect(new Set(cells.map((c) => c[0])).size).toBe(256);
  });
});
