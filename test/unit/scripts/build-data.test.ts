import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildData, DataBuildError } from '../../../scripts/build-data';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-build-'));
  await cp('layers', join(dir, 'layers'), { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function firstLayer(): Promise<{ file: string; id: string; fc: GeoJSON.FeatureCollection }> {
  const manifest = JSON.parse(await readFile(join(dir, 'layers/manifest.json'), 'utf8'));
  const layer = manifest.layers.find((l: { geometry: string }) => l.geometry === 'polygon');
  const file = join(dir, 'layers', layer.data);
  return { file, id: layer.id, fc: JSON.parse(await readFile(file, 'utf8')) };
}

test('every layer becomes an indexed FlatGeobuf that answers a bbox query', async () => {
  const out = join(dir, 'out');
  const r = await buildData({ layersDir: join(dir, 'layers'), outDir: out, tiles: false });
  expect(r.layers).toBeGreaterThan(0);
  const { id, fc } = await firstLayer();
  const bytes = new Uint8Array(await readFile(join(out, `${id}.fgb`)));
  const all: GeoJSON.Feature[] = [];
  for await (const f of deserialize(bytes)) all.push(f as GeoJSON.Feature);
  expect(all.map((f) => f.properties?.id).sort()).toEqual(fc.features.map((f) => f.properties?.id).sort());
  // A box far from the county finds nothing, which needs the spatial index.
  const far: GeoJSON.Feature[] = [];
  for await (const f of deserialize(bytes, { rect: { minX: 0, minY: 0, maxX: 1, maxY: 1 } })) far.push(f as GeoJSON.Feature);
  expect(far).toEqual([]);
  expect(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')).spec_version).toBe(1);
});

test('invalid data stops the build with a message naming the file and the feature', async () => {
  const { file, fc } = await firstLayer();
  const original = JSON.stringify(fc);
  const broken = structuredClone(fc);
  const ring = (broken.features[0].geometry as GeoJSON.Polygon).coordinates[0];
  ring.pop();
  broken.features[0].properties!.quote = '这句话不在规划里';
  await writeFile(file, JSON.stringify(broken));
  const id = fc.features[0].properties?.id;
  try {
    await expect(buildData({ layersDir: join(dir, 'layers'), outDir: join(dir, 'out2'), tiles: false })).rejects.toThrow(DataBuildError);
    const err = await buildData({ layersDir: join(dir, 'layers'), outDir: join(dir, 'out2'), tiles: false }).catch((e: DataBuildError) => e);
    const lines = (err as DataBuildError).message.split('\n');
    expect(lines.some((l) => l.includes(`(id "${id}").geometry`) && l.includes('is not closed'))).toBe(true);
    expect(lines.some((l) => l.includes(`(id "${id}").properties.quote`) && l.includes('这句话不在规划里'))).toBe(true);
  } finally {
    await writeFile(file, original);
  }
});
