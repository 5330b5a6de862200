import * as maplibregl from 'maplibre-gl';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { FeatureIndex, IndexedFeature } from './feature-index';
import { fontFaces } from './font-faces';
import type { LayerState } from './layer-state';
import { clickableLayerIds } from './plan-layers';

/** The style a map starts with: a background and the bundled label fonts (no glyph server). */
export function initialStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f3ef' } }],
    'font-faces': fontFaces(),
  } as StyleSpecification;
}

/** The bounds of a feature's geometry, or null for an empty one. */
export function featureBounds(feature: GeoJSON.Feature): maplibregl.LngLatBounds | null {
  const b = new maplibregl.LngLatBounds();
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') b.extend(c as [number, number]);
    else if (Array.isArray(c)) c.forEach(visit);
  };
  visit((feature.geometry as GeoJSON.Point | null)?.coordinates);
  return b.isEmpty() ? null : b;
}

/** Features of visible layers drawn in the current view, one per id, sorted by Chinese name. */
export function renderedFeatures(map: MapLibreMap, state: LayerState, index: FeatureIndex): IndexedFeature[] {
  const seen = new Map<string, IndexedFeature>();
  for (const f of map.queryRenderedFeatures({ layers: clickableLayerIds(map, state) })) {
    const id = f.properties?.id;
    if (typeof id === 'string' && !seen.has(id)) {
      const indexed = index.feature(id);
      if (indexed) seen.set(id, indexed);
    }
  }
  const name = (f: IndexedFeature) => String(f.feature.properties?.name);
  return [...seen.values()].sort((a, b) => name(a).localeCompare(name(b), 'zh'));
}
