import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlanData } from '../data/plan-data';
import type { Lang } from '../i18n/lang';
import type { LayerSpec } from '../manifest/types';
import type { FeatureIndex } from './feature-index';
import { hatchImage } from './hatch';
import { addHighlight } from './highlight';
import type { LayerCatalog } from './layer-catalog';
import { LayerState } from './layer-state';
import { HATCH_IMAGE } from './plan-style';
import * as layers from './plan-layers';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Draws the loaded plan on a fresh map: every manifest layer (visible as
 * `initial` asks, by layer or group id, or as the manifest says), then the
 * catalogue's run-time layers, so that a map restarted after its element
 * moved in the DOM gets its imports and sketches back. Returns the layer state.
 */
export function drawPlan(map: MapLibreMap, data: PlanData, catalog: LayerCatalog, index: FeatureIndex, lang: Lang, initial?: string[]): LayerState {
  catalog.manifestLayers = data.manifest.layers;
  const specs = data.manifest.layers.map((l) => ({
    ...catalog.styled(l),
    visible: initial ? initial.includes(l.id) || initial.includes(l.group) : l.visible,
  }));
  const state = new LayerState(specs);
  map.addImage(HATCH_IMAGE, hatchImage(), { pixelRatio: 1 });
  addHighlight(map);
  for (const spec of specs) {
    const fc = data.layers.get(spec.id) ?? EMPTY;
    index.addLayer(spec.id, fc);
    layers.addPlanLayer(map, spec, fc, lang);
  }
  index.addCatalogue(data.catalogue.entries);
  for (const [id, spec] of catalog.userLayers) drawRunTimeLayer(map, state, index, spec, catalog.userLayerData.get(id) ?? EMPTY, lang);
  layers.applyOrder(map, state);
  return state;
}

/** Draws a run-time layer (import, sketch, result) on top, searchable and under the user's filter; call `applyOrder` after. */
export function drawRunTimeLayer(map: MapLibreMap, state: LayerState, index: FeatureIndex, spec: LayerSpec, fc: GeoJSON.FeatureCollection, lang: Lang): void {
  state.add(spec.id, spec.visible);
  index.addLayer(spec.id, fc);
  layers.addPlanLayer(map, spec, fc, lang);
  layers.applyFilter(map, state, spec.id);
}

/** Replaces one drawn layer after its style changed, keeping its place, visibility, opacity and filter. */
export function redrawLayer(map: MapLibreMap, state: LayerState, spec: LayerSpec, fc: GeoJSON.FeatureCollection, lang: Lang): void {
  layers.removePlanLayer(map, spec.id);
  layers.addPlanLayer(map, spec, fc, lang);
  layers.applyOrder(map, state);
  layers.applyVisibility(map, state, spec.id);
  layers.applyOpacity(map, state, spec.id);
  layers.applyFilter(map, state, spec.id);
}
