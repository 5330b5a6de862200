/**
 * Builds the offline basemap: Mapbox Vector Tiles (`{z}/{x}/{y}.pbf`) and a
 * TileJSON 3.0 `tiles.json` from the manifest's `reference` data sets, one
 * vector layer per data set plus `labels` (one point inside each polygon).
 *
 * Every tile inside the data bounds is written, empty ones as zero-byte
 * (valid, layer-less) tiles, so the map never meets a 404 inside `bounds`.
 * Output is deterministic. CLI: `tsx scripts/build-tiles.ts [layersDir] [outDir]`.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { bbox, featureCollection } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { validateReferenceData } from '../src/manifest/validate-features';
import type { ReferenceSpec, ValidationError } from '../src/manifest/types';
import { labelPoints } from './tiles/label-points';

export const TILE_MINZOOM = 0;
/** Deepest zoom written; MapLibre overzooms above it. */
export const TILE_MAXZOOM = 12;
/** Name of the label-point layer added to the reference layers. */
export const LABELS_LAYER = 'labels';
const EXTENT = 4096;

export class TilesBuildError extends Error {
  override name = 'TilesBuildError';
  constructor(readonly errors: ValidationError[]) {
    super(`cannot build the basemap tiles; fix these and run again:\n${errors.map((e) => `${e.file}  ${e.path}: ${e.message}`).join('\n')}`);
  }
}

export interface BuildTilesOptions {
  /** The `layers/` folder (holds manifest.json). */
  layersDir: string;
  /** Output folder, e.g. `public/tiles/basemap`. Its z-folders and tiles.json are replaced. */
  outDir: string;
  maxZoom?: number;
}

export interface BuildTilesResult {
  tiles: number;
  /** Tiles that hold no feature (written as zero-byte tiles). */
  empty: number;
  bytes: number;
  bounds: [number, number, number, number];
  layers: string[];
}

interface TileJsonLayer {
  id: string;
  description: string;
  minzoom: number;
  maxzoom: number;
  fields: Record<string, string>;
}

/**
 * Builds the tile tree and tiles.json.
 *
 * @example
 * await buildTiles({ layersDir: 'layers', outDir: 'public/tiles/basemap' });
 * // → { tiles: 2417, empty: 310, bytes: 1834123, bounds: [...], layers: ['county', …, 'labels'] }
 */
export async function buildTiles(opts: BuildTilesOptions): Promise<BuildTilesResult> {
  const maxZoom = opts.maxZoom ?? TILE_MAXZOOM;
  const { refs, data } = await readReference(resolve(opts.layersDir));
  const labels = refs.flatMap((r) => (r.geometry === 'polygon' ? labelPoints(r.id, data.get(r.id)!.features) : []));
  const sets: Array<{ id: string; description: string; fc: FeatureCollection }> = [
    ...refs.map((r) => ({ id: r.id, description: `${r.title.zh} / ${r.title.en}`, fc: data.get(r.id)! })),
    { id: LABELS_LAYER, description: '面要素注记点 / label points of the polygon layers', fc: featureCollection(labels) },
  ];
  const all = sets.flatMap((s) => s.fc.features);
  if (all.length === 0) throw new TilesBuildError([{ file: 'manifest.json', path: '$.reference', message: 'no reference features to tile' }]);
  const [w, s, e, n] = bbox(featureCollection(all));
  const bounds: [number, number, number, number] = [floor4(w), floor4(s), ceil4(e), ceil4(n)];

  const indexes = sets.map((set) => ({
    id: set.id,
    index: new GeoJSONVT(set.fc, { maxZoom, indexMaxZoom: 5, tolerance: 3, extent: EXTENT, buffer: 64 }),
  }));

  const outDir = resolve(opts.outDir);
  await clean(outDir);
  let tiles = 0, empty = 0, bytes = 0;
  for (let z = TILE_MINZOOM; z <= maxZoom; z++) {
    const [x0, y0] = tileOf(bounds[0], bounds[3], z);
    const [x1, y1] = tileOf(bounds[2], bounds[1], z);
    for (let x = x0; x <= x1; x++) {
      await mkdir(join(outDir, String(z), String(x)), { recursive: true });
      for (let y = y0; y <= y1; y++) {
        const layers: Record<string, NonNullable<ReturnType<GeoJSONVT['getTile']>>> = {};
        for (const { id, index } of indexes) {
          const t = index.getTile(z, x, y);
          if (t && t.features.length > 0) layers[id] = t;
        }
        const pbf = fromGeojsonVt(layers, { version: 2, extent: EXTENT });
        await writeFile(join(outDir, String(z), String(x), `${y}.pbf`), pbf);
        tiles++;
        bytes += pbf.byteLength;
        if (pbf.byteLength === 0) empty++;
      }
    }
  }

  const tileJson = {
    tilejson: '3.0.0',
    name: 'basemap',
    description: '离线参考底图（示意，非测绘成果）/ offline reference basemap (a sketch, not a surveyed map)',
    version: '1.0.0',
    attribution: [...new Set(refs.map((r) => r.source))].join('; '),
    scheme: 'xyz',
    // Relative to this file; resolve against its URL before use (MapLibre does not).
    tiles: ['{z}/{x}/{y}.pbf'],
    minzoom: TILE_MINZOOM,
    maxzoom: maxZoom,
    bounds,
    center: [round4((bounds[0] + bounds[2]) / 2), round4((bounds[1] + bounds[3]) / 2), 8],
    vector_layers: sets.map((set): TileJsonLayer => ({
      id: set.id, description: set.description, minzoom: TILE_MINZOOM, maxzoom: maxZoom, fields: fieldsOf(set.fc.features),
    })),
  };
  await writeFile(join(outDir, 'tiles.json'), `${JSON.stringify(tileJson, null, 2)}\n`);
  return { tiles, empty, bytes, bounds, layers: sets.map((x) => x.id) };
}

async function readReference(layersDir: string): Promise<{ refs: ReferenceSpec[]; data: Map<string, FeatureCollection> }> {
  const errors: ValidationError[] = [];
  const manifest = await readJson(join(layersDir, 'manifest.json'), 'manifest.json', errors);
  const refs = (manifest as { reference?: unknown } | undefined)?.reference;
  if (!Array.isArray(refs)) {
    if (manifest !== undefined) errors.push({ file: 'manifest.json', path: '$.reference', message: 'must be an array of reference data sets' });
    throw new TilesBuildError(errors);
  }
  const data = new Map<string, FeatureCollection>();
  (refs as ReferenceSpec[]).forEach((r, i) => {
    if (typeof r?.id !== 'string' || typeof r.data !== 'string' || r.id === LABELS_LAYER) {
      errors.push({ file: 'manifest.json', path: `$.reference[${i}]`, message: `needs an "id" (not "${LABELS_LAYER}") and a "data" file` });
    }
  });
  if (errors.length > 0) throw new TilesBuildError(errors);
  for (const r of refs as ReferenceSpec[]) {
    const json = await readJson(join(layersDir, r.data), r.data, errors);
    if (json === undefined) continue;
    const problems = validateReferenceData(json, r.geometry, r.data);
    errors.push(...problems);
    if (problems.length === 0) data.set(r.id, json as FeatureCollection);
  }
  if (errors.length > 0) throw new TilesBuildError(errors);
  return { refs: refs as ReferenceSpec[], data };
}

async function readJson(path: string, file: string, errors: ValidationError[]): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    errors.push({ file, path: '$', message: err.code === 'ENOENT' ? 'file not found' : `not valid JSON: ${err.message}` });
    return undefined;
  }
}

/** Removes only what a previous build wrote: numeric zoom folders and tiles.json. */
async function clean(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const name of await readdir(outDir)) {
    if (/^\d+$/.test(name) || name === 'tiles.json') await rm(join(outDir, name), { recursive: true, force: true });
  }
}

/** Web-Mercator tile holding a lon/lat point at zoom z. */
export function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  const x = Math.floor(((lon + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

function fieldsOf(features: Feature[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const f of features) {
    for (const [k, v] of Object.entries(f.properties ?? {})) {
      fields[k] ??= typeof v === 'number' ? 'Number' : typeof v === 'boolean' ? 'Boolean' : 'String';
    }
  }
  return Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b)));
}

const floor4 = (v: number): number => Math.floor(v * 1e4) / 1e4;
const ceil4 = (v: number): number => Math.ceil(v * 1e4) / 1e4;
const round4 = (v: number): number => Math.round(v * 1e4) / 1e4;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = Date.now();
  const [layersDir = process.env.PLAN_LAYERS ?? 'layers', outDir = 'public/tiles/basemap'] = process.argv.slice(2);
  buildTiles({ layersDir, outDir })
    .then((r) => {
      const kib = (r.bytes / 1024).toFixed(0);
      console.log(`basemap tiles: ${r.tiles} tiles (${r.empty} empty), ${kib} KiB, layers ${r.layers.join(', ')}, bounds ${r.bounds.join(',')} → ${outDir} (${Date.now() - t0} ms)`);
    })
    .catch((e: Error) => {
      console.error(e.message);
      process.exit(1);
    });
}
