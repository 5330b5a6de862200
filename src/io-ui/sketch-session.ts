/**
 * Drawing one sketch (point, line or polygon) on a MapLibre map: clicks add
 * vertices, a dashed band follows the pointer, double-click or Enter
 * finishes, Backspace removes the last vertex, Esc cancels. Keyboard users
 * pan with the arrow keys and add the vertex under the centre crosshair with
 * Space (or the panel's button). The session owns the `sketch-draw/`
 * layers while it runs.
 */
import type { FilterSpecification, GeoJSONSource, LayerSpecification, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { GeometryKind } from '../manifest/types';
import { drawingKeyHandler, grabDrawingInput, repeatsLastPoint } from '../map/drawing-input';

export type LngLat = [number, number];

const SOURCE = 'sketch-draw/source';
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Vertices needed to finish a sketch of each kind. */
export const MIN_VERTICES: Record<GeometryKind, number> = { point: 1, line: 2, polygon: 3 };

/**
 * The geometry of a finished sketch, or null with too few vertices.
 * @example sketchGeometry('polygon', [[0, 0], [1, 0], [1, 1]]) // closed Polygon ring
 */
export function sketchGeometry(kind: GeometryKind, pts: readonly LngLat[]): GeoJSON.Geometry | null {
  if (pts.length < MIN_VERTICES[kind]) return null;
  if (kind === 'point') return { type: 'Point', coordinates: [...pts[0]] };
  if (kind === 'line') return { type: 'LineString', coordinates: pts.map((p) => [...p]) };
  return { type: 'Polygon', coordinates: [[...pts.map((p) => [...p]), [...pts[0]]]] };
}

/** What the drawing layers show: the shape so far, the vertices and the rubber band. */
export function drawingFeatures(kind: GeometryKind, pts: readonly LngLat[], cursor?: LngLat): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  const f = (geometry: GeoJSON.Geometry, role: string): GeoJSON.Feature => ({ type: 'Feature', geometry, properties: { role } });
  const path = cursor ? [...pts, cursor] : [...pts];
  if (kind === 'polygon' && path.length >= 3) features.push(f({ type: 'Polygon', coordinates: [[...path, path[0]]] }, 'area'));
  if (kind !== 'point' && pts.length >= 2) features.push(f({ type: 'LineString', coordinates: [...pts] }, 'edge'));
  if (cursor && pts.length >= 1 && kind !== 'point') {
    const band = kind === 'polygon' && pts.length >= 2 ? [pts[pts.length - 1], cursor, pts[0]] : [pts[pts.length - 1], cursor];
    features.push(f({ type: 'LineString', coordinates: band }, 'rubber'));
  }
  for (const p of pts) features.push(f({ type: 'Point', coordinates: p }, 'vertex'));
  return { type: 'FeatureCollection', features };
}

function layers(color: string): LayerSpecification[] {
  const role = (r: string): FilterSpecification => ['==', ['get', 'role'], r];
  return [
    { id: 'sketch-draw/fill', type: 'fill', source: SOURCE, filter: role('area'), paint: { 'fill-color': color, 'fill-opacity': 0.15 } },
    { id: 'sketch-draw/edge', type: 'line', source: SOURCE, filter: role('edge'), paint: { 'line-color': color, 'line-width': 2.5 } },
    { id: 'sketch-draw/rubber', type: 'line', source: SOURCE, filter: role('rubber'), paint: { 'line-color': color, 'line-width': 1.5, 'line-dasharray': [2, 2] } },
    { id: 'sketch-draw/vertex', type: 'circle', source: SOURCE, filter: role('vertex'), paint: { 'circle-radius': 5, 'circle-color': '#ffffff', 'circle-stroke-color': color, 'circle-stroke-width': 2 } },
  ];
}

export class SketchSession {
  points: LngLat[] = [];
  private cursor?: LngLat;
  private releaseInput?: () => void;

  constructor(
    readonly map: MapLibreMap,
    readonly kind: GeometryKind,
    private readonly opts: {
      color: string;
      /** Called with the geometry when the user finishes. */
      onFinish: (g: GeoJSON.Geometry) => void;
      onCancel: () => void;
      /** After every vertex change (for the panel's count and buttons). */
      onChange: () => void;
      holdPointer?: () => () => void;
    },
  ) {}

  start(): void {
    const map = this.map;
    if (!map.getSource(SOURCE)) map.addSource(SOURCE, { type: 'geojson', data: EMPTY });
    for (const l of layers(this.opts.color)) if (!map.getLayer(l.id)) map.addLayer(l);
    this.releaseInput = grabDrawingInput(map, { click: this.onClick, dblclick: this.onDblClick, mousemove: this.onMove, keydown: this.onKey }, this.opts.holdPointer);
    this.redraw();
  }

  stop(): void {
    const map = this.map;
    this.releaseInput?.();
    this.releaseInput = undefined;
    if (!map.style) return;
    for (const l of layers(this.opts.color)) if (map.getLayer(l.id)) map.removeLayer(l.id);
    if (map.getSource(SOURCE)) map.removeSource(SOURCE);
  }

  get canFinish(): boolean {
    return this.points.length >= MIN_VERTICES[this.kind];
  }

  add(p: LngLat): void {
    this.points = [...this.points, p];
    this.changed();
    if (this.kind === 'point') this.finish();
  }

  /** Adds the vertex under the centre crosshair (keyboard use). */
  addCentre(): void {
    const c = this.map.getCenter();
    this.add([c.lng, c.lat]);
  }

  undo(): void {
    this.points = this.points.slice(0, -1);
    this.changed();
  }

  /** Finishes the sketch; false (nothing happens) with too few vertices. */
  finish(): boolean {
    const g = sketchGeometry(this.kind, this.points);
    if (!g) return false;
    this.opts.onFinish(g);
    return true;
  }

  cancel(): void {
    this.points = [];
    this.changed();
    this.opts.onCancel();
  }

  private redraw(): void {
    (this.map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(drawingFeatures(this.kind, this.points, this.cursor));
  }

  private changed(): void {
    this.redraw();
    this.opts.onChange();
  }

  private readonly onClick = (e: MapMouseEvent) => {
    const last = this.points[this.points.length - 1];
    if (repeatsLastPoint(this.map, last, e)) return;
    this.add([e.lngLat.lng, e.lngLat.lat]);
  };

  private readonly onDblClick = (e: MapMouseEvent) => {
    e.preventDefault();
    this.finish();
  };

  private readonly onMove = (e: MapMouseEvent) => {
    if (this.points.length === 0) return;
    this.cursor = [e.lngLat.lng, e.lngLat.lat];
    this.redraw();
  };

  private readonly onKey = drawingKeyHandler({
    finish: () => this.finish(),
    cancel: () => this.cancel(),
    undo: () => this.undo(),
    addCentre: () => this.addCentre(),
  });
}
