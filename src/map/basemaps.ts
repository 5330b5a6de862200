/**
 * The basemaps a user can switch between. The offline one is the default and
 * needs nothing from the network. The online ones (Tianditu with the user's
 * own key, OpenStreetMap) are used only when the user or the embedding page
 * picks them; nothing here contacts a server by itself.
 */
import type { FontFacesSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
  BASEMAP_LAYER_PREFIX,
  offlineBasemapStyle,
  type BasemapStyle,
  type Lang,
  type ResolvedTiles,
} from './basemap-style';

export type BasemapId = 'offline' | 'tianditu-vec' | 'tianditu-img' | 'osm';

export interface BasemapOptions extends ResolvedTiles {
  lang: Lang;
  /** Tianditu key (`tk`), from the user's own Tianditu developer account. */
  key?: string;
}

export interface BasemapDefinition {
  id: BasemapId;
  title: Record<Lang, string>;
  /** Fetches tiles from another host. */
  online: boolean;
  /** Needs `key` in {@link BasemapOptions}. */
  needsKey: boolean;
  attribution: Record<Lang, string>;
  /** Sources and layers; throws {@link BasemapKeyError} when a needed key is missing. */
  build(opts: BasemapOptions): BasemapStyle;
}

/** A basemap that needs a key was chosen without one. */
export class BasemapKeyError extends Error {
  override name = 'BasemapKeyError';
  constructor(readonly basemap: BasemapId) {
    super(
      `The ${basemap} basemap needs a Tianditu key: sign up at the Tianditu developer site, create a browser key and enter it in the basemap settings. ` +
        `天地图底图需要密钥（tk）：请在天地图开发者网站申请浏览器端密钥，并填入底图设置。`,
    );
  }
}

const TIANDITU_NOTE: Record<Lang, string> = {
  zh: '天地图 © 国家地理信息公共服务平台（审图号见天地图网站）',
  en: 'Tianditu © National Platform for Common Geospatial Information Services (map approval number: see the Tianditu site)',
};
const OSM_NOTE: Record<Lang, string> = {
  zh: '© OpenStreetMap 贡献者（ODbL）；在中国大陆公开发布地图须使用经审核的底图',
  en: '© OpenStreetMap contributors (ODbL); maps published in mainland China need an approved basemap',
};

/**
 * Tianditu WMTS tiles in web mercator (`_w`), spread over hosts t0–t7.
 *
 * @example
 * tiandituTiles('vec', 'KEY')[0]
 * // 'https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=KEY'
 */
export function tiandituTiles(layer: 'vec' | 'cva' | 'eva' | 'img' | 'cia' | 'eia', key: string): string[] {
  return [0, 1, 2, 3, 4, 5, 6, 7].map(
    (n) =>
      `https://t${n}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
      `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
  );
}

/** The county outline from the offline tiles, drawn over an online basemap so the county stays visible. */
function countyOverlay(opts: BasemapOptions, color: string): BasemapStyle {
  const offline = offlineBasemapStyle(opts);
  const keep = new Set([`${BASEMAP_LAYER_PREFIX}county-halo`, `${BASEMAP_LAYER_PREFIX}county-line`]);
  const layers = offline.layers
    .filter((l) => keep.has(l.id))
    .map((l) => (l.id.endsWith('county-line') && l.type === 'line' ? { ...l, paint: { ...l.paint, 'line-color': color } } : l));
  return { sources: offline.sources, layers };
}

function raster(
  id: string,
  tiles: string[],
  attribution: string,
  extra: { minzoom?: number; maxzoom?: number } = {},
): { source: [string, BasemapStyle['sources'][string]]; layer: LayerSpecification } {
  const sourceId = `${BASEMAP_LAYER_PREFIX}${id}`;
  return {
    source: [sourceId, { type: 'raster', tiles, tileSize: 256, attribution, minzoom: extra.minzoom ?? 0, maxzoom: extra.maxzoom ?? 18 }],
    layer: { id: sourceId, type: 'raster', source: sourceId },
  };
}

function tianditu(id: BasemapId, base: 'vec' | 'img', title: Record<Lang, string>): BasemapDefinition {
  return {
    id,
    title,
    online: true,
    needsKey: true,
    attribution: TIANDITU_NOTE,
    build(opts) {
      const key = opts.key?.trim();
      if (!key) throw new BasemapKeyError(id);
      const notes = base === 'vec' ? { zh: 'cva', en: 'eva' } as const : { zh: 'cia', en: 'eia' } as const;
      const a = raster(base, tiandituTiles(base, key), TIANDITU_NOTE[opts.lang], { minzoom: 1 });
      const b = raster(notes[opts.lang], tiandituTiles(notes[opts.lang], key), TIANDITU_NOTE[opts.lang], { minzoom: 1 });
      const overlay = countyOverlay(opts, base === 'img' ? '#ffd54a' : '#2f2f2f');
      return {
        sources: { ...Object.fromEntries([a.source, b.source]), ...overlay.sources },
        layers: [a.layer, b.layer, ...overlay.layers],
      };
    },
  };
}

/** Every basemap, the default first. */
export const BASEMAPS: readonly BasemapDefinition[] = [
  {
    id: 'offline',
    title: { zh: '离线底图', en: 'Offline basemap' },
    online: false,
    needsKey: false,
    attribution: {
      zh: '参考底图（示意，非测绘成果）',
      en: 'Reference basemap (a sketch, not a surveyed map)',
    },
    build: (opts) => offlineBasemapStyle(opts),
  },
  tianditu('tianditu-vec', 'vec', { zh: '天地图矢量', en: 'Tianditu map' }),
  tianditu('tianditu-img', 'img', { zh: '天地图影像', en: 'Tianditu imagery' }),
  {
    id: 'osm',
    title: { zh: 'OpenStreetMap', en: 'OpenStreetMap' },
    online: true,
    needsKey: false,
    attribution: OSM_NOTE,
    build(opts) {
      const r = raster('osm', ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'], OSM_NOTE[opts.lang], { maxzoom: 19 });
      const overlay = countyOverlay(opts, '#c0392b');
      return { sources: { [r.source[0]]: r.source[1], ...overlay.sources }, layers: [r.layer, ...overlay.layers] };
    },
  },
];

export const DEFAULT_BASEMAP: BasemapId = 'offline';

/** Looks a basemap up by id; unknown ids fall back to the default, so a stale setting never blanks the map. */
export function getBasemap(id: string | null | undefined): BasemapDefinition {
  return BASEMAPS.find((b) => b.id === id) ?? BASEMAPS[0];
}

/**
 * A complete MapLibre style for one basemap: version 8, its sources and
 * layers, and the bundled label fonts (no `glyphs`). The controller adds the
 * plan layers on top.
 *
 * @example
 * new maplibregl.Map({ container, style: basemapStyleSpec(getBasemap('offline'), { tilesUrl, lang: 'zh' }, fontFaces()) });
 */
export function basemapStyleSpec(def: BasemapDefinition, opts: BasemapOptions, faces: FontFacesSpecification): StyleSpecification {
  const { sources, layers } = def.build(opts);
  return { version: 8, 'font-faces': faces, sources, layers };
}
