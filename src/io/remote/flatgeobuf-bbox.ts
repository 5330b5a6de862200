/**
 * Reads only the features inside a bbox from a remote, indexed FlatGeobuf,
 * through HTTP range requests (flatgeobuf's `deserialize` with a rect). The
 * server must answer `Range` requests and allow them cross-origin.
 */
import { readMetadata } from 'flatgeobuf/lib/mjs/generic/featurecollection.js';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { fromWgs84Fn } from '../crs/transform';
import { asImportError, ImportCancelledError, RemoteSourceError } from '../errors';
import { finalizeLayer } from '../import/finalize-layer';
import { flatGeobufRawLayer } from '../import/flatgeobuf';
import type { BBox, ImportOptions, ImportResult } from '../types';
import { validateHttpUrl } from './url';
import { networkError } from './fetch-bytes';

/** Envelope in the file's CRS of a WGS84 box (corners and edge midpoints converted). */
function rectIn(bbox: BBox, convert: (p: number[]) => number[]) {
  const [w, s, e, n] = bbox;
  const pts = [[w, s], [e, s], [e, n], [w, n], [(w + e) / 2, s], [(w + e) / 2, n], [w, (s + n) / 2], [e, (s + n) / 2]].map(convert);
  return { minX: Math.min(...pts.map((p) => p[0])), minY: Math.min(...pts.map((p) => p[1])), maxX: Math.max(...pts.map((p) => p[0])), maxY: Math.max(...pts.map((p) => p[1])) };
}

/**
 * Imports the features of a remote FlatGeobuf that intersect `bbox` (WGS84).
 * Cancelling stops after the request in flight (flatgeobuf's reader takes no signal).
 * @example await fetchFlatGeobufBbox('https://example.org/parcels.fgb', [110.9, 33.9, 111.2, 34.2], { signal });
 */
export async function fetchFlatGeobufBbox(input: string, bbox: BBox, options: ImportOptions & { maxFeatures?: number } = {}): Promise<ImportResult> {
  try {
    const url = validateHttpUrl(input).href;
    let header;
    try {
      header = await readMetadata(url);
    } catch (e) {
      if (/Not a FlatGeobuf/i.test(String(e))) throw new RemoteSourceError('NOT_FLATGEOBUF', { zh: '该地址不是 FlatGeobuf 文件。', en: 'The address is not a FlatGeobuf file.' }, { zh: '请检查网址。', en: 'Check the address.' });
      if (/status|HTTP|40\d|50\d/i.test(String(e))) throw new RemoteSourceError('HTTP_ERROR', { zh: `读取文件头失败（${String(e)}）。`, en: `Reading the header failed (${String(e)}).` }, { zh: '请检查网址，并确认服务器支持 Range 请求。', en: 'Check the address and that the server supports Range requests.' }, { cause: e });
      throw networkError(e, url, options.signal);
    }
    if (!header.indexNodeSize) {
      throw new RemoteSourceError('FGB_NO_INDEX', { zh: '该 FlatGeobuf 没有空间索引，不能按范围读取。', en: 'This FlatGeobuf has no spatial index and cannot be read by bbox.' }, { zh: '请整体导入（按网址导入），或用本工具/ogr2ogr 重新生成带索引的文件。', en: 'Import it whole (import by URL), or rewrite it with an index (this tool or ogr2ogr).' });
    }
    const raw0 = flatGeobufRawLayer(url, header, []);
    const crs = raw0.declared?.crs;
    const rect = crs && crs.kind === 'projected' ? rectIn(bbox, fromWgs84Fn(crs)) : { minX: bbox[0], minY: bbox[1], maxX: bbox[2], maxY: bbox[3] };
    const features: unknown[] = [];
    const max = options.maxFeatures ?? 200_000;
    for await (const f of deserialize(url, { rect })) {
      if (options.signal?.aborted) throw new ImportCancelledError();
      const { id: _ignored, ...rest } = f as { id?: unknown };
      features.push(rest);
      if (features.length % 1000 === 0) options.onProgress?.({ phase: 'reading', features: features.length });
      if (features.length >= max) break;
    }
    if (features.length === 0) {
      throw new RemoteSourceError('NO_FEATURES_IN_BBOX', { zh: '该范围内没有要素。', en: 'There are no features in this area.' }, { zh: '请放大范围或检查数据位置。', en: 'Widen the area or check where the data lies.' }, { details: { bbox } });
    }
    const name = decodeURIComponent(new URL(url).pathname.split('/').pop()?.replace(/\.fgb$/i, '') || 'flatgeobuf');
    return { layers: [finalizeLayer({ ...raw0, name: header.title || name, features }, options)] };
  } catch (e) {
    throw asImportError(e, 'FlatGeobuf');
  }
}
