/**
 * The import Web Worker. Create it with
 * `new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })`
 * and talk to it through `ImportWorkerClient` (worker-client.ts).
 */
import { createWorkerHandler, type WorkerRequest } from './worker-protocol';

const handle = createWorkerHandler((msg) => self.postMessage(msg));
self.onmessage = (event: MessageEvent<WorkerRequest>) => handle(event.data);
