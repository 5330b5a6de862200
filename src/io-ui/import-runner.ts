/**
 * Runs one import job: files in the import Web Worker (progress, cancel),
 * URLs through the remote readers, raster services as overlays. Only a
 * successful import touches the map, so a failed one leaves every layer as
 * it was; a successful retry replaces the layers of the job's last success.
 */
import { asImportError, ImportCancelledError, IoError, type SerializedIoError } from '../io/errors';
import { createImportWorkerClient, importFile, type ImportWorkerClient } from '../io/index';
import { fetchOgcFeatures } from '../io/remote/ogc-features';
import { rasterSourceFromUrl } from '../io/remote/raster';
import { importFromUrl } from '../io/remote/url-import';
import type { ImportedLayer, ImportOptions, ImportProgress, ImportResult, WgsFeatureCollection } from '../io/types';
import type { PaddingOptions } from 'maplibre-gl';
import type { MapController } from '../map/map-controller';
import { csvInfo, toImportOptions, type ImportJob, type JobInput, type LayerReport, type UrlMode } from './import-state';
import { defaultStyle, splitByGeometry, styleMode, withMode } from './layer-spec';
import { layerColor } from './palette';
import { newLayerId, workFor, type WorkLayer } from './user-work';

let client: ImportWorkerClient | null | undefined;
let colorCounter = 0;

/** The shared import worker, or null where workers cannot start (then imports run on the main thread). */
function workerClient(): ImportWorkerClient | null {
  if (client === undefined) {
    try {
      client = createImportWorkerClient();
    } catch {
      client = null;
    }
  }
  return client;
}

/** Which reader a URL goes to when the user leaves the type on "auto". */
export function urlKind(url: string, mode: UrlMode): Exclude<UrlMode, 'auto'> {
  if (mode !== 'auto') return mode;
  const u = url.trim();
  if (/\{(z|TileMatrix|quadkey)\}/i.test(u) || /[?&]service=(wms|wmts)\b/i.test(u)) return 'raster';
  if (/\/collections\/[^/?#]+(\/items)?\/?([?#]|$)/.test(u)) return 'ogc';
  return 'file';
}

export interface RunResult {
  reports: LayerReport[];
  rasterId?: string;
}

export interface RunHandle {
  promise: Promise<RunResult>;
  cancel(): void;
}

/** Plain-data form of anything thrown, for the panel state. */
export function serializeError(e: unknown, format = 'file'): SerializedIoError {
  if (e instanceof IoError) return e.toJSON();
  return asImportError(e, format).toJSON();
}

/**
 * Starts a job. `previous` is the job's last success (a retry replaces its layers).
 * @example const run = runImportJob(ctrl, job, (p) => …); cancelButton.onclick = run.cancel;
 */
export function runImportJob(
  controller: MapController,
  job: Pick<ImportJob, 'input' | 'options' | 'name' | 'reports' | 'rasterId'>,
  onProgress: (p: ImportProgress) => void,
  /** Map padding for zooming to the result (room for a panel over the map). */
  padding: () => PaddingOptions = () => ({ top: 60, bottom: 60, left: 60, right: 60 }),
): RunHandle {
  const abort = new AbortController();
  let cancelWorker = () => {};
  const options: ImportOptions = { ...toImportOptions(job.options), signal: abort.signal, onProgress };
  const promise = (async (): Promise<RunResult> => {
    const input = job.input;
    let result: ImportResult;
    if (input.kind === 'file') {
      const c = workerClient();
      if (c) {
        const task = c.import(input.file, options);
        cancelWorker = task.cancel;
        result = await task.promise;
      } else {
        result = await importFile({ name: input.file.name, bytes: new Uint8Array(await input.file.arrayBuffer()) }, options);
      }
    } else {
      const kind = urlKind(input.url, input.mode);
      if (kind === 'raster') return { reports: [], rasterId: addRasterOverlay(controller, input.url, job.rasterId) };
      result = kind === 'ogc' ? await fetchOgcFeatures(input.url, options) : await importFromUrl(input.url, options);
    }
    if (abort.signal.aborted) throw new ImportCancelledError();
    const origin = input.kind === 'file' ? { fileName: input.file.name } : { url: input.url };
    const reports = addImported(controller, result.layers, origin, job.reports);
    fitTo(controller, result.layers, padding());
    return { reports };
  })();
  return {
    promise,
    cancel: () => {
      cancelWorker();
      abort.abort();
    },
  };
}

function addRasterOverlay(controller: MapController, url: string, previousId?: string): string {
  const d = rasterSourceFromUrl(url);
  const id = previousId ?? newLayerId('raster');
  const host = (() => {
    try {
      return new URL(d.source.tiles[0].replace(/\{[^}]+\}/g, '0')).host;
    } catch {
      return url;
    }
  })();
  workFor(controller).addRaster({ id, name: `${d.kind.toUpperCase()} · ${host}`, kind: d.kind, url, source: d.source, opacity: 1, visible: true });
  return id;
}

/**
 * Puts imported layers on the map (one map layer per geometry kind) and
 * returns their reports. Ids and styles of a previous run are reused, so a
 * retry replaces rather than duplicates.
 */
export function addImported(controller: MapController, layers: ImportedLayer[], origin: { fileName?: string; url?: string }, previous: LayerReport[] = []): LayerReport[] {
  const work = workFor(controller);
  const oldIds = previous.flatMap((r) => r.layerIds);
  const reuse = [...oldIds];
  const reports = layers.map((layer) => {
    const parts = splitByGeometry(layer.featureCollection);
    const ids = parts.map((p) => {
      const id = reuse.shift() ?? newLayerId('imp');
      const old = work.get(id);
      const name = parts.length > 1 ? `${layer.name}（${GEOMETRY_NAME[p.geometry]}）` : layer.name;
      const count = p.fc.features.length;
      const item: WorkLayer = {
        kind: 'layer', id, name, group: 'imported', geometry: p.geometry,
        // A retry keeps the user's style; categories are recomputed (a new encoding changes the values).
        style: old && old.geometry === p.geometry ? withMode(old.style, p.fc, styleMode(old.style), old.style.color_by?.property) : defaultStyle(p.geometry, layerColor(colorCounter++)),
        visible: true, fc: p.fc as WgsFeatureCollection, createdAt: new Date().toISOString(),
        origin: { ...origin, format: layer.format, crs: layer.sourceCrs.id, ...(layer.encoding ? { encoding: layer.encoding.name } : {}) },
        description: {
          zh: `导入自 ${origin.fileName ?? origin.url}：${count} 个要素，原坐标系 ${layer.sourceCrs.name.zh}`,
          en: `Imported from ${origin.fileName ?? origin.url}: ${count} features, source CRS ${layer.sourceCrs.name.en}`,
        },
      };
      work.put(item);
      return id;
    });
    const report: LayerReport = {
      layerIds: ids, name: layer.name, format: layer.format, count: layer.featureCollection.features.length,
      crs: { id: layer.sourceCrs.id, name: layer.sourceCrs.name, source: layer.sourceCrs.source, approximateDatum: layer.sourceCrs.approximateDatum },
      encoding: layer.encoding, warnings: layer.warnings, repairs: layer.repairs, fields: layer.fields,
      ...(layer.offsetHint ? { offsetHint: layer.offsetHint } : {}),
      ...(layer.landClassField ? { landClassField: layer.landClassField } : {}),
      ...(layer.format === 'csv' ? { csv: csvInfo(layer.warnings) } : {}),
    };
    return report;
  });
  for (const id of reuse) work.remove(id);
  return reports;
}

const GEOMETRY_NAME = { point: '点', line: '线', polygon: '面' } as const;

function fitTo(controller: MapController, layers: ImportedLayer[], padding: PaddingOptions): void {
  const boxes = layers.map((l) => l.bbox).filter((b): b is NonNullable<typeof b> => !!b);
  if (!controller.map || boxes.length === 0) return;
  const b = boxes.reduce((a, x) => [Math.min(a[0], x[0]), Math.min(a[1], x[1]), Math.max(a[2], x[2]), Math.max(a[3], x[3])]);
  controller.map.fitBounds([[b[0], b[1]], [b[2], b[3]]], { padding, maxZoom: 15, duration: 0 });
}

export type { JobInput };
