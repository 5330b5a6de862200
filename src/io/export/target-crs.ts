/**
 * The CRSs results can be exported in: WGS 84, CGCS2000 geographic, and the
 * CGCS2000 Gauss-Krüger zones (3° and 6°, with or without zone prefix).
 * Xi'an 1980 / Beijing 1954 are not offered: their shift from WGS 84 is
 * only approximate, and writing "exact" files in them would mislead.
 */
import { getCrs, type CrsInfo } from '../crs/registry';
import { fromWgs84Fn, mapFeatureCollection } from '../crs/transform';
import { ExportError } from '../errors';
import type { WgsFeatureCollection } from '../types';

/** True when `id` can be chosen as an export CRS. */
export function isExportCrs(id: string | number): boolean {
  const crs = getCrs(id);
  return !!crs && crs.datum !== 'Xian1980' && crs.datum !== 'Beijing1954' && crs.kind !== 'offset' && (crs.kind === 'geographic' || !!crs.gk);
}

/** Resolves an export CRS (default EPSG:4326) or throws `ExportError`. */
export function exportCrs(id: string | number | undefined): CrsInfo {
  const crs = getCrs(id ?? 4326);
  if (!crs || !isExportCrs(crs.id)) {
    throw new ExportError('EXPORT_CRS_UNSUPPORTED',
      { zh: `不能导出为坐标系 ${id}。`, en: `Cannot export in CRS ${id}.` },
      { zh: '请选择 WGS 84（EPSG:4326）、CGCS2000（EPSG:4490）或 CGCS2000 高斯-克吕格分带（如 EPSG:4546）。', en: 'Choose WGS 84 (EPSG:4326), CGCS2000 (EPSG:4490) or a CGCS2000 Gauss-Kruger zone (e.g. EPSG:4546).' });
  }
  return crs;
}

/** Converts a WGS84 collection into the export CRS. */
export function toExportCrs(fc: WgsFeatureCollection, crs: CrsInfo): WgsFeatureCollection {
  return crs.kind === 'geographic' ? fc : mapFeatureCollection(fc, fromWgs84Fn(crs));
}
