/**
 * The measure tool's own drawing on the map: one GeoJSON source for the
 * sketch (area, edges, vertices, segment labels) and one for the rubber band
 * to the pointer. Every id starts with `measure/`, so they never collide
 * with plan layers, and {@link removeSketch} takes them all away again.
 */
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { FONT_NAME } from '../../map/font-faces';
import { closedRing, type LngLat, type MeasureMode, type MeasureResult } from './measure-math';

export const SKETCH_SOURCE = 'measure/sketch';
export const RUBBER_SOURCE = 'measure/rubber';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

const role = (r: string) => ['==', ['get', 'role'], r] as const;

function sketchLayers(color: string): LayerSpecification[] {
  return [
    { id: 'measure/fill', type: 'fill', source: SKETCH_SOURCE, filter: role('area'), paint: { 'fill-color': color, 'fill-opacity': 0.15 } },
    {
      id: 'measure/casing', type: 'line', source: SKETCH_SOURCE, filter: role('edge'),
      layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': '#ffffff', 'line-width': 5 },
    },
    {
      id: 'measure/line', type: 'line', source: SKETCH_SOURCE, filter: role('edge'),
      layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': color, 'line-width': 2.5 },
    },
    {
      id: 'measure/rubber', type: 'line', source: RUBBER_SOURCE,
      paint: { 'line-color': color, 'line-width': 1.5, 'line-dasharray': [2, 2] },
    },
    {
      id: 'measure/vertex', type: 'circle', source: SKETCH_SOURCE, filter: role('vertex'),
      paint: { 'circle-radius': 4.5, 'circle-color': '#ffffff', 'circle-stroke-color': color, 'circle-stroke-width': 2 },
    },
    {
      id: 'measure/label', type: 'symbol', source: SKETCH_SOURCE, filter: ['has', 'text'],
      layout: {
        'text-field': ['get', 'text'], 'text-font': [FONT_NAME], 'text-size': 12,
        'text-allow-overlap': true, 'text-ignore-placement': true, 'text-offset': [0, -0.9],
      },
      paint: { 'text-color': '#1d2329', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
  ] as LayerSpecification[];
}

/** Adds the sketch sources and layers (on top of everything) if they are not there yet. */
export function addSketch(map: MapLibreMap, color: string): void {
  if (!map.getSource(SKETCH_SOURCE)) map.addSource(SKETCH_SOURCE, { type: 'geojson', data: EMPTY });
  if (!map.getSource(RUBBER_SOURCE)) map.addSource(RUBBER_SOURCE, { type: 'geojson', data: EMPTY });
  for (const layer of sketchLayers(color)) if (!map.getLayer(layer.id)) map.addLayer(layer);
}

/** Removes every `measure/` layer and source. Safe on a map that is being torn down. */
export function removeSketch(map: MapLibreMap): void {
  if (!map.style) return;
  for (const id of map.getLayersOrder()) if (id.startsWith('measure/')) map.removeLayer(id);
  for (const id of [SKETCH_SOURCE, RUBBER_SOURCE]) if (map.getSource(id)) map.removeSource(id);
}

/**
 * The sketch as features: the polygon (areas, with the area as its label),
 * the edges, the vertices and a label at the middle of each segment.
 */
export function sketchFeatures(
  r: MeasureResult,
  text: { length: (m: number, total: number) => string; area: (m2: number) => string },
): GeoJSON.FeatureCollection {
  const { points, mode } = r;
  const features: GeoJSON.Feature[] = [];
  const path = mode === 'area' && points.length >= 3 ? closedRing(points) : points;
  if (mode === 'area' && points.length >= 3) {
    features.push(feature({ type: 'Polygon', coordinates: [path] }, { role: 'area', text: text.area(r.area_m2) }));
  }
  if (path.length >= 2) features.push(feature({ type: 'LineString', coordinates: path }, { role: 'edge' }));
  for (const p of points) features.push(feature({ type: 'Point', coordinates: p }, { role: 'vertex' }));
  r.segments.forEach((len, i) => {
    const a = path[i];
    const b = path[i + 1];
    features.push(feature({ type: 'Point', coordinates: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] }, { role: 'segment', text: text.length(len, r.length_m) }));
  });
  return { type: 'FeatureCollection', features };
}

/** Dashed line from the last point to the pointer (and back to the first point for areas). */
export function rubberFeatures(points: readonly LngLat[], cursor: LngLat | undefined, mode: MeasureMode): GeoJSON.FeatureCollection {
  if (!cursor || points.length === 0) return EMPTY;
  const coords = [points[points.length - 1], cursor];
  if (mode === 'area' && points.length >= 2) coords.push(points[0]);
  return { type: 'FeatureCollection', features: [feature({ type: 'LineString', coordinates: coords }, {})] };
}

/** Replaces the data of the sketch sources. */
export function setSketchData(map: MapLibreMap, sketch: GeoJSON.FeatureCollection, rubber: GeoJSON.FeatureCollection): void {
  (map.getSource(SKETCH_SOURCE) as GeoJSONSource | undefined)?.setData(sketch);
  (map.getSource(RUBBER_SOURCE) as GeoJSONSource | undefined)?.setData(rubber);
}

function feature(geometry: GeoJSON.Geometry, properties: Record<string, unknown>): GeoJSON.Feature {
  return { type: 'Feature', geometry, properties };
}
