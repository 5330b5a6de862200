/** Errors across the worker boundary: named analysis errors keep their name, code and Chinese text. */
import { AbortError } from '../analysis/index';
import type { SerializedError } from './coverage-protocol';

/** `EmptyTargetError` → `empty-target`. */
export function errorCode(name: string): string {
  const base = name.replace(/Error$/, '') || 'internal';
  return base.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** A plain, cloneable form of anything thrown in the worker. */
export function serializeError(e: unknown): SerializedError {
  if (e instanceof Error) {
    const zh = (e as { zh?: unknown }).zh;
    if (typeof zh === 'string') return { name: e.name, code: errorCode(e.name), message: e.message, zh };
    return {
      name: e.name || 'Error',
      code: 'internal',
      message: `The analysis failed: ${e.message}. Check the chosen layers; if it persists, report it with the layers used.`,
      zh: `分析出错：${e.message}。请检查所选图层；如仍出错，请连同所用图层一起反馈。`,
    };
  }
  return { name: 'Error', code: 'internal', message: `The analysis failed: ${String(e)}`, zh: `分析出错：${String(e)}` };
}

/** An analysis error rebuilt on the main thread. */
export class CoverageRunError extends Error {
  override name = 'CoverageRunError';
  readonly code: string;
  readonly zh: string;
  constructor(data: SerializedError) {
    super(data.message);
    this.name = data.name;
    this.code = data.code;
    this.zh = data.zh;
  }
}

/** The main-thread error for a serialised one; a cancelled run becomes an {@link AbortError}. */
export function deserializeError(data: SerializedError): Error {
  if (data.code === 'abort') return new AbortError();
  return new CoverageRunError(data);
}
