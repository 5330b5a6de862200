/**
 * Kept measurements live in one run-time layer, `measurements`, added through
 * the map controller so the layer panel, legend and search see them. The
 * features are read back from the controller's index, so closing and reopening
 * the tool loses nothing.
 */
import type { LayerSpec } from '../../manifest/types';
import type { MapController } from '../../map/map-controller';

export const MEASUREMENTS_LAYER = 'measurements';

/**
 * The user-layer spec of kept measurements. A line layer draws both kinds —
 * paths, and the outlines of areas — with the name (kind and value) along
 * them; a polygon style would also fill the paths, since MapLibre fills any
 * geometry a fill layer is given.
 */
export function measurementsSpec(title: { zh: string; en: string }, color: string): LayerSpec {
  return {
    id: MEASUREMENTS_LAYER,
    group: 'user',
    title,
    geometry: 'line',
    data: `${MEASUREMENTS_LAYER}.geojson`,
    style: { color, width: 2.5, dash_by_status: false, label: 'name' },
    legend: [{ label: title }],
    visible: true,
  };
}

/** The kept measurements, in the order they were kept. */
export function keptFeatures(ctrl: MapController | undefined): GeoJSON.Feature[] {
  if (!ctrl) return [];
  const out: GeoJSON.Feature[] = [];
  for (const [, f] of ctrl.index.allFeatures()) if (f.layerId === MEASUREMENTS_LAYER) out.push(f.feature);
  return out.sort((a, b) => String(a.properties?.created).localeCompare(String(b.properties?.created)));
}

/** Replaces the layer's features (removing the layer when none are left). */
export function setKept(ctrl: MapController, features: GeoJSON.Feature[], spec: LayerSpec): void {
  if (features.length === 0) {
    ctrl.removeUserLayer(MEASUREMENTS_LAYER);
    return;
  }
  const visible = ctrl.state?.get(MEASUREMENTS_LAYER)?.visible ?? true;
  ctrl.addUserLayer({ ...spec, visible }, { type: 'FeatureCollection', features });
}

/** The kept measurements as a GeoJSON file (RFC 7946, WGS 84, full precision). */
export function measurementsGeoJson(features: GeoJSON.Feature[], name: string): Blob {
  const fc = { type: 'FeatureCollection', name, features };
  return new Blob([JSON.stringify(fc, null, 1)], { type: 'application/geo+json' });
}
