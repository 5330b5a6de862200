/** GeoJSON export: RFC 7946 in WGS 84; in a projected CRS with the legacy `crs` member GDAL/QGIS read. */
import type { WgsFeatureCollection } from '../types';
import { exportCrs, toExportCrs } from './target-crs';

export interface GeoJsonExportOptions {
  /** Export CRS (default EPSG:4326). */
  crs?: string | number;
  /** Written as the collection's `name`. */
  name?: string;
  /** Indentation; default none (smallest file). */
  space?: number;
}

/**
 * Serialises a FeatureCollection as UTF-8 GeoJSON bytes.
 * @example download(exportGeoJson(fc, { crs: 'EPSG:4546', name: '覆盖分析结果' }))
 */
export function exportGeoJson(fc: WgsFeatureCollection, opts: GeoJsonExportOptions = {}): Uint8Array {
  const crs = exportCrs(opts.crs);
  const out: Record<string, unknown> = { type: 'FeatureCollection' };
  if (opts.name) out.name = opts.name;
  if (crs.code !== 4326) out.crs = { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${crs.code}` } };
  out.features = toExportCrs(fc, crs).features;
  return new TextEncoder().encode(JSON.stringify(out, null, opts.space));
}
