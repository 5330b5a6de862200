/**
 * The coverage Web Worker (a module worker). Create it through
 * `createCoverageClient()` (coverage-client.ts), which uses
 * `new Worker(new URL('./coverage-worker.ts', import.meta.url), { type: 'module' })`
 * so that Vite bundles it. All logic lives in the testable handler.
 */
import { createCoverageHandler } from './coverage-handler';
import type { WorkerRequest, WorkerResponse } from './coverage-protocol';

const scope = self as unknown as { postMessage(msg: WorkerResponse): void; onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null };
const handle = createCoverageHandler((msg) => scope.postMessage(msg));
scope.onmessage = (event) => void handle(event.data);
