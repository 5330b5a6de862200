/**
 * The copy of a user layer's features that goes to the map. Each feature
 * gets a map-wide unique `id` property (`<layer>/<n>`) so that imported ids
 * can never collide with plan feature ids in the controller's index (a
 * re-imported plan export would otherwise shadow the plan's own features),
 * and so imported features can be clicked and selected. A source `id`
 * attribute is kept as `source_id`; the stored data keeps its attributes as
 * imported.
 */
export function displayCollection(layerId: string, fc: GeoJSON.FeatureCollection<GeoJSON.Geometry | null>): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f, i) => {
      const props: Record<string, unknown> = { ...(f.properties ?? {}) };
      if (props.id !== undefined && props.source_id === undefined) props.source_id = props.id;
      props.id = `${layerId}/${i}`;
      return { type: 'Feature', geometry: f.geometry as GeoJSON.Geometry, properties: props };
    }),
  };
}

/** Index of a feature in its layer from its display id (`<layer>/<n>`), or -1. */
export function displayIndex(layerId: string, displayId: string): number {
  const prefix = `${layerId}/`;
  if (!displayId.startsWith(prefix)) return -1;
  const n = Number(displayId.slice(prefix.length));
  return Number.isInteger(n) && n >= 0 ? n : -1;
}
