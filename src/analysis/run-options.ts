/** Options and helpers shared by every long-running analysis. */
import { AbortError } from './errors.js';

/** What a result measured, how, and its limits — printed by the panel under the numbers. */
export interface MethodNote {
  zh: string;
  en: string;
}

/** Accepted by every long-running function as its last argument. */
export interface RunOptions {
  /** Called with a fraction in [0, 1] as work proceeds. */
  onProgress?: (fraction: number) => void;
  /** Cancels the run; the function then throws {@link AbortError}. */
  signal?: AbortSignal;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError();
}

/**
 * A progress reporter for stage [from, to] of a run, which also checks for
 * cancellation. Cheap to call often.
 */
export function stage(opts: RunOptions | undefined, from: number, to: number): (fraction: number) => void {
  return (f: number) => {
    throwIfAborted(opts?.signal);
    opts?.onProgress?.(from + (to - from) * Math.min(1, Math.max(0, f)));
  };
}
