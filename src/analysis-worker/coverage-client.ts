/**
 * Main-thread side of the coverage worker: `run(request)` gives a promise,
 * progress callbacks and `cancel()`.
 *
 * The analysis functions are synchronous, so a worker deep inside one cannot
 * read a cancel message until it returns. Cancel therefore asks politely
 * first (the worker stops between steps and keeps its cached road networks)
 * and, if the worker has not answered within `cancelGraceMs`, terminates it;
 * the next run starts a fresh worker. Either way the promise rejects with
 * the analysis module's `AbortError` at once.
 */
import { AbortError } from '../analysis/index';
import type { CoverageOutcome, CoverageRequest, WorkerRequest, WorkerResponse } from './coverage-protocol';
import { deserializeError } from './run-errors';

/** The parts of `Worker` the client uses (a fake stands in for tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message' | 'error', listener: (event: MessageEvent<WorkerResponse> | ErrorEvent) => void): void;
  terminate(): void;
}

export interface RunProgress {
  fraction: number;
  stage: 'network' | 'analysis';
}

export interface CoverageTask {
  promise: Promise<CoverageOutcome>;
  /** Stops the run; the promise rejects with `AbortError`. */
  cancel(): void;
}

interface Pending {
  resolve: (o: CoverageOutcome) => void;
  reject: (e: Error) => void;
  onProgress?: (p: RunProgress) => void;
  cancelled: boolean;
}

export class CoverageClient {
  private worker?: WorkerLike;
  private warmed = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Workers started so far (a terminated worker is replaced on the next run). */
  started = 0;

  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly opts: { cancelGraceMs?: number } = {},
  ) {}

  /**
   * Runs an analysis in the worker.
   * @example
   * const task = client.run(request, (p) => (bar.value = p.fraction));
   * cancelButton.onclick = () => task.cancel();
   * const outcome = await task.promise;
   */
  run(request: CoverageRequest, onProgress?: (p: RunProgress) => void): CoverageTask {
    const id = this.nextId++;
    const worker = this.ensureWorker();
    const promise = new Promise<CoverageOutcome>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress, cancelled: false });
    });
    worker.postMessage({ type: 'run', id, request });
    return { promise, cancel: () => this.cancel(id) };
  }

  /** Starts the worker (if needed) and warms it up, e.g. when the user opens the panel. */
  warmUp(): void {
    if (this.warmed && this.worker) return;
    this.warmed = true;
    this.ensureWorker().postMessage({ type: 'warm-up' });
  }

  /** Drops the road networks the worker keeps. */
  clearNetworks(): void {
    this.worker?.postMessage({ type: 'clear-networks' });
  }

  /** Stops the worker; pending runs reject with `AbortError`. */
  terminate(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new AbortError());
    this.pending.clear();
  }

  private cancel(id: number): void {
    const p = this.pending.get(id);
    if (!p || p.cancelled) return;
    p.cancelled = true;
    p.reject(new AbortError());
    const worker = this.worker;
    worker?.postMessage({ type: 'cancel', id });
    setTimeout(() => {
      // Still busy with the cancelled run: stop the whole worker.
      if (this.pending.has(id) && this.worker === worker) {
        worker?.terminate();
        this.worker = undefined;
        for (const [k, q] of this.pending) {
          if (!q.cancelled) q.reject(new AbortError());
          this.pending.delete(k);
        }
      }
    }, this.opts.cancelGraceMs ?? 300);
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.createWorker();
    this.started++;
    w.addEventListener('message', (e) => this.onMessage((e as MessageEvent<WorkerResponse>).data));
    w.addEventListener('error', (e) => this.onCrash(w, e as ErrorEvent));
    this.worker = w;
    return w;
  }

  private onMessage(msg: WorkerResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') {
      if (!p.cancelled) p.onProgress?.({ fraction: msg.fraction, stage: msg.stage });
      return;
    }
    this.pending.delete(msg.id);
    if (p.cancelled) return;
    if (msg.type === 'result') p.resolve(msg.outcome);
    else p.reject(deserializeError(msg.error));
  }

  private onCrash(w: WorkerLike, e: ErrorEvent): void {
    if (this.worker !== w) return;
    this.worker = undefined;
    const err = Object.assign(new Error(`The analysis worker stopped: ${e.message || 'it could not start'}. Reload the page and try again.`), {
      zh: `分析线程意外停止：${e.message || '无法启动'}。请刷新页面后重试。`,
      code: 'worker',
    });
    for (const p of this.pending.values()) if (!p.cancelled) p.reject(err);
    this.pending.clear();
  }
}

/** A client whose worker Vite bundles from this literal URL (browser only). */
export function createCoverageClient(): CoverageClient {
  return new CoverageClient(() => new Worker(new URL('./coverage-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike);
}
