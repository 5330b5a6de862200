/**
 * OGC API – Features client: reads `/collections/{id}/items` page by page,
 * following `next` links, up to a feature cap.
 */
import { parseCrsId, getCrs } from '../crs/registry';
import { finalizeLayer, type DeclaredCrs } from '../import/finalize-layer';
import { ImportCancelledError, MalformedFileError, RemoteSourceError, asImportError } from '../errors';
import type { BBox, ImportOptions, ImportResult, IoWarning } from '../types';
import { fetchBytes, type FetchOptions } from './fetch-bytes';
import { validateHttpUrl } from './url';

export interface OgcFeaturesOptions extends ImportOptions {
  /** Page size (`limit` parameter), default 1000. */
  limit?: number;
  /** Stop after this many features (default 100 000). */
  maxFeatures?: number;
  /** Only features in this WGS84 box (`bbox` parameter). */
  bbox?: BBox;
  headers?: Record<string, string>;
  fetch?: FetchOptions['fetch'];
}

/** The items URL for a collection or items URL. */
export function itemsUrl(input: string): URL {
  const url = validateHttpUrl(input);
  if (/\/collections\/[^/]+\/?$/.test(url.pathname)) url.pathname = `${url.pathname.replace(/\/$/, '')}/items`;
  if (!/\/items\/?$/.test(url.pathname)) {
    throw new RemoteSourceError('OGC_NOT_ITEMS_URL',
      { zh: '这不是 OGC API Features 的要素地址。', en: 'This is not an OGC API Features items address.' },
      { zh: '地址应形如 …/collections/{集合}/items。', en: 'The address should look like …/collections/{collection}/items.' }, { details: { url: url.href } });
  }
  return url;
}

/**
 * Imports a whole collection (or the part in `bbox`) from an OGC API Features service.
 * @example await fetchOgcFeatures('https://example.org/ogc/collections/schools/items', { limit: 500, signal });
 */
export async function fetchOgcFeatures(input: string, options: OgcFeaturesOptions = {}): Promise<ImportResult> {
  try {
    const first = itemsUrl(input);
    first.searchParams.set('limit', String(options.limit ?? 1000));
    if (options.bbox) first.searchParams.set('bbox', options.bbox.join(','));
    const max = options.maxFeatures ?? 100_000;
    const features: unknown[] = [];
    const seen = new Set<string>();
    const warnings: IoWarning[] = [];
    let declared: DeclaredCrs | null = null;
    let next: string | null = first.href;
    while (next) {
      if (options.signal?.aborted) throw new ImportCancelledError();
      if (seen.has(next)) break;
      seen.add(next);
      const { bytes, headers } = await fetchBytes(next, { signal: options.signal, fetch: options.fetch, headers: { Accept: 'application/geo+json, application/json', ...options.headers } });
      if (seen.size === 1) {
        const crsHeader = headers.get('content-crs')?.replace(/[<>]/g, '');
        const crs = crsHeader ? getCrs(parseCrsId(crsHeader) ?? '') : undefined;
        if (crs) declared = { crs, source: 'response-header' };
      }
      let page: { features?: unknown; links?: { rel?: string; href?: string; type?: string }[] };
      try {
        page = JSON.parse(new TextDecoder().decode(bytes));
      } catch (e) {
        throw new MalformedFileError('OGC API Features', { zh: '服务返回的不是 JSON', en: 'the service did not answer with JSON' }, { cause: e });
      }
      if (!Array.isArray(page.features)) throw new MalformedFileError('OGC API Features', { zh: '响应中没有 features 数组', en: 'the response has no "features" array' });
      features.push(...page.features);
      options.onProgress?.({ phase: 'reading', features: features.length });
      if (features.length >= max) {
        features.length = max;
        warnings.push({ code: 'OGC_TRUNCATED', text: { zh: `只读取了前 ${max} 个要素。请用范围（bbox）缩小查询。`, en: `Only the first ${max} features were read. Narrow the query with a bbox.` } });
        break;
      }
      const link = (page.links ?? []).find((l) => l.rel === 'next' && l.href && (!l.type || /json/.test(l.type)));
      next = link?.href && page.features.length > 0 ? validateHttpUrl(link.href, next).href : null;
    }
    const name = decodeURIComponent(first.pathname.split('/').slice(-2, -1)[0] ?? 'features');
    const layer = finalizeLayer({ name, format: 'ogc-features', features, declared, formatDefault: true, encoding: { name: 'utf-8', source: 'fixed' }, warnings, hintTexts: [first.href] }, options);
    return { layers: [layer] };
  } catch (e) {
    throw asImportError(e, 'OGC API Features');
  }
}
