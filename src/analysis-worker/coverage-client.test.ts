import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { AbortError } from '../analysis/index';
import { CoverageClient, type WorkerLike } from './coverage-client';
import { createCoverageHandler } from './coverage-handler';
import type { CoverageRequest, WorkerRequest, WorkerResponse } from './coverage-protocol';
import { CoverageRunError } from './run-errors';

const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const TARGET = fc([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[111.02, 34.04], [111.05, 34.04], [111.05, 34.06], [111.02, 34.06], [111.02, 34.04]]] } }]);
const REQUEST: CoverageRequest = {
  kind: 'straight', target: TARGET, reach: { tier: '10min' },
  facilities: fc([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [111.03, 34.05] } }]),
};

/** A worker running the real handler in this thread, delivering messages asynchronously like postMessage. */
class InProcessWorker implements WorkerLike {
  terminated = false;
  received: WorkerRequest[] = [];
  private listeners: Array<(e: MessageEvent<WorkerResponse>) => void> = [];
  private handle = createCoverageHandler((m) => setTimeout(() => !this.terminated && this.listeners.forEach((l) => l({ data: m } as MessageEvent<WorkerResponse>))));
  postMessage(m: WorkerRequest): void {
    this.received.push(m);
    setTimeout(() => !this.terminated && void this.handle(m));
  }
  addEventListener(type: string, l: (e: MessageEvent<WorkerResponse>) => void): void {
    if (type === 'message') this.listeners.push(l);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A worker stuck in a long synchronous computation: it never answers. */
class StuckWorker implements WorkerLike {
  terminated = false;
  received: WorkerRequest[] = [];
  postMessage(m: WorkerRequest): void {
    this.received.push(m);
  }
  addEventListener(): void {}
  terminate(): void {
    this.terminated = true;
  }
}

describe('CoverageClient', { timeout: 30_000 }, () => {
  it('resolves a run with the outcome and reports progress', async () => {
    const w = new InProcessWorker();
    const client = new CoverageClient(() => w);
    const progress: number[] = [];
    const o = await client.run(REQUEST, (p) => progress.push(p.fraction)).promise;
    expect(o.kind).toBe('straight');
    expect(o.levels[0].share).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
    expect(client.started).toBe(1);
  });

  it('rejects with the named error rebuilt on the main thread', async () => {
    const client = new CoverageClient(() => new InProcessWorker());
    const err = await client.run({ ...REQUEST, target: REQUEST.facilities } as CoverageRequest).promise.catch((e) => e);
    expect(err).toBeInstanceOf(CoverageRunError);
    expect(err).toMatchObject({ name: 'NotPolygonError', code: 'not-polygon' });
    expect(err.zh).toBeTruthy();
  });

  it('cancel rejects at once with AbortError; a worker that answers is kept (and its networks)', async () => {
    const w = new InProcessWorker();
    const client = new CoverageClient(() => w, { cancelGraceMs: 200 });
    const task = client.run(REQUEST);
    task.cancel();
    await expect(task.promise).rejects.toBeInstanceOf(AbortError);
    expect(w.received.map((m) => m.type)).toEqual(['run', 'cancel']);
    await new Promise((r) => setTimeout(r, 300));
    expect(w.terminated).toBe(false);
    await client.run(REQUEST).promise;
    expect(client.started).toBe(1);
  });

  it('terminates a worker that does not answer a cancel, and starts a new one for the next run', async () => {
    const workers: WorkerLike[] = [];
    const client = new CoverageClient(() => {
      const w = workers.length === 0 ? new StuckWorker() : new InProcessWorker();
      workers.push(w);
      return w;
    }, { cancelGraceMs: 50 });
    const task = client.run(REQUEST);
    const t0 = Date.now();
    task.cancel();
    await expect(task.promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - t0).toBeLessThan(40);
    await new Promise((r) => setTimeout(r, 120));
    expect((workers[0] as StuckWorker).terminated).toBe(true);
    const o = await client.run(REQUEST).promise;
    expect(o.kind).toBe('straight');
    expect(client.started).toBe(2);
  });
});
