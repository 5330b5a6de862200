/**
 * Size limits for files opened in the browser.
 *
 * | path                                              | limit  |
 * |---------------------------------------------------|--------|
 * | GeoJSON / FlatGeobuf streamed in the import worker | 200 MB |
 * | everything else (Shapefile zip, KML, GPX, CSV, and GeoJSON / FlatGeobuf parsed in memory) | 50 MB |
 * | total uncompressed size inside a Shapefile zip    | 300 MB |
 * | remote GeoJSON / FlatGeobuf downloaded whole      | 50 MB  |
 *
 * Beyond these a browser tab runs out of memory or freezes. The user is
 * told to clip the data to the area of interest (QGIS "Clip", or
 * `ogr2ogr -clipsrc 110.57 33.55 111.37 34.39 out.fgb in.shp`) or to convert
 * it to FlatGeobuf, which streams.
 */
import { FileTooLargeError } from '../errors';
import type { ImportFormat } from '../types';

const MB = 1024 * 1024;

export const SIZE_LIMITS = {
  streamed: 200 * MB,
  inMemory: 50 * MB,
  zipUncompressed: 300 * MB,
  remote: 50 * MB,
} as const;

/** True for the formats the worker can stream. */
export function isStreamable(format: ImportFormat): boolean {
  return format === 'geojson' || format === 'flatgeobuf';
}

/** Throws `FileTooLargeError` when `bytes` is above the limit of the path it would take. */
export function checkFileSize(fileName: string, bytes: number, path: 'streamed' | 'inMemory' | 'remote', format?: ImportFormat, override?: number): void {
  const limit = override ?? SIZE_LIMITS[path];
  if (bytes <= limit) return;
  const streamHint = path === 'inMemory' && format && isStreamable(format) && bytes <= SIZE_LIMITS.streamed;
  throw new FileTooLargeError(fileName, bytes, limit, streamHint
    ? { zh: '这个文件可以在后台分块读取：请用“大文件导入”（Web Worker）打开。', en: 'This file can be read in the background in chunks: open it with the large-file import (Web Worker).' }
    : {
        zh: '请先在 QGIS 中把数据裁剪到卢氏县范围，或删除不需要的字段，或转换为 FlatGeobuf（可流式读取，上限 200 MB）。',
        en: 'Clip the data to the county first (e.g. in QGIS), drop unneeded fields, or convert it to FlatGeobuf (streams, up to 200 MB).',
      }, { details: { path } });
}
