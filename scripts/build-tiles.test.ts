import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTiles, tileOf, TilesBuildError, type BuildTilesResult } from './build-tiles';

const LAYERS = resolve('layers');
const tmp = mkdtempSync(join(tmpdir(), 'tiles-test-'));
const out = join(tmp, 'basemap');
let result: BuildTilesResult;

const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;
const county = readJson<{ features: Feature<Polygon | MultiPolygon>[] }>(join(LAYERS, 'reference/county.geojson')).features[0];
const seats = readJson<{ features: Feature<Point>[] }>(join(LAYERS, 'reference/township-seats.geojson')).features;

function decode(z: number, x: number, y: number): VectorTile {
  return new VectorTile(new PbfReader(readFileSync(join(out, `${z}/${x}/${y}.pbf`))));
}

function features(tile: VectorTile, layer: string, z: number, x: number, y: number): Feature[] {
  const l = tile.layers[layer];
  if (!l) return [];
  return Array.from({ length: l.length }, (_, i) => l.feature(i).toGeoJSON(x, y, z) as Feature);
}

beforeAll(async () => {
  result = await buildTiles({ layersDir: LAYERS, outDir: out });
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('buildTiles', () => {
  it('writes tiles.json (TileJSON 3.0) listing one vector layer per reference data set plus labels', () => {
    const tj = readJson<{ tilejson: string; tiles: string[]; bounds: number[]; minzoom: number; maxzoom: number; vector_layers: { id: string }[] }>(join(out, 'tiles.json'));
    const manifest = readJson<{ reference: { id: string }[] }>(join(LAYERS, 'manifest.json'));
    expect(tj.tilejson).toBe('3.0.0');
    expect(tj.tiles).toEqual(['{z}/{x}/{y}.pbf']);
    expect([tj.minzoom, tj.maxzoom]).toEqual([0, 12]);
    expect(tj.vector_layers.map((l) => l.id)).toEqual([...manifest.reference.map((r) => r.id), 'labels']);
    expect(tj.vector_layers.map((l) => l.id)).toEqual(expect.arrayContaining(['county', 'neighbours', 'township-seats', 'rivers']));
    const [w, s, e, n] = tj.bounds;
    expect(w < 110.58 && s < 33.55 && e > 111.36 && n > 34.39).toBe(true); // holds the whole county
  });

  it('puts the county polygon with its properties into the tile over the county seat', () => {
    const [lon, lat] = [111.047, 34.055];
    const [x, y] = tileOf(lon, lat, 10);
    const got = features(decode(10, x, y), 'county', 10, x, y);
    expect(got).toHaveLength(1);
    expect(got[0].properties).toMatchObject({ id: 'county-411224', name: '卢氏县', name_en: 'Lushi County', accuracy: 'approximate' });
    expect(booleanPointInPolygon([lon, lat], got[0] as Feature<Polygon | MultiPolygon>)).toBe(true);
  });

  it('puts every township seat into the tile that covers it, with its name and position', () => {
    for (const z of [8, 12]) {
      for (const seat of seats) {
        const [lon, lat] = seat.geometry.coordinates;
        const [x, y] = tileOf(lon, lat, z);
        const hit = features(decode(z, x, y), 'township-seats', z, x, y).find((f) => f.properties?.id === seat.properties?.id);
        expect(hit, `${seat.properties?.name} at z${z}`).toBeDefined();
        expect(hit!.properties).toMatchObject({ name: seat.properties!.name, name_en: seat.properties!.name_en });
        const [hx, hy] = (hit!.geometry as Point).coordinates;
        expect(Math.abs(hx - lon) + Math.abs(hy - lat)).toBeLessThan(z === 12 ? 1e-4 : 1e-3);
      }
    }
  });

  it('labels the county at a point inside it', () => {
    const [x, y] = tileOf(111, 34, 7);
    const labels = features(decode(7, x, y), 'labels', 7, x, y).filter((f) => f.properties?.layer === 'county');
    expect(labels).toHaveLength(1);
    expect(labels[0].properties?.name).toBe('卢氏县');
    expect(booleanPointInPolygon((labels[0].geometry as Point).coordinates, county)).toBe(true);
  });

  it('writes every tile inside the bounds at every zoom, empty ones as zero-byte tiles', () => {
    let count = 0;
    for (let z = 0; z <= 12; z++) {
      const [x0, y0] = tileOf(result.bounds[0], result.bounds[3], z);
      const [x1, y1] = tileOf(result.bounds[2], result.bounds[1], z);
      for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) {
        const size = statSync(join(out, `${z}/${x}/${y}.pbf`)).size;
        if (size === 0) expect(Object.keys(decode(z, x, y).layers)).toEqual([]);
        count++;
      }
    }
    expect(count).toBe(result.tiles);
    expect(readdirSync(out).filter((d) => /^\d+$/.test(d))).toHaveLength(13);
  });

  it('is deterministic', async () => {
    const again = join(tmp, 'again');
    await buildTiles({ layersDir: LAYERS, outDir: again });
    const [x, y] = tileOf(111.047, 34.055, 9);
    expect(readFileSync(join(again, `9/${x}/${y}.pbf`))).toEqual(readFileSync(join(out, `9/${x}/${y}.pbf`)));
    expect(readFileSync(join(again, 'tiles.json'), 'utf8')).toBe(readFileSync(join(out, 'tiles.json'), 'utf8'));
  }, 60_000);
});

describe('buildTiles errors', () => {
  function fixture(reference: unknown[], files: Record<string, unknown>): string {
    const dir = mkdtempSync(join(tmp, 'layers-'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ reference }));
    for (const [name, json] of Object.entries(files)) {
      mkdirSync(join(dir, 'reference'), { recursive: true });
      writeFileSync(join(dir, name), JSON.stringify(json));
    }
    return dir;
  }
  const ref = (id: string, data: string, geometry = 'point') => ({ id, title: { zh: id, en: id }, data, geometry, source: 'test' });

  it('names the missing file', async () => {
    const dir = fixture([ref('towns', 'reference/towns.geojson')], {});
    await expect(buildTiles({ layersDir: dir, outDir: join(dir, 'out') })).rejects.toThrow(/reference\/towns\.geojson .*file not found/);
  });

  it('names the file and feature with bad geometry', async () => {
    const bad = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'x' }, geometry: { type: 'Point', coordinates: [500000, 3770000] } }] };
    const dir = fixture([ref('towns', 'reference/towns.geojson')], { 'reference/towns.geojson': bad });
    const err = await buildTiles({ layersDir: dir, outDir: join(dir, 'out') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TilesBuildError);
    expect((err as TilesBuildError).errors[0]).toMatchObject({ file: 'reference/towns.geojson', path: '$.features[0].geometry' });
  });

  it('refuses a reference data set called "labels"', async () => {
    const dir = fixture([ref('labels', 'reference/x.geojson')], { 'reference/x.geojson': { type: 'FeatureCollection', features: [] } });
    await expect(buildTiles({ layersDir: dir, outDir: join(dir, 'out') })).rejects.toThrow(/not "labels"/);
  });
});
