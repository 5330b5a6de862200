/**
 * Zipped Shapefile export: .shp/.shx/.dbf/.prj/.cpg in WGS 84 or a CGCS2000
 * Gauss-Krüger zone. A Shapefile holds one geometry kind, so mixed layers
 * give one zip per kind (`name_point.zip`, `name_line.zip`, …).
 */
import { zipSync } from 'fflate';
import type { Geometry } from 'geojson';
import { crsToPrj } from '../crs/wkt-write';
import { ExportError } from '../errors';
import type { ExportedFile, IoWarning, WgsFeatureCollection } from '../types';
import { writeDbf, type DbfEncoding } from './dbf-writer';
import { shapeKindOf, writeShpShx, type ShapeKind } from './shp-writer';
import { exportCrs, toExportCrs } from './target-crs';

export interface ShapefileExportOptions {
  /** Base name of the files inside the zip (default `layer`). */
  name?: string;
  /** Export CRS (default EPSG:4326). */
  crs?: string | number;
  /** Attribute encoding: UTF-8 (default, written to the .cpg) or GBK for old software. */
  encoding?: DbfEncoding;
}

const SUFFIX: Record<ShapeKind, string> = { point: 'point', multipoint: 'multipoint', polyline: 'line', polygon: 'polygon' };

/** Replaces characters that are not allowed in file names. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\0]/g, '_').trim() || 'layer';
}

/**
 * Exports a layer as one zipped Shapefile per geometry kind.
 * @example const [zip] = exportShapefile(fc, { name: '用地', crs: 'EPSG:4546', encoding: 'gbk' });
 */
export function exportShapefile(fc: WgsFeatureCollection, opts: ShapefileExportOptions = {}): ExportedFile[] {
  const crs = exportCrs(opts.crs);
  const prj = crsToPrj(crs.id);
  const encoding = opts.encoding ?? 'utf-8';
  const projected = toExportCrs(fc, crs);
  const base = safeFileName(opts.name ?? 'layer');
  const groups = new Map<ShapeKind, { geometries: Geometry[]; records: Record<string, unknown>[] }>();
  const skipped: number[] = [];
  projected.features.forEach((f, i) => {
    const kind = f.geometry ? shapeKindOf(f.geometry) : null;
    if (!kind) {
      skipped.push(i);
      return;
    }
    const g = groups.get(kind) ?? { geometries: [], records: [] };
    g.geometries.push(f.geometry!);
    g.records.push({ ...(f.properties ?? {}) });
    groups.set(kind, g);
  });
  if (groups.size === 0) {
    throw new ExportError('EXPORT_EMPTY', { zh: '图层中没有可导出为 Shapefile 的几何。', en: 'The layer has no geometry a Shapefile can hold.' }, { zh: '请改用 GeoJSON 导出。', en: 'Export as GeoJSON instead.' });
  }
  const common: IoWarning[] = skipped.length
    ? [{ code: 'SHAPEFILE_SKIPPED_FEATURES', featureIndexes: skipped, text: { zh: `${skipped.length} 个要素没有几何或是几何集合，Shapefile 无法保存，已跳过。`, en: `${skipped.length} feature(s) without geometry or with geometry collections cannot go into a Shapefile and were skipped.` } }]
    : [];
  return [...groups].map(([kind, g]) => {
    const name = groups.size > 1 ? `${base}_${SUFFIX[kind]}` : base;
    const { shp, shx } = writeShpShx(g.geometries, kind);
    const dbf = writeDbf(g.records, encoding);
    const files: Record<string, Uint8Array> = {
      [`${name}.shp`]: shp,
      [`${name}.shx`]: shx,
      [`${name}.dbf`]: dbf.bytes,
      [`${name}.prj`]: new TextEncoder().encode(prj),
      [`${name}.cpg`]: new TextEncoder().encode(encoding === 'gbk' ? 'GBK' : 'UTF-8'),
    };
    return { fileName: `${name}.zip`, mimeType: 'application/zip', bytes: zipSync(files), warnings: [...common, ...dbf.warnings] };
  });
}
