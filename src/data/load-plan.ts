import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { parsePlanText } from '../manifest/plan-text';
import { validateCatalogue } from '../manifest/validate-catalogue';
import { validateManifest } from '../manifest/validate-manifest';
import type { Catalogue, Manifest } from '../manifest/types';
import { PlanDataError, type LoadProgress, type PlanData } from './plan-data';

export interface LoadPlanOptions {
  signal?: AbortSignal;
  onProgress?: (p: LoadProgress) => void;
  /** Only features intersecting this box are streamed from each FlatGeobuf file (HTTP range requests). */
  bbox?: [number, number, number, number];
}

/** File name of a layer's FlatGeobuf, as written by `npm run data`. */
export const fgbFile = (layerId: string): string => `${layerId}.fgb`;

/**
 * Loads a built plan data folder (`manifest.json`, `catalogue.json`, the
 * plan text and one FlatGeobuf per layer). The manifest and catalogue are
 * validated before anything is drawn; an invalid folder throws
 * `PlanDataError` listing every problem.
 *
 * @example
 * const data = await loadPlan(new URL('data/', location.href).href, { signal });
 */
export async function loadPlan(baseUrl: string, opts: LoadPlanOptions = {}): Promise<PlanData> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const { signal } = opts;
  const manifestJson = await fetchJson(new URL('manifest.json', base).href, signal);
  const errors = validateManifest(manifestJson);
  if (errors.length > 0) throw new PlanDataError(`The layer manifest has ${errors.length} problem(s)`, errors);
  const manifest = manifestJson as Manifest;

  const total = manifest.layers.length + 2;
  let loaded = 0;
  const tick = () => opts.onProgress?.({ loaded: ++loaded, total });

  const [planText, catalogueJson] = await Promise.all([
    fetchText(new URL(manifest.plan_text.split('/').pop()!, base).href, signal).then((t) => (tick(), t)),
    fetchJson(new URL(manifest.catalogue.split('/').pop()!, base).href, signal).then((c) => (tick(), c)),
  ]);
  const plan = parsePlanText(planText);
  const catErrors = validateCatalogue(catalogueJson, plan, new Set(manifest.groups.map((g) => g.id)), manifest.catalogue);
  if (catErrors.length > 0) throw new PlanDataError(`The catalogue has ${catErrors.length} problem(s)`, catErrors);

  const bbox = opts.bbox ?? manifest.view.max_bounds;
  const rect = bbox && { minX: bbox[0], minY: bbox[1], maxX: bbox[2], maxY: bbox[3] };
  const entries = await Promise.all(
    manifest.layers.map(async (layer) => {
      const fc = await readFgb(new URL(fgbFile(layer.id), base).href, rect, signal);
      tick();
      return [layer.id, fc] as const;
    }),
  );
  return { manifest, plan, catalogue: catalogueJson as Catalogue, layers: new Map(entries), baseUrl: base };
}

type Rect = { minX: number; minY: number; maxX: number; maxY: number };

/**
 * Reads in progress, by URL and box. Several maps on one page (a compare
 * view, two widgets) ask for the same files at the same moment; identical
 * concurrent range requests to one URL can come back garbled from the
 * browser's cache, so each file is read once and every map gets its own copy.
 */
const inflight = new Map<string, Promise<GeoJSON.Feature[]>>();

async function readFgb(url: string, rect: Rect | undefined, signal?: AbortSignal): Promise<GeoJSON.FeatureCollection> {
  const key = `${url} ${JSON.stringify(rect ?? null)}`;
  let read = inflight.get(key);
  if (!read) {
    read = streamFeatures(url, rect).finally(() => inflight.delete(key));
    inflight.set(key, read);
  }
  try {
    const features = await read;
    signal?.throwIfAborted();
    return { type: 'FeatureCollection', features: structuredClone(features) };
  } catch (e) {
    if (signal?.aborted) throw signal.reason;
    throw new PlanDataError(`Could not read layer data ${url}: ${(e as Error).message}. Run "npm run data" to rebuild it.`);
  }
}

async function streamFeatures(url: string, rect: Rect | undefined): Promise<GeoJSON.Feature[]> {
  const features: GeoJSON.Feature[] = [];
  for await (const f of deserialize(url, rect ? { rect } : undefined)) features.push(f as GeoJSON.Feature);
  return features;
}

async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new PlanDataError(`Could not load ${url} (HTTP ${res.status}). Run "npm run data" to build the data folder.`);
  return res.text();
}

async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const text = await fetchText(url, signal);
  try {
    return JSON.parse(text);
  } catch {
    throw new PlanDataError(`${url} is not valid JSON`);
  }
}
