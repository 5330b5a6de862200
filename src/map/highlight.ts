import type { Map as MapLibreMap, GeoJSONSource, LayerSpecification } from 'maplibre-gl';

export const HIGHLIGHT_SOURCE = 'plan/highlight';
export const HIGHLIGHT_PREFIX = 'plan-highlight/';

const SELECTED = ['==', ['get', '__role'], 'selected'];
const COLOR = ['case', SELECTED, '#0057ff', '#00a6d6'];

/** Layers that outline selected (blue) and related (cyan) features above everything else. */
export function highlightLayers(): LayerSpecification[] {
  const source = HIGHLIGHT_SOURCE;
  return [
    { id: `${HIGHLIGHT_PREFIX}fill`, type: 'fill', source, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': COLOR, 'fill-opacity': 0.12 } },
    { id: `${HIGHLIGHT_PREFIX}line`, type: 'line', source, filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': COLOR, 'line-width': ['case', SELECTED, 4, 3], 'line-opacity': 0.9 } },
    {
      id: `${HIGHLIGHT_PREFIX}point`, type: 'circle', source, filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': ['case', SELECTED, 13, 11], 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': COLOR, 'circle-stroke-width': 3 },
    },
  ] as unknown as LayerSpecification[];
}

export function addHighlight(map: MapLibreMap): void {
  map.addSource(HIGHLIGHT_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  for (const l of highlightLayers()) map.addLayer(l);
}

/** Shows `selected` in the selection colour and `related` in the relation colour. */
export function setHighlight(map: MapLibreMap, selected: GeoJSON.Feature[], related: GeoJSON.Feature[]): void {
  const tag = (f: GeoJSON.Feature, role: string): GeoJSON.Feature => ({ ...f, properties: { ...f.properties, __role: role } });
  const src = map.getSource(HIGHLIGHT_SOURCE) as GeoJSONSource | undefined;
  src?.setData({ type: 'FeatureCollection', features: [...related.map((f) => tag(f, 'related')), ...selected.map((f) => tag(f, 'selected'))] });
}
