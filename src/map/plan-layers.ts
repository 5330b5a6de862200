import type { FilterSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerSpec } from '../manifest/types';
import { HIGHLIGHT_PREFIX } from './highlight';
import type { LayerState } from './layer-state';
import { OPACITY_KEY, isLabelLayer, labelExpression, layerPrefix, planLayerStyles, sourceId, type Lang } from './plan-style';

/** Metadata key keeping a MapLibre layer's own filter, so the user filter can be combined with it. */
const FILTER_KEY = 'plan:filter';

/**
 * Adds one plan layer (source + styled MapLibre layers) to the map. The
 * layers are inserted below the highlight layers; call `applyOrder` after
 * adding several.
 */
export function addPlanLayer(map: MapLibreMap, spec: LayerSpec, fc: GeoJSON.FeatureCollection, lang: Lang): void {
  map.addSource(sourceId(spec.id), { type: 'geojson', data: fc, promoteId: 'id' });
  const before = map.getLayer(`${HIGHLIGHT_PREFIX}fill`) ? `${HIGHLIGHT_PREFIX}fill` : undefined;
  for (const layer of planLayerStyles(spec, lang)) {
    const withMeta = {
      ...layer,
      metadata: { ...(layer.metadata as object), [FILTER_KEY]: 'filter' in layer ? layer.filter ?? null : null },
    } as LayerSpecification;
    map.addLayer(withMeta, before);
  }
}

export function removePlanLayer(map: MapLibreMap, layerId: string): void {
  for (const id of mapLayerIds(map, layerId)) map.removeLayer(id);
  if (map.getSource(sourceId(layerId))) map.removeSource(sourceId(layerId));
}

/** The MapLibre layer ids drawing one plan layer, in style order. */
export function mapLayerIds(map: MapLibreMap, layerId: string): string[] {
  const prefix = layerPrefix(layerId);
  return map.getLayersOrder().filter((id) => id.startsWith(prefix));
}

/** All MapLibre layers of visible plan layers that can be clicked (not labels or soft halos). */
export function clickableLayerIds(map: MapLibreMap, state: LayerState): string[] {
  return state
    .visibleIds()
    .flatMap((id) => mapLayerIds(map, id))
    .filter((id) => !isLabelLayer(id) && !id.endsWith('/band') && !id.endsWith('/casing'));
}

export function applyVisibility(map: MapLibreMap, state: LayerState, layerId: string): void {
  const visible = state.get(layerId)?.visible ? 'visible' : 'none';
  for (const id of mapLayerIds(map, layerId)) map.setLayoutProperty(id, 'visibility', visible);
}

export function applyOpacity(map: MapLibreMap, state: LayerState, layerId: string): void {
  const opacity = state.get(layerId)?.opacity ?? 1;
  for (const id of mapLayerIds(map, layerId)) {
    const base = (map.getLayer(id)?.metadata as Record<string, unknown> | undefined)?.[OPACITY_KEY] as
      | Record<string, number>
      | undefined;
    for (const [prop, value] of Object.entries(base ?? {})) {
      map.setPaintProperty(id, prop as Parameters<MapLibreMap['setPaintProperty']>[1], value * opacity);
    }
  }
}

/** Combines each layer's own filter with the user's status/accuracy filter. */
export function applyFilter(map: MapLibreMap, state: LayerState, layerId: string): void {
  const user = state.filterExpression();
  for (const id of mapLayerIds(map, layerId)) {
    const own = (map.getLayer(id)?.metadata as Record<string, unknown> | undefined)?.[FILTER_KEY] as unknown[] | null;
    const parts = [own, user].filter((x): x is unknown[] => Array.isArray(x));
    const filter = parts.length === 0 ? null : parts.length === 1 ? parts[0] : ['all', ...parts];
    map.setFilter(id, filter as FilterSpecification | null);
  }
}

/**
 * Re-stacks the plan layers in the user's order (bottom first). All label
 * layers go above all geometry so names stay legible, and the highlight
 * stays on top.
 */
export function applyOrder(map: MapLibreMap, state: LayerState): void {
  const before = map.getLayer(`${HIGHLIGHT_PREFIX}fill`) ? `${HIGHLIGHT_PREFIX}fill` : undefined;
  const ids = state.order.flatMap((id) => mapLayerIds(map, id));
  for (const id of ids.filter((x) => !isLabelLayer(x))) map.moveLayer(id, before);
  for (const id of ids.filter(isLabelLayer)) map.moveLayer(id, before);
}

export function applyLang(map: MapLibreMap, specs: Iterable<LayerSpec>, lang: Lang): void {
  for (const spec of specs) {
    const id = `${layerPrefix(spec.id)}label`;
    if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', labelExpression(spec, lang));
  }
}
