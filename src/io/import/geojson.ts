/**
 * GeoJSON import (RFC 7946, plus the legacy `crs` member that GDAL and
 * older tools still write for projected data).
 */
import { getCrs, parseCrsId } from '../crs/registry';
import { PROJECT_FORMAT } from '../project/schema';
import { MalformedFileError, TruncatedFileError, UnsupportedFormatError } from '../errors';
import type { ImportOptions } from '../types';
import { chooseEncoding, decodeText } from '../util/text-encoding';
import { baseName } from '../util/names';
import type { DeclaredCrs, RawLayer } from './finalize-layer';

/** The `format` marker of project files, to redirect them to project import. */
export { PROJECT_FORMAT as PROJECT_FORMAT_MARKER } from '../project/schema';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** True when brackets are still open at the end of the text (ignoring strings): the file was cut off. */
export function openAtEnd(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return depth > 0 || inString;
}

/** Reads the legacy `crs` member: `{type:'name', properties:{name:'urn:ogc:def:crs:EPSG::4546'}}` or `{type:'EPSG', properties:{code:4546}}`. */
export function crsFromMember(crs: unknown): { declared?: DeclaredCrs; unrecognised?: string } {
  if (!crs || typeof crs !== 'object') return {};
  const props = (crs as { properties?: Record<string, unknown> }).properties ?? {};
  const label = props.name ?? props.code;
  if (typeof label !== 'string' && typeof label !== 'number') return { unrecognised: JSON.stringify(crs).slice(0, 200) };
  const id = parseCrsId(label);
  const info = id ? getCrs(id) : undefined;
  return info ? { declared: { crs: info, source: 'geojson-crs' } } : { unrecognised: String(label) };
}

/** Features of any GeoJSON root (FeatureCollection, Feature, bare geometry, or an array of those). */
export function featuresOfRoot(root: unknown, format = 'GeoJSON'): unknown[] {
  if (Array.isArray(root)) return root.flatMap((r) => featuresOfRoot(r, format));
  if (!root || typeof root !== 'object') throw new MalformedFileError(format, { zh: '内容不是 GeoJSON 对象', en: 'the content is not a GeoJSON object' });
  const o = root as { type?: unknown; features?: unknown };
  if (o.type === 'FeatureCollection') {
    if (!Array.isArray(o.features)) throw new MalformedFileError(format, { zh: 'FeatureCollection 缺少 features 数组', en: 'the FeatureCollection has no "features" array' });
    return o.features;
  }
  if (o.type === 'Feature') return [o];
  if (typeof o.type === 'string' && GEOMETRY_TYPES.has(o.type)) return [{ type: 'Feature', geometry: o, properties: {} }];
  throw new MalformedFileError(format, { zh: '缺少 GeoJSON 的 "type" 成员', en: 'no GeoJSON "type" member' });
}

/**
 * Parses GeoJSON bytes into a raw layer (WGS84 unless a `crs` member says otherwise).
 * @example finalizeLayer(parseGeoJson(bytes, 'parks.geojson'))
 */
export function parseGeoJson(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): RawLayer {
  const encoding = chooseEncoding(bytes.subarray(0, 1 << 20), options.encoding);
  let text = decodeText(bytes, encoding.name);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const problem = { zh: `JSON 语法错误（${message}）`, en: `JSON syntax error (${message})` };
    if (/end of (JSON )?input|Unterminated string/i.test(message) || openAtEnd(text)) throw new TruncatedFileError('GeoJSON', problem, { cause: e });
    throw new MalformedFileError('GeoJSON', problem, { cause: e });
  }
  if (root && typeof root === 'object' && (root as { format?: unknown }).format === PROJECT_FORMAT) {
    throw new UnsupportedFormatError(fileName, { details: { isProjectFile: true } });
  }
  const features = featuresOfRoot(root);
  const { declared, unrecognised } = crsFromMember((root as { crs?: unknown }).crs);
  const docName = (root as { name?: unknown }).name;
  return {
    name: typeof docName === 'string' && docName.trim() ? docName : baseName(fileName),
    format: 'geojson',
    features,
    declared: declared ?? null,
    unrecognisedCrs: unrecognised ? { what: { zh: `GeoJSON 的 crs 成员“${unrecognised}”`, en: `GeoJSON crs member "${unrecognised}"` } } : undefined,
    formatDefault: true,
    encoding: { name: encoding.name, source: encoding.source },
    hintTexts: typeof docName === 'string' ? [docName, fileName] : [fileName],
  };
}
