/**
 * Raster layer descriptors for XYZ, WMTS (KVP or REST) and WMS services,
 * turned into MapLibre raster source specifications. MapLibre draws Web
 * Mercator tiles only, so geographic (EPSG:4326/4490) tile matrix sets are
 * refused with an explanation. No network access here; `raster-layer`
 * errors come from the URL alone.
 */
import { RemoteSourceError } from '../errors';
import type { IoWarning } from '../types';
import { validateHttpUrl } from './url';

/** Structurally a MapLibre `RasterSourceSpecification`. */
export interface RasterSourceSpec {
  type: 'raster';
  tiles: string[];
  tileSize: number;
  minzoom?: number;
  maxzoom?: number;
  attribution?: string;
  scheme?: 'xyz' | 'tms';
  bounds?: [number, number, number, number];
}

export interface RasterDescriptor {
  kind: 'xyz' | 'wmts' | 'wms';
  source: RasterSourceSpec;
  warnings: IoWarning[];
}

export interface RasterCommon {
  tileSize?: number;
  minzoom?: number;
  maxzoom?: number;
  attribution?: string;
}

const bad = (code: string, zh: string, en: string, hintZh: string, hintEn: string) => new RemoteSourceError(code, { zh, en }, { zh: hintZh, en: hintEn });

function common(o: RasterCommon): Omit<RasterSourceSpec, 'type' | 'tiles'> {
  const out: Omit<RasterSourceSpec, 'type' | 'tiles'> = { tileSize: o.tileSize ?? 256 };
  if (o.minzoom !== undefined) out.minzoom = o.minzoom;
  if (o.maxzoom !== undefined) out.maxzoom = o.maxzoom;
  if (o.attribution) out.attribution = o.attribution;
  return out;
}

/** Checks a tile URL template while keeping its `{…}` placeholders intact. */
function checkTemplate(template: string): void {
  validateHttpUrl(template.replace(/\{[^}]+\}/g, '0'));
}

/**
 * XYZ tiles from a template with `{z}`, `{x}`, `{y}` (or `{-y}` for TMS) and optional `{s}` subdomains.
 * @example xyzSource('https://t{s}.tianditu.gov.cn/img_w/wmts?…&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=KEY', { subdomains: '01234567' })
 */
export function xyzSource(template: string, o: RasterCommon & { subdomains?: string | string[] } = {}): RasterDescriptor {
  const t = template.trim();
  checkTemplate(t);
  const hasY = t.includes('{y}') || t.includes('{-y}');
  if (!(t.includes('{z}') && t.includes('{x}') && hasY) && !t.includes('{quadkey}')) {
    throw bad('RASTER_TEMPLATE', '瓦片地址缺少 {z}、{x}、{y} 占位符。', 'The tile URL lacks the {z}, {x}, {y} placeholders.',
      '请使用形如 https://…/{z}/{x}/{y}.png 的地址。', 'Use an address like https://…/{z}/{x}/{y}.png.');
  }
  const tms = t.includes('{-y}');
  const base = tms ? t.replace('{-y}', '{y}') : t;
  const subs = typeof o.subdomains === 'string' ? o.subdomains.split('') : o.subdomains ?? ['a', 'b', 'c'];
  const tiles = base.includes('{s}') ? subs.map((s) => base.replace('{s}', s)) : [base];
  return { kind: 'xyz', source: { type: 'raster', tiles, ...common(o), ...(tms ? { scheme: 'tms' } : {}) }, warnings: [] };
}

const GEOGRAPHIC_MATRIX = /(^c$|4326|4490|crs84|geographic|wgs84$)/i;

function setParams(url: URL, params: Record<string, string>): void {
  const lower = new Map([...url.searchParams.keys()].map((k) => [k.toLowerCase(), k]));
  for (const [k, v] of Object.entries(params)) {
    const existing = lower.get(k.toLowerCase());
    if (existing) url.searchParams.delete(existing);
    url.searchParams.set(k, v);
  }
}

/** Undo URLSearchParams' escaping of the MapLibre placeholders. */
const unescapeBraces = (s: string) => s.replace(/%7B/gi, '{').replace(/%7D/gi, '}');

/**
 * WMTS tiles: a REST template (`{TileMatrix}/{TileRow}/{TileCol}`) or a KVP
 * endpoint with layer, style, tile matrix set and format.
 */
export function wmtsSource(url: string, o: RasterCommon & { layer?: string; style?: string; tileMatrixSet?: string; format?: string } = {}): RasterDescriptor {
  const matrixSet = o.tileMatrixSet ?? '';
  if (GEOGRAPHIC_MATRIX.test(matrixSet)) {
    throw bad('RASTER_CRS_UNSUPPORTED', `瓦片矩阵集“${matrixSet}”是经纬度（EPSG:4326/4490）切片，地图无法显示。`, `The tile matrix set "${matrixSet}" is geographic (EPSG:4326/4490); the map cannot draw it.`,
      '请选择 Web 墨卡托（EPSG:3857，天地图为 “w”）的矩阵集。', 'Choose a Web Mercator matrix set (EPSG:3857; "w" on Tianditu).');
  }
  if (/\{TileMatrix\}/i.test(url)) {
    const t = url.replace(/\{TileMatrix\}/gi, '{z}').replace(/\{TileRow\}/gi, '{y}').replace(/\{TileCol\}/gi, '{x}').replace(/\{TileMatrixSet\}/gi, matrixSet).replace(/\{Style\}/gi, o.style ?? 'default');
    return { ...xyzSource(t, o), kind: 'wmts' };
  }
  const u = validateHttpUrl(url);
  if (!o.layer || !matrixSet) {
    throw bad('WMTS_PARAMS', 'WMTS 需要图层名和瓦片矩阵集。', 'WMTS needs a layer name and a tile matrix set.', '请填写 LAYER 和 TILEMATRIXSET（天地图如 img / w）。', 'Fill in LAYER and TILEMATRIXSET (Tianditu: e.g. img / w).');
  }
  setParams(u, { SERVICE: 'WMTS', REQUEST: 'GetTile', VERSION: '1.0.0', LAYER: o.layer, STYLE: o.style ?? 'default', TILEMATRIXSET: matrixSet, FORMAT: o.format ?? 'image/png', TILEMATRIX: '{z}', TILEROW: '{y}', TILECOL: '{x}' });
  return { kind: 'wmts', source: { type: 'raster', tiles: [unescapeBraces(u.href)], ...common(o) }, warnings: [] };
}

/**
 * WMS (GetMap without GetCapabilities) as 256-px Web Mercator tiles using
 * MapLibre's `{bbox-epsg-3857}` placeholder.
 * @example wmsSource('https://example.org/wms', { layers: 'landuse' })
 */
export function wmsSource(url: string, o: RasterCommon & { layers?: string; styles?: string; format?: string; transparent?: boolean; version?: '1.1.1' | '1.3.0' } = {}): RasterDescriptor {
  const u = validateHttpUrl(url);
  const existing = [...u.searchParams].find(([k]) => k.toLowerCase() === 'layers')?.[1];
  const layers = o.layers ?? existing;
  if (!layers) throw bad('WMS_PARAMS', 'WMS 需要图层名（LAYERS）。', 'WMS needs a layer name (LAYERS).', '请填写要显示的图层名。', 'Fill in the layer name(s) to show.');
  const version = o.version ?? '1.3.0';
  const size = String(o.tileSize ?? 256);
  setParams(u, {
    SERVICE: 'WMS', REQUEST: 'GetMap', VERSION: version, LAYERS: layers, STYLES: o.styles ?? '', FORMAT: o.format ?? 'image/png',
    TRANSPARENT: o.transparent === false ? 'FALSE' : 'TRUE', [version === '1.3.0' ? 'CRS' : 'SRS']: 'EPSG:3857', WIDTH: size, HEIGHT: size, BBOX: '{bbox-epsg-3857}',
  });
  for (const k of [...u.searchParams.keys()]) if (/^(srs|crs)$/i.test(k) && k !== (version === '1.3.0' ? 'CRS' : 'SRS')) u.searchParams.delete(k);
  return { kind: 'wms', source: { type: 'raster', tiles: [unescapeBraces(u.href)], ...common(o) }, warnings: [] };
}

/** Recognises a pasted URL: XYZ template, WMTS (REST or KVP) or WMS GetMap. */
export function rasterSourceFromUrl(url: string, o: RasterCommon = {}): RasterDescriptor {
  const t = url.trim();
  if (/\{TileMatrix\}/i.test(t)) return wmtsSource(t, o);
  if (/\{z\}|\{quadkey\}/.test(t)) return /service=wmts/i.test(t) ? { ...xyzSource(t, o), kind: 'wmts' } : xyzSource(t, o);
  const u = validateHttpUrl(t);
  const service = [...u.searchParams].find(([k]) => k.toLowerCase() === 'service')?.[1]?.toUpperCase();
  if (service === 'WMS' || /wms/i.test(u.pathname)) return wmsSource(t, o);
  throw bad('RASTER_UNKNOWN', '无法识别这个栅格服务地址。', 'This raster service address is not recognised.',
    'XYZ 地址需含 {z}/{x}/{y}；WMTS 需含 {TileMatrix} 等；WMS 需含 SERVICE=WMS。', 'XYZ needs {z}/{x}/{y}; WMTS needs {TileMatrix}…; WMS needs SERVICE=WMS.');
}
