/**
 * The coverage worker's message handler, kept free of worker globals so a
 * test can call it directly: give it a `post` function and feed it
 * {@link WorkerRequest}s. It keeps built road networks by key, reports
 * progress (at most every 1 %), honours `cancel` through an AbortController
 * and posts named errors with code, message and Chinese text.
 */
import { AbortError } from '../analysis/index';
import type { CoverageOutcome, WorkerRequest, WorkerResponse } from './coverage-protocol';
import { NetworkCache } from './network-cache';
import { serializeError } from './run-errors';
import { runCoverage } from './run-coverage';
import { warmUp } from './warm-up';

export interface HandlerOptions {
  /** Road networks kept (default 4). */
  cacheSize?: number;
  /** Lets pending messages (a cancel) in between steps; default a zero timeout. */
  yieldToEvents?: () => Promise<void>;
  now?: () => number;
}

export interface CoverageHandler {
  /** Handles one message; resolves when a run has posted its result or error. */
  (msg: WorkerRequest): Promise<void>;
  readonly networks: NetworkCache;
  /** Ids of runs in progress. */
  readonly running: ReadonlySet<number>;
}

/** Share of the bar given to building a road network that is not cached yet. */
const NETWORK_SHARE = 0.25;

export function createCoverageHandler(post: (msg: WorkerResponse) => void, opts: HandlerOptions = {}): CoverageHandler {
  const networks = new NetworkCache(opts.cacheSize ?? 4);
  const runs = new Map<number, AbortController>();
  const tick = opts.yieldToEvents ?? (() => new Promise<void>((r) => setTimeout(r, 0)));
  const now = opts.now ?? (() => performance.now());

  async function run(id: number, msg: Extract<WorkerRequest, { type: 'run' }>): Promise<void> {
    const abort = new AbortController();
    runs.set(id, abort);
    const started = now();
    let last = -1;
    let lastStage = '';
    let offset = 0;
    const report = (fraction: number, stage: 'network' | 'analysis') => {
      const f = Math.min(1, Math.max(0, fraction));
      if (f - last < 0.01 && f < 1 && stage === lastStage) return;
      last = f;
      lastStage = stage;
      post({ type: 'progress', id, fraction: f, stage });
    };
    try {
      report(0, 'analysis');
      // A cancel sent right after the run must win before any work starts.
      await tick();
      if (abort.signal.aborted) throw new AbortError();
      const outcome: CoverageOutcome = await runCoverage(msg.request, {
        signal: abort.signal,
        progress: (f) => report(offset + (1 - offset) * f, 'analysis'),
        network: async (input) => {
          if (networks.has(input.key)) return networks.get(input);
          report(0, 'network');
          const built = networks.get(input);
          offset = NETWORK_SHARE;
          report(NETWORK_SHARE, 'network');
          await tick();
          if (abort.signal.aborted) throw new AbortError();
          return built;
        },
      });
      if (abort.signal.aborted) throw new AbortError();
      outcome.elapsedMs = Math.round(now() - started);
      report(1, 'analysis');
      post({ type: 'result', id, outcome });
    } catch (e) {
      post({ type: 'error', id, error: serializeError(abort.signal.aborted ? new AbortError() : e) });
    } finally {
      runs.delete(id);
    }
  }

  const handle = (async (msg: WorkerRequest) => {
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'cancel') runs.get(msg.id)?.abort();
    else if (msg.type === 'clear-networks') networks.clear();
    else if (msg.type === 'warm-up') await warmUp(tick, () => runs.size > 0);
    else if (msg.type === 'run') await run(msg.id, msg);
  }) as CoverageHandler;
  Object.defineProperty(handle, 'networks', { value: networks });
  Object.defineProperty(handle, 'running', { get: () => new Set(runs.keys()) });
  return handle;
}
