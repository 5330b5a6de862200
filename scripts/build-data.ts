/**
 * `npm run data`: validates layers/ and builds what the browser loads —
 * public/data/ (manifest, catalogue, plan text, one indexed FlatGeobuf per
 * layer) and public/tiles/basemap/ (offline vector tiles). Runs before
 * `npm start`, `npm run build` and the tests. Fails with one line per
 * problem, naming the file and the feature.
 */
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fgbFile } from '../src/data/load-plan';
import { writeFlatGeobuf } from '../src/io/export/flatgeobuf';
import { formatErrors, validateAll } from '../src/manifest/validate-all';
import type { ValidationError } from '../src/manifest/types';
import { buildTiles } from './build-tiles';
import { LAYERS_DIR, readLayerFile } from './read-layers';

export class DataBuildError extends Error {
  override name = 'DataBuildError';
  constructor(readonly errors: ValidationError[]) {
    super(`layers/ has ${errors.length} problem(s); nothing was built:\n${formatErrors(errors)}`);
  }
}

export interface BuildDataOptions {
  layersDir?: string;
  outDir?: string;
  tilesDir?: string;
  /** Skip the basemap tiles (unit tests of the data build). */
  tiles?: boolean;
}

export interface BuildDataResult {
  layers: number;
  features: number;
  bytes: number;
}

export async function buildData(opts: BuildDataOptions = {}): Promise<BuildDataResult> {
  const layersDir = resolve(opts.layersDir ?? LAYERS_DIR);
  let outDir = resolve(opts.outDir ?? 'public/data');
  const read = opts.layersDir ? readerFor(layersDir) : readLayerFile;
  const { errors, loaded } = await validateAll(read);
  if (errors.length > 0 || !loaded) throw new DataBuildError(errors);

  // Build next to the target and swap it in, so a running server never sees a half-written folder.
  const target = outDir;
  outDir = `${target}.tmp-${process.pid}`;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  let features = 0;
  let bytes = 0;
  for (const layer of loaded.manifest.layers) {
    const fc = loaded.data.get(layer.id)!;
    const fgb = writeFlatGeobuf(fc);
    await writeFile(resolve(outDir, fgbFile(layer.id)), fgb);
    features += fc.features.length;
    bytes += fgb.byteLength;
  }
  const m = loaded.manifest;
  for (const file of ['manifest.json', m.catalogue, m.plan_text]) {
    await copyFile(resolve(layersDir, file), resolve(outDir, basename(file)));
  }
  await rm(`${target}.old-${process.pid}`, { recursive: true, force: true });
  await rename(target, `${target}.old-${process.pid}`).catch(() => {});
  await rename(outDir, target);
  await rm(`${target}.old-${process.pid}`, { recursive: true, force: true });
  if (opts.tiles !== false) {
    await buildTiles({ layersDir, outDir: resolve(opts.tilesDir ?? 'public/tiles/basemap') });
  }
  return { layers: m.layers.length, features, bytes };
}

function readerFor(dir: string) {
  return async (path: string) => {
    const { readFile } = await import('node:fs/promises');
    return readFile(resolve(dir, path), 'utf8').catch(() => null);
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = Date.now();
  buildData()
    .then((r) => {
      console.log(`data built: ${r.layers} layers, ${r.features} features, ${(r.bytes / 1024).toFixed(0)} KiB FlatGeobuf, basemap tiles (${Date.now() - t0} ms)`);
    })
    .catch((e: Error) => {
      console.error(e.message);
      process.exit(1);
    });
}
