/**
 * Raster overlays (XYZ / WMTS / WMS tiles) a planner adds by URL. They sit
 * above the basemap and below every plan layer; they are not plan layers,
 * so they are drawn here directly and listed by the data tools.
 */
import type { Map as MapLibreMap, RasterSourceSpecification } from 'maplibre-gl';
import type { RasterSourceSpec } from '../io/remote/raster';

export interface RasterOverlay {
  id: string;
  name: string;
  kind: 'xyz' | 'wmts' | 'wms';
  /** The address as the user entered it. */
  url: string;
  source: RasterSourceSpec;
  opacity: number;
  visible: boolean;
}

const PREFIX = 'overlay/';
const mapId = (id: string) => `${PREFIX}${id}`;

/** Adds (or replaces) an overlay just above the basemap. */
export function addRaster(map: MapLibreMap, o: RasterOverlay): void {
  removeRaster(map, o.id);
  map.addSource(mapId(o.id), { ...o.source } as RasterSourceSpecification);
  const before = map.getLayersOrder().find((l) => l.startsWith('plan/'));
  map.addLayer(
    { id: mapId(o.id), type: 'raster', source: mapId(o.id), paint: { 'raster-opacity': o.opacity }, layout: { visibility: o.visible ? 'visible' : 'none' } },
    before,
  );
}

export function removeRaster(map: MapLibreMap, id: string): void {
  if (!map.style) return;
  if (map.getLayer(mapId(id))) map.removeLayer(mapId(id));
  if (map.getSource(mapId(id))) map.removeSource(mapId(id));
}

/** Checks a stored overlay (from a project file or IndexedDB settings) before it is drawn. */
export function isRasterOverlay(v: unknown): v is RasterOverlay {
  const o = v as RasterOverlay;
  return !!o && typeof o.id === 'string' && typeof o.name === 'string' && ['xyz', 'wmts', 'wms'].includes(o.kind) &&
    !!o.source && o.source.type === 'raster' && Array.isArray(o.source.tiles) && o.source.tiles.every((t) => typeof t === 'string' && /^https?:\/\//i.test(t)) &&
    typeof o.opacity === 'number' && typeof o.visible === 'boolean';
}
