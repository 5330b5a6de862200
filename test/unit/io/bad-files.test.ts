import { mkdtempSync, openSync, writeSync, closeSync, readFileSync, rmSync, createReadStream, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import * as errors from '../../../src/io/errors';
import { importFile } from '../../../src/io/import/index';
import { importStream } from '../../../src/io/import/stream-import';
import { SIZE_LIMITS } from '../../../src/io/checks/limits';
import { importFixture, rejection } from './helpers';

const CORPUS: [string, keyof typeof errors, string][] = [
  ['bad/malformed.geojson', 'MalformedFileError', 'MALFORMED_FILE'],
  ['bad/truncated.geojson', 'TruncatedFileError', 'TRUNCATED_FILE'],
  ['bad/truncated.fgb', 'TruncatedFileError', 'TRUNCATED_FILE'],
  ['bad/no-dbf.zip', 'MissingShapefilePartError', 'MISSING_SHAPEFILE_PART'],
  ['bad/lone.shp', 'MissingShapefilePartError', 'MISSING_SHAPEFILE_PART'],
  ['bad/swapped.geojson', 'SwappedAxesError', 'AXES_SWAPPED'],
  ['bad/empty.geojson', 'EmptyFileError', 'EMPTY_FILE'],
  ['bad/zero-bytes.csv', 'EmptyFileError', 'EMPTY_FILE'],
  ['bad/geometry-collection.geojson', 'UnsupportedGeometryError', 'UNSUPPORTED_GEOMETRY'],
  ['bad/projected-no-crs.geojson', 'LooksProjectedError', 'LOOKS_PROJECTED'],
  ['bad/not-geojson.json', 'MalformedFileError', 'MALFORMED_FILE'],
  ['bad/no-coordinates.csv', 'CsvColumnsError', 'CSV_COLUMNS'],
  ['bad/malformed.kml', 'MalformedFileError', 'MALFORMED_FILE'],
  ['bad/random.bin', 'UnsupportedFormatError', 'UNSUPPORTED_FORMAT'],
  ['bad/unknown-prj.zip', 'CrsUnknownError', 'CRS_UNKNOWN'],
];

describe('bad files give their specific error, never a crash', () => {
  it.each(CORPUS)('%s → %s', async (file, cls, code) => {
    const err = await rejection(importFixture(file));
    expect(err).toBeInstanceOf(errors[cls] as unknown as new () => Error);
    expect(err).toBeInstanceOf(errors.ImportError);
    expect(err.code).toBe(code);
    expect(err.text!.zh.length).toBeGreaterThan(3);
    expect(err.text!.en.length).toBeGreaterThan(3);
    expect(err.hint!.zh.length).toBeGreaterThan(3);
    expect(err.hint!.en.length).toBeGreaterThan(3);
  });

  it('reports how much of a truncated FlatGeobuf was complete', async () => {
    const err = await rejection(importFixture('bad/truncated.fgb'));
    expect(err.details).toMatchObject({ expected: 60 });
    expect(err.details!.completeFeatures).toBeGreaterThan(0);
    expect(err.details!.completeFeatures).toBeLessThan(60);
  });

  it('suggests a CRS for an unknown .prj from the coordinates', async () => {
    const err = await rejection(importFixture('bad/unknown-prj.zip'));
    expect(err.retryWith).toEqual({ crs: 'EPSG:4546' });
  });

  it('wraps anything unexpected from a parser as MalformedFileError', async () => {
    // A zip that claims to be a shapefile but holds garbage in the .shp.
    const { zipSync } = await import('fflate');
    const zip = zipSync({ 'a.shp': new Uint8Array([0, 0, 0x27, 0x0a, 1, 2, 3]), 'a.dbf': new Uint8Array(40) });
    const err = await rejection(importFile({ name: 'a.zip', bytes: zip }));
    expect(err).toBeInstanceOf(errors.ImportError);
  });
});

describe('prototype pollution', () => {
  it('drops __proto__ keys, keeps constructor as data, and pollutes nothing (GeoJSON)', async () => {
    const { layers } = await importFixture('bad/proto-keys.geojson');
    const props = layers[0].featureCollection.features[0].properties!;
    expect(Object.getPrototypeOf(props)).toBeNull();
    expect(Object.prototype.hasOwnProperty.call(props, '__proto__')).toBe(false);
    expect(Object.keys(props)).toEqual(['name', 'constructor', 'nested', 'code']);
    expect(props.constructor).toEqual({ prototype: { polluted: true } });
    expect(Object.keys(props.nested as object)).toEqual(['ok']);
    expect(props.code).toBe('=1+1');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(layers[0].warnings.map((w) => w.code)).toContain('UNSAFE_KEYS_DROPPED');
    // Merging the attributes downstream stays harmless.
    const merged = Object.assign({}, props);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });

  it('does the same for CSV headers', async () => {
    const { layers } = await importFixture('bad/proto-keys.csv');
    const props = layers[0].featureCollection.features[0].properties!;
    expect(Object.keys(props)).toEqual(['名称', 'constructor', '经度', '纬度']);
    expect(props.constructor).toBe('x');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('size limits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'io-big-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes a ~100 MB GeoJSON FeatureCollection of points in the county (one 5 000-feature block, repeated). */
  function write100MB(): string {
    const path = join(dir, 'big.geojson');
    const fd = openSync(path, 'w');
    writeSync(fd, '{"type":"FeatureCollection","name":"big","features":[\n');
    const block = Array.from({ length: 5000 }, (_, i) =>
      `{"type":"Feature","properties":{"i":${i},"name":"设施${i}","note":"卢氏县城关镇某某村民小组公共服务设施点位"},"geometry":{"type":"Point","coordinates":[${(110.6 + i * 0.0001).toFixed(4)},${(33.6 + i * 0.0001).toFixed(4)}]}}`).join(',\n');
    const blockBytes = Buffer.byteLength(block);
    for (let written = 0, first = true; written < 100 * 1024 * 1024; written += blockBytes, first = false) writeSync(fd, first ? block : `,\n${block}`);
    writeSync(fd, ']}\n');
    closeSync(fd);
    return path;
  }

  it('refuses a 100 MB file on the in-memory path with FileTooLargeError pointing to the worker', { timeout: 120_000 }, async () => {
    const path = write100MB();
    const bytes = new Uint8Array(readFileSync(path));
    expect(bytes.length).toBeGreaterThan(SIZE_LIMITS.inMemory);
    const err = await rejection(importFile({ name: 'big.geojson', bytes }));
    expect(err).toBeInstanceOf(errors.FileTooLargeError);
    expect(err.details).toMatchObject({ limit: SIZE_LIMITS.inMemory });
    expect(err.hint!.en).toMatch(/large-file import/);
    // The same bytes as a Shapefile zip would have no streaming path.
    const zipErr = await rejection(importFile({ name: 'big.zip', bytes: Uint8Array.of(0x50, 0x4b, 3, 4, ...bytes.subarray(0, 10)) }, { maxBytes: 5 }));
    expect(zipErr).toBeInstanceOf(errors.FileTooLargeError);
  });

  it('streams the 100 MB GeoJSON in the worker path, with progress', { timeout: 180_000 }, async () => {
    const path = join(dir, 'big.geojson');
    const size = statSync(path).size;
    const progress: number[] = [];
    const { layers } = await importStream(
      { name: 'big.geojson', size, stream: Readable.toWeb(createReadStream(path, { highWaterMark: 1 << 20 })) as ReadableStream<Uint8Array> },
      { onProgress: (p) => p.loadedBytes && progress.push(p.loadedBytes), referenceBbox: null },
    );
    expect(layers[0].featureCollection.features.length).toBeGreaterThan(400_000);
    expect(layers[0].name).toBe('big');
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(size);
  });

  it('refuses more than 200 MB even when streaming', async () => {
    const stream = new ReadableStream<Uint8Array>({ start(c) { c.enqueue(new TextEncoder().encode('{"type":"FeatureCollection","features":[')); c.close(); } });
    const err = await rejection(importStream({ name: 'huge.geojson', size: 201 * 1024 * 1024, stream }));
    expect(err).toBeInstanceOf(errors.FileTooLargeError);
    expect(err.hint!.en).toMatch(/Clip the data/);
  });
});
