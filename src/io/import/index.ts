/**
 * Import entry point: `importFile({ name, bytes }, options)` detects the
 * format, parses, checks and converts to WGS84. It is pure: nothing is
 * applied anywhere, so a failed import leaves the map untouched; the UI adds
 * `result.layers` only when the promise resolves.
 *
 * Every failure is an `ImportError` subclass with `code`, bilingual `text`
 * and `hint`, and often `retryWith` (options likely to succeed).
 */
import { unzipSync } from 'fflate';
import { checkFileSize } from '../checks/limits';
import { asImportError, EmptyFileError, ImportError, throwIfAborted, UnsupportedFormatError } from '../errors';
import type { ImportedLayer, ImportFormat, ImportOptions, ImportResult, InputFile } from '../types';
import { extension, ownBuffer } from '../util/names';
import { parseCsv } from './csv';
import { detectFormat, isZip } from './detect-format';
import { finalizeLayer, type RawLayer } from './finalize-layer';
import { parseFlatGeobuf } from './flatgeobuf';
import { parseGeoJson } from './geojson';
import { parseGpx } from './gpx';
import { parseKml } from './kml';
import { parseShapefileZip } from './shapefile';

export { detectFormat } from './detect-format';

/** A zip with a .kml and no .shp is a KMZ, whatever its name. */
function zipHoldsKmlOnly(bytes: Uint8Array): boolean {
  const names: string[] = [];
  try {
    unzipSync(bytes, { filter: (f) => (names.push(f.name.toLowerCase()), false) });
  } catch {
    return false;
  }
  return names.some((n) => n.endsWith('.kml')) && !names.some((n) => n.endsWith('.shp') || n.endsWith('.dbf'));
}

async function parse(format: ImportFormat, bytes: Uint8Array, name: string, options: ImportOptions): Promise<RawLayer[]> {
  switch (format) {
    case 'geojson': return [parseGeoJson(bytes, name, options)];
    case 'flatgeobuf': return [await parseFlatGeobuf(bytes, name, options)];
    case 'shapefile': return isZip(bytes) && zipHoldsKmlOnly(bytes) ? [parseKml(bytes, name, options)] : parseShapefileZip(bytes, name, options);
    case 'kml': return [parseKml(bytes, name, options)];
    case 'gpx': return [parseGpx(bytes, name, options)];
    case 'csv': return [parseCsv(bytes, name, options)];
  }
}

/**
 * Imports one file held in memory (all formats; up to 50 MB — larger
 * GeoJSON/FlatGeobuf go through the worker, see `worker-client.ts`).
 * @example
 * const { layers } = await importFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, { encoding: 'gbk' });
 */
export async function importFile(file: InputFile, options: ImportOptions = {}): Promise<ImportResult> {
  const bytes = ownBuffer(file.bytes);
  const format = detectFormat(file.name, bytes);
  try {
    throwIfAborted(options.signal);
    if (bytes.length === 0) throw new EmptyFileError(file.name);
    checkFileSize(file.name, bytes.length, 'inMemory', format ?? undefined, options.maxBytes);
    if (!format) throw new UnsupportedFormatError(file.name, { details: { extension: extension(file.name) } });
    options.onProgress?.({ phase: 'parsing', loadedBytes: bytes.length, totalBytes: bytes.length });
    const raws = await parse(format, bytes, file.name, options);
    const layers: ImportedLayer[] = [];
    for (const raw of raws) {
      try {
        layers.push(finalizeLayer(raw, raws.length > 1 ? { ...options, layerName: undefined } : options));
      } catch (e) {
        if (raws.length > 1 && e instanceof ImportError) Object.assign(e, { details: { ...e.details, layer: raw.name } });
        throw e;
      }
    }
    options.onProgress?.({ phase: 'done', loadedBytes: bytes.length, totalBytes: bytes.length });
    return { layers };
  } catch (e) {
    throw asImportError(e, format ?? extension(file.name));
  }
}
