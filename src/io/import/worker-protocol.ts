/**
 * Messages between the main thread and the import worker, and the worker's
 * message handler (kept apart from `import-worker.ts` so that it can be
 * tested in Node without a real Worker).
 */
import { asImportError, type SerializedIoError } from '../errors';
import type { ImportOptions, ImportProgress, ImportResult, InputFile } from '../types';
import { importStream } from './stream-import';

/** Import options that can cross postMessage (no functions, no signal). */
export type WorkerImportOptions = Omit<ImportOptions, 'signal' | 'onProgress' | 'domParser'>;

export type WorkerRequest =
  | { type: 'import'; id: number; file: Blob | InputFile; name: string; options: WorkerImportOptions }
  | { type: 'cancel'; id: number };

export type WorkerResponse =
  | { type: 'progress'; id: number; progress: ImportProgress }
  | { type: 'result'; id: number; result: ImportResult }
  | { type: 'error'; id: number; error: SerializedIoError };

function toStream(file: Blob | InputFile): { stream: ReadableStream<Uint8Array>; size: number } {
  if (typeof Blob !== 'undefined' && file instanceof Blob) return { stream: file.stream() as ReadableStream<Uint8Array>, size: file.size };
  const { bytes } = file as InputFile;
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return {
    size: u8.length,
    stream: new ReadableStream<Uint8Array>({
      start(controller) {
        for (let o = 0; o < u8.length; o += 1 << 20) controller.enqueue(u8.subarray(o, Math.min(u8.length, o + (1 << 20))));
        controller.close();
      },
    }),
  };
}

/** Returns the worker-side message handler; `post` sends a response to the main thread. */
export function createWorkerHandler(post: (msg: WorkerResponse) => void): (req: WorkerRequest) => void {
  const running = new Map<number, AbortController>();
  return (req) => {
    if (req.type === 'cancel') {
      running.get(req.id)?.abort();
      return;
    }
    const controller = new AbortController();
    running.set(req.id, controller);
    const { stream, size } = toStream(req.file);
    importStream({ name: req.name, size, stream }, {
      ...req.options,
      signal: controller.signal,
      onProgress: (progress) => post({ type: 'progress', id: req.id, progress }),
    })
      .then((result) => post({ type: 'result', id: req.id, result }))
      .catch((e: unknown) => post({ type: 'error', id: req.id, error: asImportError(e, 'import').toJSON() }))
      .finally(() => running.delete(req.id));
  };
}
