/**
 * Main-thread side of the import worker: one promise per import, progress
 * callbacks, and cancel (which stops the worker's reading at once). KML and
 * GPX need a DOMParser, which workers lack; they fall back to the main
 * thread automatically.
 */
import { errorFromJSON, ImportCancelledError } from '../errors';
import type { ImportOptions, ImportResult, InputFile } from '../types';
import { importFile } from './index';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/** The parts of `Worker` the client uses (a fake can stand in for tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  terminate(): void;
}

/** A running import. */
export interface ImportTask {
  promise: Promise<ImportResult>;
  /** Cancels; the promise rejects with `ImportCancelledError`. */
  cancel(): void;
}

/** A File, a Blob with a name, or bytes with a name. */
export type WorkerInput = (Blob & { name: string }) | InputFile;

const isXmlName = (name: string) => /\.(kml|kmz|gpx)$/i.test(name);

async function bytesOf(file: WorkerInput): Promise<Uint8Array> {
  if (typeof Blob !== 'undefined' && file instanceof Blob) return new Uint8Array(await file.arrayBuffer());
  const { bytes } = file as InputFile;
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

export class ImportWorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: ImportResult | Promise<ImportResult>) => void; reject: (e: unknown) => void; options: ImportOptions; file: WorkerInput }>();
  private readonly listener = (event: MessageEvent<WorkerResponse>) => this.onMessage(event.data);

  constructor(private readonly worker: WorkerLike) {
    worker.addEventListener('message', this.listener);
  }

  /**
   * Imports a file in the worker (streaming for GeoJSON/FlatGeobuf up to 200 MB).
   * @example
   * const task = client.import(file, { onProgress: (p) => bar.value = p.loadedBytes! / p.totalBytes! });
   * cancelButton.onclick = () => task.cancel();
   * const { layers } = await task.promise;
   */
  import(file: WorkerInput, options: ImportOptions = {}): ImportTask {
    const id = this.nextId++;
    let cancel = () => {};
    const promise = new Promise<ImportResult>((resolve, reject) => {
      if (isXmlName(file.name)) {
        resolve(bytesOf(file).then((bytes) => importFile({ name: file.name, bytes }, options)));
        return;
      }
      this.pending.set(id, { resolve, reject, options, file });
      const { signal, onProgress: _p, domParser: _d, ...plain } = options;
      cancel = () => {
        if (!this.pending.has(id)) return;
        this.worker.postMessage({ type: 'cancel', id });
        this.pending.delete(id);
        reject(new ImportCancelledError());
      };
      if (signal?.aborted) return cancel();
      signal?.addEventListener('abort', () => cancel(), { once: true });
      this.worker.postMessage({ type: 'import', id, file, name: file.name, options: plain });
    });
    return { promise, cancel: () => cancel() };
  }

  private onMessage(msg: WorkerResponse): void {
    const entry = this.pending.get(msg.id);
    if (!entry) return;
    if (msg.type === 'progress') {
      entry.options.onProgress?.(msg.progress);
      return;
    }
    this.pending.delete(msg.id);
    if (msg.type === 'result') entry.resolve(msg.result);
    else if (msg.error.code === 'NO_XML_PARSER') {
      // XML arrived under another name: parse it here, where DOMParser exists.
      entry.resolve(bytesOf(entry.file).then((bytes) => importFile({ name: entry.file.name, bytes }, entry.options)));
    } else entry.reject(errorFromJSON(msg.error));
  }

  /** Stops the worker; pending imports reject with `ImportCancelledError`. */
  terminate(): void {
    this.worker.removeEventListener('message', this.listener);
    this.worker.terminate();
    for (const { reject } of this.pending.values()) reject(new ImportCancelledError());
    this.pending.clear();
  }
}

/** Starts the import worker (browser only; Vite bundles it from this literal URL). */
export function createImportWorkerClient(): ImportWorkerClient {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  return new ImportWorkerClient(worker as unknown as WorkerLike);
}
