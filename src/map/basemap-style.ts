/**
 * The offline basemap's look: a calm, light planning-map base that the plan
 * layers sit on. Neighbouring counties in pale grey with their names, the
 * county filled very lightly inside a strong dark outline, prefecture and
 * province boundaries dashed, rivers blue, township seats as small dots.
 *
 * It reads the vector layers that `scripts/build-tiles.ts` writes: one per
 * reference data set (`county`, `neighbours`, `boundaries`, `rivers`,
 * `township-seats`) plus `labels`.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { FONT_NAME } from './font-faces';

export type Lang = 'zh' | 'en';

/** Source id of the offline tiles in the style. */
export const BASEMAP_SOURCE = 'basemap';
/** Prefix of every basemap layer id, so the controller can tell them from plan layers. */
export const BASEMAP_LAYER_PREFIX = 'basemap-';
/** Vector layers the style reads; each must be listed in tiles.json. */
export const BASEMAP_VECTOR_LAYERS = ['neighbours', 'county', 'rivers', 'boundaries', 'township-seats', 'labels'] as const;

export interface OfflineBasemapOptions {
  /** Absolute tile URL template, e.g. `https://host/tiles/basemap/{z}/{x}/{y}.pbf` (see {@link resolveTileJson}). */
  tilesUrl: string;
  lang: Lang;
  /** [west, south, east, north] where tiles exist; nothing is requested outside. From tiles.json. */
  bounds?: [number, number, number, number];
  minzoom?: number;
  maxzoom?: number;
  /** Data credits (tiles.json `attribution`), shown after {@link OFFLINE_ATTRIBUTION}. */
  attribution?: string;
}

export interface BasemapStyle {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

/** What {@link resolveTileJson} makes of tiles.json. */
export interface ResolvedTiles {
  tilesUrl: string;
  bounds?: [number, number, number, number];
  minzoom?: number;
  maxzoom?: number;
  attribution?: string;
}

/** Notice shown with the offline basemap. */
export const OFFLINE_ATTRIBUTION: Record<Lang, string> = {
  zh: '参考底图：行政区划示意（非测绘成果，未经审图），数据来源见 SOURCES.md',
  en: 'Reference basemap: boundaries are a sketch (not a surveyed or approved map); sources in SOURCES.md',
};

const C = {
  background: '#f6f5f1',
  neighbour: '#ebe9e3',
  neighbourFar: '#f0efea',
  county: '#fffdf6',
  countyLine: '#2f2f2f',
  countyHalo: '#ffffff',
  line: '#b8b4aa',
  prefecture: '#8d887e',
  province: '#6b665d',
  water: '#9cc3e6',
  waterLine: '#5b93c7',
  waterText: '#3f73a8',
  label: '#8a857a',
  countyLabel: '#333333',
  seat: '#4a4a4a',
  seatText: '#2d2d2d',
  halo: 'rgba(255,255,255,0.9)',
};

const src = { source: BASEMAP_SOURCE } as const;
const id = (name: string): string => `${BASEMAP_LAYER_PREFIX}${name}`;
const name = (lang: Lang): ExpressionSpecification =>
  lang === 'en' ? ['coalesce', ['get', 'name_en'], ['get', 'name']] : ['get', 'name'];
const zoomed = (pairs: number[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...pairs] as unknown as ExpressionSpecification;

/**
 * Sources and layers of the offline basemap for MapLibre. Labels use
 * {@link FONT_NAME}; the style must carry `fontFaces()` and no `glyphs`.
 *
 * @example
 * const { sources, layers } = offlineBasemapStyle({ tilesUrl: `${location.origin}/tiles/basemap/{z}/{x}/{y}.pbf`, lang: 'zh' });
 */
export function offlineBasemapStyle(opts: OfflineBasemapOptions): BasemapStyle {
  const source: SourceSpecification = {
    type: 'vector',
    tiles: [opts.tilesUrl],
    minzoom: opts.minzoom ?? 0,
    maxzoom: opts.maxzoom ?? 12,
    // The data credits (CC BY and ODbL ask for them) follow the notice.
    attribution: opts.attribution ? `${OFFLINE_ATTRIBUTION[opts.lang]} · ${opts.attribution}` : OFFLINE_ATTRIBUTION[opts.lang],
    ...(opts.bounds ? { bounds: opts.bounds } : {}),
  };
  const text: { 'text-font': string[]; 'text-field': ExpressionSpecification } = { 'text-font': [FONT_NAME], 'text-field': name(opts.lang) };
  const notFocus: ExpressionSpecification = ['!=', ['get', 'focus'], true];
  const layers: LayerSpecification[] = [
    { id: id('background'), type: 'background', paint: { 'background-color': C.background } },
    {
      id: id('neighbours-fill'), type: 'fill', ...src, 'source-layer': 'neighbours',
      paint: { 'fill-color': ['match', ['get', 'ring'], 1, C.neighbour, C.neighbourFar] },
    },
    { id: id('county-fill'), type: 'fill', ...src, 'source-layer': 'county', paint: { 'fill-color': C.county, 'fill-opacity': 0.85 } },
    {
      // Water areas generalised for small scales: beyond z10 their crude outlines would mislead.
      id: id('rivers'), type: 'fill', ...src, 'source-layer': 'rivers', maxzoom: 10,
      paint: { 'fill-color': C.water, 'fill-outline-color': C.waterLine },
    },
    {
      id: id('boundary-county'), type: 'line', ...src, 'source-layer': 'boundaries',
      filter: ['all', notFocus, ['match', ['get', 'level'], ['county', 'outer'], true, false]],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.line, 'line-width': zoomed([6, 0.5, 12, 1.5]) },
    },
    {
      id: id('boundary-prefecture'), type: 'line', ...src, 'source-layer': 'boundaries',
      filter: ['all', notFocus, ['==', ['get', 'level'], 'prefecture']],
      paint: { 'line-color': C.prefecture, 'line-width': zoomed([6, 0.8, 12, 2]), 'line-dasharray': [4, 2] },
    },
    {
      id: id('boundary-province'), type: 'line', ...src, 'source-layer': 'boundaries',
      filter: ['all', notFocus, ['==', ['get', 'level'], 'province']],
      paint: { 'line-color': C.province, 'line-width': zoomed([6, 1.2, 12, 2.6]), 'line-dasharray': [5, 2, 1, 2] },
    },
    {
      id: id('county-halo'), type: 'line', ...src, 'source-layer': 'county',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.countyHalo, 'line-width': zoomed([6, 4, 12, 9]), 'line-opacity': 0.8 },
    },
    {
      id: id('county-line'), type: 'line', ...src, 'source-layer': 'county',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.countyLine, 'line-width': zoomed([6, 1.6, 12, 3.5]) },
    },
    {
      id: id('neighbour-labels'), type: 'symbol', ...src, 'source-layer': 'labels', minzoom: 6.5,
      filter: ['==', ['get', 'layer'], 'neighbours'],
      layout: { ...text, 'text-size': zoomed([7, 11, 11, 14]), 'text-letter-spacing': opts.lang === 'zh' ? 0.15 : 0.02, 'text-max-width': 8 },
      paint: { 'text-color': C.label, 'text-halo-color': C.halo, 'text-halo-width': 1.2 },
    },
    {
      id: id('river-labels'), type: 'symbol', ...src, 'source-layer': 'labels', minzoom: 8, maxzoom: 10,
      filter: ['==', ['get', 'layer'], 'rivers'],
      layout: { ...text, 'text-size': 11 },
      paint: { 'text-color': C.waterText, 'text-halo-color': C.halo, 'text-halo-width': 1 },
    },
    {
      id: id('seat-dots'), type: 'circle', ...src, 'source-layer': 'township-seats', minzoom: 7,
      paint: {
        'circle-radius': [
          'interpolate', ['linear'], ['zoom'],
          7, ['match', ['get', 'kind'], 'county_seat', 3, 2],
          12, ['match', ['get', 'kind'], 'county_seat', 5.5, 4],
        ],
        'circle-color': ['match', ['get', 'kind'], 'county_seat', '#ffffff', C.seat],
        'circle-stroke-color': ['match', ['get', 'kind'], 'county_seat', C.seat, '#ffffff'],
        'circle-stroke-width': ['match', ['get', 'kind'], 'county_seat', 2, 1],
      },
    },
    {
      id: id('seat-labels'), type: 'symbol', ...src, 'source-layer': 'township-seats', minzoom: 8,
      // The county government sits among three seats; its name only shows when zoomed in.
      filter: ['any', ['!=', ['get', 'kind'], 'county_seat'], ['>=', ['zoom'], 11]],
      layout: {
        ...text,
        'text-size': zoomed([8, 11, 12, 13]),
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.6,
        'text-justify': 'auto',
        'symbol-sort-key': ['match', ['get', 'kind'], 'town', 1, 'township', 2, 3],
      },
      paint: { 'text-color': C.seatText, 'text-halo-color': C.halo, 'text-halo-width': 1.4 },
    },
    {
      id: id('county-label'), type: 'symbol', ...src, 'source-layer': 'labels', maxzoom: 9.5,
      filter: ['==', ['get', 'layer'], 'county'],
      layout: { ...text, 'text-size': zoomed([6, 14, 9, 20]), 'text-letter-spacing': opts.lang === 'zh' ? 0.4 : 0.05 },
      paint: { 'text-color': C.countyLabel, 'text-halo-color': C.halo, 'text-halo-width': 1.6, 'text-opacity': 0.75 },
    },
  ];
  return { sources: { [BASEMAP_SOURCE]: source }, layers };
}

/**
 * Reads what the style needs from tiles.json: the tile template made
 * absolute against the URL tiles.json was loaded from (MapLibre would not
 * resolve the relative entry), bounds, zooms and attribution.
 *
 * @example
 * resolveTileJson(await (await fetch(url)).json(), url)
 * // { tilesUrl: 'https://host/tiles/basemap/{z}/{x}/{y}.pbf', bounds: [...], minzoom: 0, maxzoom: 12, attribution: '…' }
 */
export function resolveTileJson(json: unknown, tileJsonUrl: string): ResolvedTiles {
  const j = json as { tiles?: unknown; bounds?: unknown; minzoom?: unknown; maxzoom?: unknown; attribution?: unknown };
  const first = Array.isArray(j?.tiles) ? j.tiles[0] : undefined;
  if (typeof first !== 'string') throw new Error(`${tileJsonUrl} is not a TileJSON file: it lists no "tiles"`);
  // Resolve only the folder: URL parsing would percent-encode the {z}/{x}/{y} braces.
  const slash = first.lastIndexOf('/', first.indexOf('{'));
  const dir = first.slice(0, slash + 1);
  const tilesUrl = new URL(dir || './', tileJsonUrl).href + first.slice(slash + 1);
  const bounds = Array.isArray(j.bounds) && j.bounds.length === 4 ? (j.bounds as [number, number, number, number]) : undefined;
  return {
    tilesUrl,
    bounds,
    minzoom: typeof j.minzoom === 'number' ? j.minzoom : undefined,
    maxzoom: typeof j.maxzoom === 'number' ? j.maxzoom : undefined,
    attribution: typeof j.attribution === 'string' ? j.attribution : undefined,
  };
}
