/**
 * `fetch` with a size limit, progress, cancellation and named errors
 * (HTTP status, network/CORS failure, too large).
 */
import { SIZE_LIMITS } from '../checks/limits';
import { FileTooLargeError, ImportCancelledError, RemoteSourceError } from '../errors';
import type { ImportProgress } from '../types';

export interface FetchOptions {
  signal?: AbortSignal;
  maxBytes?: number;
  headers?: Record<string, string>;
  onProgress?: (p: ImportProgress) => void;
  /** Injected fetch (tests); default `globalThis.fetch`. */
  fetch?: typeof fetch;
}

/** Wraps a fetch failure: an AbortError stays a cancel, anything else is a network/CORS problem. */
export function networkError(e: unknown, url: string, signal?: AbortSignal): Error {
  if (signal?.aborted || (e instanceof Error && e.name === 'AbortError')) return new ImportCancelledError({ cause: e });
  return new RemoteSourceError('NETWORK_ERROR',
    { zh: `无法连接 ${new URL(url).host}。`, en: `Could not reach ${new URL(url).host}.` },
    { zh: '请检查网络；如果地址在浏览器中能打开，可能是服务器不允许跨域访问（CORS）：请下载文件后拖入地图。', en: 'Check the connection; if the address opens in a browser tab, the server may not allow cross-origin access (CORS): download the file and drop it on the map.' },
    { cause: e, details: { url } });
}

/** Throws `RemoteSourceError` (HTTP_ERROR) for non-2xx responses. */
export function checkResponse(res: Response, url: string): void {
  if (res.ok) return;
  const auth = res.status === 401 || res.status === 403;
  throw new RemoteSourceError('HTTP_ERROR',
    { zh: `服务器返回 ${res.status}（${res.statusText || '错误'}）。`, en: `The server answered ${res.status} (${res.statusText || 'error'}).` },
    auth
      ? { zh: '服务需要授权或密钥，请检查密钥（如天地图 tk）。', en: 'The service needs authorisation or a key; check the key (e.g. Tianditu tk).' }
      : { zh: res.status === 404 ? '地址不存在，请检查网址。' : '请稍后再试或联系数据提供方。', en: res.status === 404 ? 'The address does not exist; check the URL.' : 'Try again later or contact the data provider.' },
    { details: { url, status: res.status } });
}

/** Downloads a URL into memory, refusing more than `maxBytes` (default 50 MB). */
export async function fetchBytes(url: string, opts: FetchOptions = {}): Promise<{ bytes: Uint8Array; contentType: string; headers: Headers }> {
  const doFetch = opts.fetch ?? globalThis.fetch;
  const limit = opts.maxBytes ?? SIZE_LIMITS.remote;
  let res: Response;
  try {
    res = await doFetch(url, { signal: opts.signal, headers: opts.headers });
  } catch (e) {
    throw networkError(e, url, opts.signal);
  }
  checkResponse(res, url);
  const total = Number(res.headers.get('content-length')) || undefined;
  const name = new URL(url).pathname.split('/').pop() || url;
  if (total && total > limit) throw new FileTooLargeError(name, total, limit, { zh: '远程文件太大：请改用按范围读取（FlatGeobuf）或先下载裁剪。', en: 'The remote file is too large: read it by bbox (FlatGeobuf) or download and clip it first.' });
  const parts: Uint8Array[] = [];
  let loaded = 0;
  try {
    if (!res.body) throw new Error('empty body');
    const reader = res.body.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      loaded += value.length;
      if (loaded > limit) {
        await reader.cancel();
        throw new FileTooLargeError(name, loaded, limit, { zh: '远程文件太大：请先下载并裁剪。', en: 'The remote file is too large: download and clip it first.' });
      }
      parts.push(value);
      opts.onProgress?.({ phase: 'reading', loadedBytes: loaded, totalBytes: total });
    }
  } catch (e) {
    if (e instanceof FileTooLargeError) throw e;
    throw networkError(e, url, opts.signal);
  }
  const bytes = new Uint8Array(loaded);
  let o = 0;
  for (const p of parts) {
    bytes.set(p, o);
    o += p.length;
  }
  return { bytes, contentType: res.headers.get('content-type') ?? '', headers: res.headers };
}
