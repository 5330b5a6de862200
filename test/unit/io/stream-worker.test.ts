import { describe, expect, it, vi } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { GeoJsonStreamParser } from '../../../src/io/import/geojson-stream';
import { importStream } from '../../../src/io/import/stream-import';
import { createWorkerHandler, type WorkerRequest, type WorkerResponse } from '../../../src/io/import/worker-protocol';
import { ImportWorkerClient, type WorkerLike } from '../../../src/io/import/worker-client';
import { ImportCancelledError, MalformedFileError, TruncatedFileError, LooksProjectedError } from '../../../src/io/errors';
import { writeFlatGeobuf } from '../../../src/io/export/flatgeobuf';
import { fixture, rejection } from './helpers';

vi.spyOn(console, 'debug').mockImplementation(() => {});

/** A stream that hands out `bytes` in chunks of `size`, optionally waiting between chunks. */
function chunked(bytes: Uint8Array, size: number, delayMs = 0): ReadableStream<Uint8Array> {
  let o = 0;
  return new ReadableStream({
    async pull(c) {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      if (o >= bytes.length) return c.close();
      c.enqueue(bytes.slice(o, o + size));
      o += size;
    },
  });
}

const collection = (n: number) => ({
  type: 'FeatureCollection', name: '大图层', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
  features: Array.from({ length: n }, (_, i) => ({ type: 'Feature', properties: { i, s: `引号"和\\反斜杠}{][ ${i}` }, geometry: { type: 'Point', coordinates: [110.6 + i * 1e-4, 33.6 + i * 1e-4] } })),
});

describe('GeoJsonStreamParser', () => {
  it.each([1, 7, 64, 4096])('gives the same features as JSON.parse with %i-byte chunks', (size) => {
    const doc = collection(50);
    const bytes = new TextEncoder().encode(`\uFEFF${JSON.stringify(doc, null, 1)}`);
    const got: unknown[] = [];
    const p = new GeoJsonStreamParser((f) => got.push(f));
    for (let o = 0; o < bytes.length; o += size) p.push(bytes.subarray(o, o + size));
    p.end();
    expect(got).toEqual(doc.features);
    expect(p.members.name).toBe('大图层');
    expect(p.members.crs).toEqual(doc.crs);
  });

  it('reports truncation and bad JSON inside a feature', () => {
    const text = JSON.stringify(collection(5));
    const p = new GeoJsonStreamParser(() => {});
    p.push(new TextEncoder().encode(text.slice(0, text.length - 40)));
    expect(() => p.end()).toThrow(TruncatedFileError);
    const q = new GeoJsonStreamParser(() => {});
    expect(() => q.push(new TextEncoder().encode('{"features":[{"type":"Feature",,}]}'))).toThrow(MalformedFileError);
  });
});

describe('importStream', () => {
  it('streams GeoJSON with byte and feature progress', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(collection(2000)));
    const progress: { loadedBytes?: number; features?: number; phase: string }[] = [];
    const { layers } = await importStream({ name: 'a.geojson', size: bytes.length, stream: chunked(bytes, 8192) }, { onProgress: (p) => progress.push(p) });
    expect(layers[0].featureCollection.features).toHaveLength(2000);
    expect(layers[0].name).toBe('大图层');
    expect(progress.at(-1)).toMatchObject({ phase: 'done', loadedBytes: bytes.length, features: 2000 });
    expect(progress.some((p) => p.phase === 'reading')).toBe(true);
  });

  it('streams FlatGeobuf and detects truncation', async () => {
    const fgb = writeFlatGeobuf(collection(500) as never);
    const { layers } = await importStream({ name: 'a.fgb', size: fgb.length, stream: chunked(fgb, 1000) });
    expect(layers[0].featureCollection.features).toHaveLength(500);
    const cut = await rejection(importStream({ name: 'a.fgb', stream: chunked(fixture('bad/truncated.fgb'), 333) }));
    expect(cut).toBeInstanceOf(TruncatedFileError);
  });

  it('stops at once when cancelled', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(collection(3000)));
    const controller = new AbortController();
    let chunks = 0;
    const p = importStream({ name: 'a.geojson', stream: chunked(bytes, 1000, 2) }, { signal: controller.signal, onProgress: () => { if (++chunks === 3) controller.abort(); } });
    const err = await rejection(p);
    expect(err).toBeInstanceOf(ImportCancelledError);
    expect(err.code).toBe('CANCELLED');
  });

  it('hands other formats to importFile', async () => {
    const bytes = fixture('gk-cm111-gbk.zip');
    const { layers } = await importStream({ name: 'x.zip', size: bytes.length, stream: chunked(bytes, 500) });
    expect(layers).toHaveLength(2);
  });
});

/** Runs the worker handler in-process, cloning messages like postMessage does. */
class FakeWorker implements WorkerLike {
  private listeners = new Set<(e: MessageEvent<WorkerResponse>) => void>();
  readonly posted: WorkerRequest['type'][] = [];
  private handle = createWorkerHandler((msg) => setTimeout(() => this.listeners.forEach((l) => l({ data: structuredClone(msg) } as MessageEvent<WorkerResponse>))));
  terminated = false;
  postMessage(message: WorkerRequest): void {
    this.posted.push(message.type);
    const copy = message.type === 'import' ? { ...message, file: message.file, options: structuredClone(message.options) } : structuredClone(message);
    setTimeout(() => this.handle(copy));
  }
  addEventListener(_t: 'message', l: (e: MessageEvent<WorkerResponse>) => void): void { this.listeners.add(l); }
  removeEventListener(_t: 'message', l: (e: MessageEvent<WorkerResponse>) => void): void { this.listeners.delete(l); }
  terminate(): void { this.terminated = true; }
}

describe('ImportWorkerClient', () => {
  it('resolves with layers and forwards progress', async () => {
    const client = new ImportWorkerClient(new FakeWorker());
    const bytes = new TextEncoder().encode(JSON.stringify(collection(100)));
    const onProgress = vi.fn();
    const { layers } = await client.import(new File([bytes], 'a.geojson'), { onProgress }).promise;
    expect(layers[0].featureCollection.features).toHaveLength(100);
    expect(onProgress).toHaveBeenCalled();
  });

  it('rebuilds named errors with their class, texts and retry options', async () => {
    const client = new ImportWorkerClient(new FakeWorker());
    const err = await rejection(client.import({ name: 'p.geojson', bytes: fixture('bad/projected-no-crs.geojson') }).promise);
    expect(err).toBeInstanceOf(LooksProjectedError);
    expect(err.retryWith).toEqual({ crs: 'EPSG:4525' });
    expect(err.text!.zh).toMatch(/高斯-克吕格/);
  });

  it('cancels: the promise rejects and the worker is told', async () => {
    const worker = new FakeWorker();
    const client = new ImportWorkerClient(worker);
    const controller = new AbortController();
    const task = client.import({ name: 'a.geojson', bytes: new TextEncoder().encode(JSON.stringify(collection(10))) }, { signal: controller.signal });
    controller.abort();
    expect(await rejection(task.promise)).toBeInstanceOf(ImportCancelledError);
    expect(worker.posted).toEqual(['import', 'cancel']);
  });

  it('parses KML on the main thread (workers have no DOMParser)', async () => {
    const worker = new FakeWorker();
    const client = new ImportWorkerClient(worker);
    const { layers } = await client.import({ name: 'trails.kml', bytes: fixture('trails.kml') }, { domParser: DOMParser as never }).promise;
    expect(layers[0].name).toBe('卢氏县步道');
    expect(worker.posted).toEqual([]);
    client.terminate();
    expect(worker.terminated).toBe(true);
  });
});
