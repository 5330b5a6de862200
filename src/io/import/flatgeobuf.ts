/**
 * FlatGeobuf import (in memory). The structure is checked before the
 * package's reader touches it, so a truncated download is reported as
 * `TruncatedFileError` with the number of complete features instead of a
 * RangeError deep in flatbuffers.
 */
import * as flatbuffers from 'flatbuffers';
import { fromByteBuffer, type HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { calcTreeSize } from 'flatgeobuf/lib/mjs/packedrtree.js';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { getCrs } from '../crs/registry';
import { wktToCrs } from '../crs/wkt-match';
import { ImportError, MalformedFileError, throwIfAborted, TruncatedFileError } from '../errors';
import type { ImportOptions, IoWarning } from '../types';
import { UNSAFE_KEYS } from '../util/safe-properties';
import { baseName, ownBuffer } from '../util/names';
import { isFlatGeobuf } from './detect-format';
import type { DeclaredCrs, RawLayer } from './finalize-layer';

const MAGIC_LEN = 8;

/** Reads and checks the header; returns it with the byte offset of the first feature. */
export function readFlatGeobufHeader(bytes: Uint8Array): { header: HeaderMeta; featuresOffset: number; headerEnd: number } {
  if (!isFlatGeobuf(bytes)) throw new MalformedFileError('FlatGeobuf', { zh: '文件头不是 FlatGeobuf 标识', en: 'the file does not start with the FlatGeobuf magic bytes' });
  if (bytes.length < MAGIC_LEN + 4) throw new TruncatedFileError('FlatGeobuf', { zh: '缺少文件头', en: 'the header is missing' });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC_LEN, true);
  if (headerLength < 8 || headerLength > 10 * 1024 * 1024) throw new MalformedFileError('FlatGeobuf', { zh: '文件头长度无效', en: 'invalid header length' });
  const headerEnd = MAGIC_LEN + 4 + headerLength;
  if (bytes.length < headerEnd) throw new TruncatedFileError('FlatGeobuf', { zh: '文件头不完整', en: 'the header is incomplete' });
  let header: HeaderMeta;
  try {
    const bb = new flatbuffers.ByteBuffer(bytes.subarray(MAGIC_LEN, headerEnd));
    header = fromByteBuffer(bb);
  } catch (e) {
    throw new MalformedFileError('FlatGeobuf', { zh: '文件头无法解析', en: 'the header cannot be read' }, { cause: e });
  }
  const index = header.indexNodeSize > 0 && header.featuresCount > 0 ? calcTreeSize(header.featuresCount, header.indexNodeSize) : 0;
  return { header, featuresOffset: headerEnd + index, headerEnd };
}

/** Walks the size-prefixed features; throws `TruncatedFileError` when one is cut off or some are missing. */
export function checkFlatGeobufFeatures(bytes: Uint8Array, header: HeaderMeta, featuresOffset: number): number {
  if (featuresOffset > bytes.length) {
    throw new TruncatedFileError('FlatGeobuf', { zh: '空间索引不完整，没有任何要素', en: 'the spatial index is cut off and no feature is present' }, { details: { completeFeatures: 0 } });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = featuresOffset;
  let count = 0;
  while (offset < bytes.length) {
    if (offset + 4 > bytes.length) break;
    const len = view.getUint32(offset, true);
    if (offset + 4 + len > bytes.length) break;
    offset += 4 + len;
    count++;
  }
  const expected = header.featuresCount;
  if (offset !== bytes.length || (expected > 0 && count < expected)) {
    throw new TruncatedFileError('FlatGeobuf', {
      zh: `只有 ${count} 个完整要素${expected ? `（应有 ${expected} 个）` : ''}`,
      en: `only ${count} complete feature(s)${expected ? ` of ${expected}` : ''}`,
    }, { details: { completeFeatures: count, expected } });
  }
  return count;
}

/** The CRS a FlatGeobuf header declares (EPSG code or WKT), if any. */
export function crsFromHeader(header: HeaderMeta): { declared?: DeclaredCrs; unrecognised?: string } {
  const crs = header.crs;
  if (!crs) return {};
  if (crs.code && (!crs.org || crs.org.toUpperCase() === 'EPSG')) {
    const info = getCrs(crs.code);
    if (info) return { declared: { crs: info, source: 'flatgeobuf-header' } };
  }
  if (crs.wkt) {
    const m = wktToCrs(crs.wkt);
    if (m) return { declared: { crs: m.crs, source: 'flatgeobuf-header', wkt: crs.wkt, custom: m.custom } };
  }
  return crs.code || crs.wkt ? { unrecognised: crs.code ? `${crs.org ?? 'EPSG'}:${crs.code}` : (crs.name ?? 'WKT') } : {};
}

/** Warnings about the header itself (unsafe column names). */
export function headerWarnings(header: HeaderMeta): IoWarning[] {
  const bad = (header.columns ?? []).map((c) => c.name).filter((n) => UNSAFE_KEYS.has(n));
  return bad.length ? [{ code: 'UNSAFE_KEYS_DROPPED', text: { zh: `删除了不安全的字段：${bad.join('、')}。`, en: `Unsafe columns were dropped: ${bad.join(', ')}.` } }] : [];
}

/** Builds the raw layer from a header and the features read. */
export function flatGeobufRawLayer(fileName: string, header: HeaderMeta, features: unknown[]): RawLayer {
  const { declared, unrecognised } = crsFromHeader(header);
  return {
    name: header.title || baseName(fileName),
    format: 'flatgeobuf',
    features,
    declared: declared ?? null,
    unrecognisedCrs: unrecognised ? { what: { zh: `FlatGeobuf 文件头中的坐标系 ${unrecognised}`, en: `CRS ${unrecognised} in the FlatGeobuf header` } } : undefined,
    encoding: null,
    warnings: headerWarnings(header),
  };
}

/**
 * Parses a whole FlatGeobuf file held in memory.
 * @example finalizeLayer(await parseFlatGeobuf(bytes, 'roads.fgb'))
 */
export async function parseFlatGeobuf(input: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<RawLayer> {
  const bytes = ownBuffer(input);
  const { header, featuresOffset } = readFlatGeobufHeader(bytes);
  const total = checkFlatGeobufFeatures(bytes, header, featuresOffset);
  const features: unknown[] = [];
  try {
    for await (const f of deserialize(bytes)) {
      const { id: _ignored, ...rest } = f as { id?: unknown };
      features.push(rest);
      if (features.length % 2000 === 0) {
        throwIfAborted(options.signal);
        options.onProgress?.({ phase: 'parsing', features: features.length, totalBytes: bytes.length });
      }
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new MalformedFileError('FlatGeobuf', { zh: `第 ${features.length + 1} 个要素无法读取`, en: `feature ${features.length + 1} cannot be read` }, { cause: e, details: { total } });
  }
  return flatGeobufRawLayer(fileName, header, features);
}
