/**
 * Streaming import for large GeoJSON and FlatGeobuf files (up to 200 MB),
 * meant to run inside the import Web Worker but free of any worker API, so
 * it runs in Node tests too. Reports progress in bytes and features and
 * stops at once when the AbortSignal fires. Other formats are read whole
 * (50 MB limit) and handed to `importFile`.
 */
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { checkFileSize, SIZE_LIMITS } from '../checks/limits';
import { asImportError, EmptyFileError, ImportCancelledError, ImportError, MalformedFileError, TruncatedFileError, UnsupportedFormatError } from '../errors';
import type { ImportOptions, ImportResult } from '../types';
import { baseName, extension } from '../util/names';
import { detectFormat } from './detect-format';
import { finalizeLayer } from './finalize-layer';
import { flatGeobufRawLayer } from './flatgeobuf';
import { crsFromMember, PROJECT_FORMAT_MARKER } from './geojson';
import { GeoJsonStreamParser } from './geojson-stream';
import { importFile } from './index';

/** A file to stream: a `File`/`Blob` gives this with `{ name: file.name, size: file.size, stream: file.stream() }`. */
export interface StreamSource {
  name: string;
  /** Total size in bytes, when known (for progress and the early size check). */
  size?: number;
  stream: ReadableStream<Uint8Array>;
}

class ByteCounter {
  loaded = 0;
  private last = 0;
  constructor(private readonly source: StreamSource, private readonly options: ImportOptions, private readonly limit: number) {}
  add(n: number, features?: number): void {
    this.loaded += n;
    if (this.loaded > this.limit) checkFileSize(this.source.name, this.loaded, 'streamed', undefined, this.limit);
    const now = Date.now();
    if (now - this.last >= 50 || n === 0) {
      this.last = now;
      this.options.onProgress?.({ phase: 'reading', loadedBytes: this.loaded, totalBytes: this.source.size, features });
    }
  }
}

/** Reads the first chunk, so the format can be sniffed, and returns a stream that still yields it. */
async function peek(stream: ReadableStream<Uint8Array>): Promise<{ head: Uint8Array; stream: ReadableStream<Uint8Array> }> {
  const reader = stream.getReader();
  let head = new Uint8Array(0);
  while (head.length < 4096) {
    const { value, done } = await reader.read();
    if (done) break;
    const merged = new Uint8Array(head.length + value.length);
    merged.set(head);
    merged.set(value, head.length);
    head = merged;
  }
  let first = true;
  const rest = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (first) {
        first = false;
        if (head.length) return controller.enqueue(head);
      }
      const { value, done } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { head, stream: rest };
}

async function streamGeoJson(stream: ReadableStream<Uint8Array>, counter: ByteCounter, options: ImportOptions) {
  const features: unknown[] = [];
  const parser = new GeoJsonStreamParser((f) => features.push(f));
  const reader = stream.getReader();
  try {
    for (;;) {
      if (options.signal?.aborted) throw new ImportCancelledError();
      const { value, done } = await reader.read();
      if (done) break;
      parser.push(value);
      counter.add(value.length, features.length);
    }
  } catch (e) {
    await reader.cancel().catch(() => undefined);
    throw e;
  }
  parser.end();
  if (parser.members.format === PROJECT_FORMAT_MARKER) throw new UnsupportedFormatError('project', { details: { isProjectFile: true } });
  if (!parser.sawFeaturesArray && features.length === 0) {
    throw new MalformedFileError('GeoJSON', { zh: '大文件只支持 FeatureCollection（或要素数组）', en: 'large files must be a FeatureCollection (or an array of features)' });
  }
  return { features, members: parser.members };
}

async function streamFlatGeobuf(stream: ReadableStream<Uint8Array>, counter: ByteCounter, options: ImportOptions) {
  let header: HeaderMeta | null = null;
  const features: unknown[] = [];
  const counted = stream.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      counter.add(chunk.length, features.length);
      controller.enqueue(chunk);
    },
  }));
  try {
    for await (const f of deserialize(counted, { headerMetaFn: (h) => { header = h; } })) {
      if (options.signal?.aborted) throw new ImportCancelledError();
      const { id: _ignored, ...rest } = f as { id?: unknown };
      features.push(rest);
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const expected = (header as HeaderMeta | null)?.featuresCount ?? 0;
    throw new TruncatedFileError('FlatGeobuf', { zh: `读到第 ${features.length + 1} 个要素时中断`, en: `it breaks off at feature ${features.length + 1}` }, { cause: e, details: { completeFeatures: features.length, expected } });
  }
  if (!header) throw new MalformedFileError('FlatGeobuf', { zh: '文件头无法解析', en: 'the header cannot be read' });
  const h = header as HeaderMeta;
  if (h.featuresCount > 0 && features.length < h.featuresCount) {
    throw new TruncatedFileError('FlatGeobuf', { zh: `只有 ${features.length} 个完整要素（应有 ${h.featuresCount} 个）`, en: `only ${features.length} complete feature(s) of ${h.featuresCount}` }, { details: { completeFeatures: features.length, expected: h.featuresCount } });
  }
  return { features, header: h };
}

async function readAll(stream: ReadableStream<Uint8Array>, counter: ByteCounter, options: ImportOptions): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    if (options.signal?.aborted) {
      await reader.cancel();
      throw new ImportCancelledError();
    }
    const { value, done } = await reader.read();
    if (done) break;
    parts.push(value);
    counter.add(value.length);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * Imports a file from a byte stream (see module doc).
 * @example await importStream({ name: file.name, size: file.size, stream: file.stream() }, { onProgress, signal });
 */
export async function importStream(source: StreamSource, options: ImportOptions = {}): Promise<ImportResult> {
  let format: ReturnType<typeof detectFormat> = null;
  try {
    if (options.signal?.aborted) throw new ImportCancelledError();
    if (source.size === 0) throw new EmptyFileError(source.name);
    const { head, stream } = await peek(source.stream);
    if (head.length === 0) throw new EmptyFileError(source.name);
    format = detectFormat(source.name, head);
    if (!format) throw new UnsupportedFormatError(source.name, { details: { extension: extension(source.name) } });
    const streamed = format === 'geojson' || format === 'flatgeobuf';
    const limit = options.maxBytes ?? (streamed ? SIZE_LIMITS.streamed : SIZE_LIMITS.inMemory);
    if (source.size !== undefined) checkFileSize(source.name, source.size, streamed ? 'streamed' : 'inMemory', format, limit);
    const counter = new ByteCounter(source, options, limit);
    if (format === 'geojson') {
      const { features, members } = await streamGeoJson(stream, counter, options);
      const { declared, unrecognised } = crsFromMember(members.crs);
      const name = typeof members.name === 'string' && members.name.trim() ? members.name : baseName(source.name);
      const layer = finalizeLayer({
        name, format: 'geojson', features, declared: declared ?? null, formatDefault: true,
        unrecognisedCrs: unrecognised ? { what: { zh: `GeoJSON 的 crs 成员“${unrecognised}”`, en: `GeoJSON crs member "${unrecognised}"` } } : undefined,
        encoding: { name: 'utf-8', source: 'fixed' }, hintTexts: [name, source.name],
      }, options);
      options.onProgress?.({ phase: 'done', loadedBytes: counter.loaded, totalBytes: source.size, features: features.length });
      return { layers: [layer] };
    }
    if (format === 'flatgeobuf') {
      const { features, header } = await streamFlatGeobuf(stream, counter, options);
      const layer = finalizeLayer(flatGeobufRawLayer(source.name, header, features), options);
      options.onProgress?.({ phase: 'done', loadedBytes: counter.loaded, totalBytes: source.size, features: features.length });
      return { layers: [layer] };
    }
    const bytes = await readAll(stream, counter, options);
    return await importFile({ name: source.name, bytes }, options);
  } catch (e) {
    throw asImportError(e, format ?? extension(source.name));
  }
}
