/**
 * Export entry point: any FeatureCollection (plan layer, imported layer,
 * sketch, analysis result) to GeoJSON, FlatGeobuf, CSV or zipped Shapefile,
 * in WGS 84 or a CGCS2000 Gauss-Krüger zone. Pure: returns bytes, the UI
 * saves them (e.g. with a Blob and an <a download>).
 */
import type { ExportedFile, IoWarning, WgsFeatureCollection } from '../types';
import { exportCsv } from './csv';
import { writeFlatGeobufReport } from './flatgeobuf';
import { exportGeoJson } from './geojson';
import { exportShapefile, safeFileName } from './shapefile';
import { exportCrs, toExportCrs } from './target-crs';

export type ExportFormat = 'geojson' | 'flatgeobuf' | 'csv' | 'shapefile';

export interface ExportOptions {
  /** File base name (Chinese is fine). Default `layer`. */
  name?: string;
  /** Export CRS, default EPSG:4326. See `isExportCrs`. */
  crs?: string | number;
  /** Shapefile attribute encoding, default UTF-8. */
  encoding?: 'utf-8' | 'gbk';
}

export { toCsv, toCsvString, exportCsv, type CsvColumn } from './csv';
export { writeFlatGeobuf } from './flatgeobuf';
export { exportGeoJson } from './geojson';
export { exportShapefile } from './shapefile';
export { isExportCrs } from './target-crs';

/**
 * Exports a layer; returns one file (several for a mixed-geometry Shapefile).
 * @example const files = exportLayer(result, 'shapefile', { name: '覆盖结果', crs: 'EPSG:4546' });
 */
export function exportLayer(fc: WgsFeatureCollection, format: ExportFormat, opts: ExportOptions = {}): ExportedFile[] {
  const name = safeFileName(opts.name ?? 'layer');
  switch (format) {
    case 'geojson':
      return [{ fileName: `${name}.geojson`, mimeType: 'application/geo+json', bytes: exportGeoJson(fc, { crs: opts.crs, name: opts.name }), warnings: [] }];
    case 'csv':
      return [{ fileName: `${name}.csv`, mimeType: 'text/csv;charset=utf-8', bytes: exportCsv(fc, { crs: opts.crs }), warnings: [] }];
    case 'flatgeobuf': {
      const crs = exportCrs(opts.crs);
      const report = writeFlatGeobufReport(toExportCrs(fc, crs), { crsCode: crs.code ?? 4326, name: opts.name ?? name });
      const warnings: IoWarning[] = report.skipped.length
        ? [{ code: 'FLATGEOBUF_SKIPPED_FEATURES', featureIndexes: report.skipped, text: { zh: `${report.skipped.length} 个要素没有几何或是几何集合，已跳过。`, en: `${report.skipped.length} feature(s) without geometry or with geometry collections were skipped.` } }]
        : [];
      return [{ fileName: `${name}.fgb`, mimeType: 'application/octet-stream', bytes: report.bytes, warnings }];
    }
    case 'shapefile':
      return exportShapefile(fc, { name: opts.name, crs: opts.crs, encoding: opts.encoding });
  }
}
