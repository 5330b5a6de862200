import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { FeatureClickDetail, MapController } from './map-controller';
import { clickableLayerIds } from './plan-layers';

/**
 * Wires pointer events: a click on a plan feature selects it and emits
 * `feature-click`; a click on empty map clears the selection; hovering a
 * feature shows a pointer cursor; moves emit `view-change`.
 */
export function bindInteraction(ctrl: MapController, map: MapLibreMap): void {
  const hit = (e: MapMouseEvent) => {
    if (!ctrl.state) return undefined;
    const ids = clickableLayerIds(map, ctrl.state);
    if (ids.length === 0) return undefined;
    const box: [[number, number], [number, number]] = [
      [e.point.x - 4, e.point.y - 4],
      [e.point.x + 4, e.point.y + 4],
    ];
    return map.queryRenderedFeatures(box, { layers: ids })[0];
  };

  map.on('click', (e) => {
    if (ctrl.pointerHeld) return;
    const f = hit(e);
    const id = f?.properties?.id;
    if (typeof id !== 'string') {
      if (ctrl.selectedId) ctrl.select(null);
      return;
    }
    const indexed = ctrl.index.feature(id);
    ctrl.select(id);
    ctrl.emit<FeatureClickDetail>('feature-click', {
      id,
      layerId: indexed?.layerId ?? String(f?.layer?.metadata && (f.layer.metadata as Record<string, unknown>)['plan:layer']),
      feature: indexed?.feature ?? (f as unknown as GeoJSON.Feature),
      lngLat: [e.lngLat.lng, e.lngLat.lat],
    });
  });

  map.on('mousemove', (e) => {
    if (ctrl.pointerHeld) return;
    map.getCanvas().style.cursor = hit(e) ? 'pointer' : '';
  });

  map.on('moveend', () => {
    const c = map.getCenter();
    ctrl.emit('view-change', { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing() });
  });
}
