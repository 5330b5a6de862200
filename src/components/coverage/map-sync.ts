/** Puts the panel's layers on the map through the controller (user layers, group `analysis`). */
import type { Feature } from 'geojson';
import { LngLatBounds } from 'maplibre-gl';
import type { CoverageOutcome } from '../../analysis-worker/coverage-protocol';
import type { Lang } from '../../i18n/lang';
import type { MapController } from '../../map/map-controller';
import type { CoverageParams, LngLat } from './params';
import { drawnLayer, LAYER_IDS, placedLayer, RESULT_LAYER_IDS, resultLayers, type UserLayer } from './result-layers';

function put(ctrl: MapController, l: UserLayer): void {
  // Keep the user's visibility choice when a layer is redrawn.
  const visible = ctrl.state?.get(l.spec.id)?.visible ?? true;
  ctrl.addUserLayer({ ...l.spec, visible }, l.fc);
}

export function clearResult(ctrl: MapController): void {
  for (const id of RESULT_LAYER_IDS) ctrl.removeUserLayer(id);
}

/** Replaces the drawn result; placed points stay on top. */
export function showResult(ctrl: MapController, o: CoverageOutcome, lang: Lang, schematic: boolean): void {
  clearResult(ctrl);
  for (const l of resultLayers(o, lang, schematic)) ctrl.addUserLayer(l.spec, l.fc);
  const placed = ctrl.userLayers.get(LAYER_IDS.placed);
  const data = ctrl.userLayerData.get(LAYER_IDS.placed);
  if (placed && data) ctrl.addUserLayer({ ...placed, visible: ctrl.state?.get(placed.id)?.visible ?? true }, data);
}

export function syncPlaced(ctrl: MapController, points: LngLat[], lang: Lang, asCandidates: boolean): void {
  if (points.length === 0) ctrl.removeUserLayer(LAYER_IDS.placed);
  else put(ctrl, placedLayer(points, lang, asCandidates));
}

export function syncDrawn(ctrl: MapController, points: LngLat[] | null): void {
  if (!points || points.length < 2) ctrl.removeUserLayer(LAYER_IDS.drawn);
  else put(ctrl, drawnLayer(points));
}

function boundsOf(features: Feature[]): LngLatBounds {
  const b = new LngLatBounds();
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') b.extend(c as [number, number]);
    else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of features) visit((f.geometry as { coordinates?: unknown } | null)?.coordinates);
  return b;
}

/** Zooms to a result feature (a gap, a suggested site). */
export function fitFeature(ctrl: MapController, f: Feature): void {
  const b = boundsOf([f]);
  if (!ctrl.map || b.isEmpty()) return;
  ctrl.map.fitBounds(b, { padding: 80, maxZoom: 15, duration: 500 });
}

/**
 * Brings a new result into view: zooms to it unless it already fills a fair
 * part of the view (a county-seat result seen from the whole county is a dot).
 */
export function revealResult(ctrl: MapController, o: CoverageOutcome): void {
  const map = ctrl.map;
  const b = boundsOf([...o.covered.features, ...o.gaps.features, ...o.sites.features, ...o.places.features]);
  if (!map || b.isEmpty()) return;
  const view = map.getBounds();
  const inView = view.contains(b.getSouthWest()) && view.contains(b.getNorthEast());
  const span = (x: LngLatBounds) => Math.max(x.getEast() - x.getWest(), x.getNorth() - x.getSouth());
  if (inView && span(b) > span(view) / 4) return;
  map.fitBounds(b, { padding: 40, maxZoom: 14, duration: 0 });
}

/** Makes the layers a result was computed from visible, so the planner sees the facilities behind it. */
export function showInputLayers(ctrl: MapController, p: CoverageParams): void {
  const ids = p.analysis === 'green' ? [...p.green, ...p.parks] : p.analysis === 'reach' ? p.origins : p.facilities.map((f) => f.layer);
  for (const id of ids) if (ctrl.state?.get(id) && !ctrl.state.get(id)!.visible) ctrl.setLayerVisible(id, true);
}
