/** GeoJSON / FlatGeobuf (or any supported file) by URL, downloaded whole (50 MB limit). */
import { asImportError } from '../errors';
import { importFile } from '../import/index';
import type { ImportOptions, ImportResult } from '../types';
import { fetchBytes, type FetchOptions } from './fetch-bytes';
import { validateHttpUrl } from './url';

/**
 * Downloads a file and imports it like a dropped file.
 * @example await importFromUrl('https://example.org/data/roads.geojson', { signal });
 */
export async function importFromUrl(input: string, options: ImportOptions & { fetch?: FetchOptions['fetch']; headers?: Record<string, string> } = {}): Promise<ImportResult> {
  try {
    const url = validateHttpUrl(input);
    const { bytes, contentType } = await fetchBytes(url.href, { signal: options.signal, fetch: options.fetch, headers: options.headers, onProgress: options.onProgress, maxBytes: options.maxBytes });
    let name = decodeURIComponent(url.pathname.split('/').pop() || 'download');
    if (!/\.[a-z0-9]+$/i.test(name)) {
      if (/json/.test(contentType)) name += '.geojson';
      else if (/flatgeobuf/.test(contentType)) name += '.fgb';
    }
    return await importFile({ name, bytes }, options);
  } catch (e) {
    throw asImportError(e, 'URL');
  }
}
