import type { LayerSpec } from '../manifest/types';

/**
 * The layer spec of a GeoJSON layer a host page adds with
 * `planMap.addGeoJsonLayer(id, data, spec)`: the given fields, the rest
 * filled in (geometry guessed from the first feature).
 */
export function userLayerSpec(id: string, data: GeoJSON.FeatureCollection, spec: Partial<LayerSpec> = {}): LayerSpec {
  const title = spec.title ?? { zh: id, en: id };
  return {
    id,
    group: 'user',
    title,
    geometry: spec.geometry ?? guessGeometry(data),
    data: `${id}.geojson`,
    style: spec.style ?? { color: '#8e44ad', label: 'name' },
    legend: spec.legend ?? [{ label: title }],
    visible: spec.visible ?? true,
  };
}

/** True for a value shaped like a GeoJSON FeatureCollection. */
export function isFeatureCollection(v: unknown): v is GeoJSON.FeatureCollection {
  return typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'FeatureCollection' && Array.isArray((v as { features?: unknown }).features);
}

function guessGeometry(fc: GeoJSON.FeatureCollection): LayerSpec['geometry'] {
  const type = fc.features.find((f) => f.geometry)?.geometry?.type ?? 'Point';
  return type.includes('Polygon') ? 'polygon' : type.includes('LineString') ? 'line' : 'point';
}
