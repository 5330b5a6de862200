/**
 * The planner's work as a project (`src/io/project/schema.ts`) and back:
 * imported layers with styles, sketches, analysis results, raster overlays
 * and analysis settings, plus the map view. Used by the project file
 * export/import and by the IndexedDB persistence, so both hold the same thing.
 */
import { emptyProject, type JsonValue, type Project, type ProjectLayer, type ProjectResult, type ProjectSketch, type ProjectView, type UserLayerStyle } from '../io/project/schema';
import type { WgsFeatureCollection } from '../io/types';
import type { LayerSpec } from '../manifest/types';
import { defaultStyle, geometryKind, splitByGeometry } from './layer-spec';
import { ORDER_SETTINGS_KEY, restoreUserLayerOrder, userLayerOrder } from './layer-order';
import { isRasterOverlay, type RasterOverlay } from './raster-layers';
import type { MapController } from '../map/map-controller';
import { SKETCH_ID, SKETCH_TITLE, workFor, type UserWork, type WorkLayer } from './user-work';

/** Settings key holding the raster overlays. */
export const RASTER_SETTINGS_KEY = 'rasterLayers';

/** A user layer that someone else added through the controller (e.g. kept measurements), stored as a result. */
export interface CapturedLayer {
  spec: LayerSpec;
  fc: GeoJSON.FeatureCollection;
  visible: boolean;
}

/** Marks results that hold a captured layer, so they go back to the map as they were. */
export const CAPTURED_ANALYSIS = 'map-layer';

export function layerToProject(l: WorkLayer): ProjectLayer {
  return {
    id: l.id, name: l.name, visible: l.visible, style: l.style, featureCollection: l.fc, createdAt: l.createdAt,
    ...(l.origin ? { origin: l.origin } : {}),
  };
}

export function resultToProject(l: WorkLayer): ProjectResult {
  const r = l.result ?? { analysis: 'unknown', params: {} };
  const out: ProjectResult & { style?: UserLayerStyle; visible?: boolean } = {
    id: l.id, name: l.name, analysis: r.analysis, params: r.params, createdAt: l.createdAt, style: l.style, visible: l.visible,
    ...(l.fc.features.length ? { featureCollection: l.fc } : {}),
    ...(r.table ? { table: r.table } : {}),
  };
  return out;
}

export function capturedToProject(c: CapturedLayer): ProjectResult {
  return {
    id: c.spec.id, name: c.spec.title.zh, analysis: CAPTURED_ANALYSIS,
    params: { layer: c.spec as unknown as JsonValue, visible: c.visible },
    createdAt: new Date().toISOString(), featureCollection: c.fc as WgsFeatureCollection,
  };
}

export function sketchesToProject(work: UserWork): ProjectSketch[] {
  if (work.sketches.length === 0) return [];
  return [{ id: SKETCH_ID, name: SKETCH_TITLE.zh, featureCollection: { type: 'FeatureCollection', features: [...work.sketches] } as WgsFeatureCollection, style: work.sketchStyle, updatedAt: new Date().toISOString() }];
}

/** Everything on the map of the planner's own, as a project. */
export function workToProject(work: UserWork, opts: { view?: ProjectView; captured?: CapturedLayer[] } = {}): Project {
  const state = work.controller.state;
  const live = (l: WorkLayer): WorkLayer => ({
    ...l,
    visible: state?.get(l.id)?.visible ?? l.visible,
    style: { ...l.style, opacity: state?.get(l.id)?.opacity ?? l.style.opacity ?? 1 },
  });
  const items = work.layers().map(live);
  return {
    ...emptyProject(),
    ...(opts.view ? { view: opts.view } : {}),
    settings: { ...work.settings, [RASTER_SETTINGS_KEY]: work.rasters as unknown as JsonValue, [ORDER_SETTINGS_KEY]: userLayerOrder(work.controller) },
    layers: items.filter((l) => l.kind === 'layer').map(layerToProject),
    sketches: sketchesToProject(work),
    results: [...items.filter((l) => l.kind === 'result').map(resultToProject), ...(opts.captured ?? []).map(capturedToProject)],
  };
}

/** What a project turns into on the map. */
export interface WorkState {
  layers: WorkLayer[];
  sketches: GeoJSON.Feature[];
  sketchStyle?: UserLayerStyle;
  rasters: RasterOverlay[];
  settings: { [key: string]: JsonValue };
  captured: CapturedLayer[];
}

/** One work layer per geometry kind of a stored collection (ids kept when there is only one kind). */
function toWorkLayers(base: Omit<WorkLayer, 'geometry' | 'fc' | 'id'> & { id: string }, fc: WgsFeatureCollection): WorkLayer[] {
  const parts = splitByGeometry(fc);
  if (parts.length === 0) return [{ ...base, geometry: geometryKind(fc.features[0]?.geometry) ?? 'polygon', fc }];
  return parts.map((p) => ({
    ...base,
    id: parts.length === 1 ? base.id : `${base.id}-${p.geometry}`,
    geometry: p.geometry,
    style: Object.keys(base.style).length ? base.style : defaultStyle(p.geometry, '#e76f51'),
    fc: p.fc as WgsFeatureCollection,
  }));
}

const COLOR = /^(#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|(rgb|rgba|hsl|hsla)\([\d\s.,%/+-]+\))$/i;
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isColor = (v: unknown): v is string => typeof v === 'string' && COLOR.test(v.trim());
const isText = (v: unknown) => isObj(v) && typeof v.zh === 'string' && typeof v.en === 'string';
const isBy = (v: unknown, value: (x: unknown) => boolean) =>
  isObj(v) && typeof v.property === 'string' && isObj(v.values) && Object.values(v.values).every(value) && value(v.default);

/** Only the style keys the app knows, each of the right type (project files come from anywhere). */
export function cleanStyle(style: unknown): UserLayerStyle {
  const s = isObj(style) ? style : {};
  const out: UserLayerStyle = {};
  if (isColor(s.color)) out.color = s.color;
  if (isColor(s.outline)) out.outline = s.outline;
  for (const k of ['opacity', 'fill_opacity', 'width', 'radius'] as const) if (isNum(s[k])) out[k] = s[k] as number;
  if (isBy(s.color_by, isColor)) out.color_by = s.color_by as UserLayerStyle['color_by'];
  if (typeof s.theme === 'string') out.theme = s.theme;
  if (typeof s.label === 'string') out.label = s.label;
  return out;
}

/** A layer spec stored by a captured layer, checked deeply enough that drawing it cannot throw. */
function isLayerSpec(v: unknown): v is LayerSpec {
  if (!isObj(v) || typeof v.id !== 'string' || typeof v.group !== 'string' || !isText(v.title) || !['point', 'line', 'polygon'].includes(v.geometry as string)) return false;
  const st = v.style;
  if (!isObj(st) || !Array.isArray(v.legend) || !v.legend.every((e) => isObj(e) && isText(e.label) && (e.value === undefined || typeof e.value === 'string'))) return false;
  if (st.color !== undefined && !isColor(st.color)) return false;
  if (st.outline !== undefined && !isColor(st.outline)) return false;
  if (st.color_by !== undefined && !isBy(st.color_by, isColor)) return false;
  for (const k of ['width_by', 'radius_by']) if (st[k] !== undefined && !isBy(st[k], isNum)) return false;
  for (const k of ['fill_opacity', 'width', 'radius', 'label_minzoom', 'minzoom', 'maxzoom']) if (st[k] !== undefined && !isNum(st[k])) return false;
  return (st.label === undefined || typeof st.label === 'string') && (st.dash_by_status === undefined || typeof st.dash_by_status === 'boolean');
}

/**
 * Turns a validated project into work state. Raster overlays that are not
 * well formed are dropped (and counted), never drawn.
 */
export function projectToWork(p: Project): WorkState & { droppedRasters: number } {
  const layers: WorkLayer[] = [];
  const captured: CapturedLayer[] = [];
  for (const l of p.layers) {
    layers.push(...toWorkLayers({ kind: 'layer', id: l.id, name: l.name, group: 'imported', style: cleanStyle(l.style), visible: l.visible, createdAt: l.createdAt ?? p.savedAt, ...(l.origin ? { origin: l.origin } : {}) }, l.featureCollection));
  }
  for (const r of p.results) {
    const extra = r as ProjectResult & { style?: UserLayerStyle; visible?: boolean };
    const fc: WgsFeatureCollection = r.featureCollection ?? { type: 'FeatureCollection', features: [] };
    if (r.analysis === CAPTURED_ANALYSIS && isLayerSpec(r.params.layer)) {
      captured.push({ spec: r.params.layer, fc: fc as GeoJSON.FeatureCollection, visible: r.params.visible !== false });
      continue;
    }
    const result = { analysis: r.analysis, params: r.params, ...(r.table ? { table: r.table } : {}) };
    layers.push(...toWorkLayers({ kind: 'result', id: r.id, name: r.name, group: 'analysis', style: cleanStyle(extra.style), visible: extra.visible !== false, createdAt: r.createdAt, result }, fc));
  }
  const sketches = p.sketches.flatMap((s) => s.featureCollection.features as GeoJSON.Feature[]);
  const { [RASTER_SETTINGS_KEY]: rawRasters, ...settings } = p.settings;
  const list = Array.isArray(rawRasters) ? rawRasters : [];
  const rasters = (list as unknown[]).filter(isRasterOverlay);
  return { layers, sketches, sketchStyle: p.sketches[0]?.style ? cleanStyle(p.sketches[0].style) : undefined, rasters, settings, captured, droppedRasters: list.length - rasters.length };
}

/**
 * Puts a work state on the map in place of the current one: the planner's
 * layers, sketches and overlays, and the run-time layers others had added
 * (those not in `keep` are replaced by the project's).
 */
export function applyWorkState(controller: MapController, state: WorkState, keep: ReadonlySet<string> = new Set()): void {
  const work = workFor(controller);
  for (const id of [...controller.userLayers.keys()]) {
    if (!work.ownsLayer(id) && !keep.has(id)) controller.removeUserLayer(id);
  }
  work.replaceAll(state);
  for (const c of state.captured) controller.addUserLayer({ ...c.spec, visible: c.visible }, c.fc);
  restoreUserLayerOrder(controller, state.settings[ORDER_SETTINGS_KEY]);
}

/** Run-time layers someone else added through the controller (kept measurements, other tools' results). */
export function capturedLayersOf(controller: MapController, excluded: ReadonlySet<string> = new Set()): CapturedLayer[] {
  const work = workFor(controller);
  const out: CapturedLayer[] = [];
  for (const [id, spec] of controller.userLayers) {
    if (work.ownsLayer(id) || excluded.has(id)) continue;
    const fc = controller.userLayerData.get(id);
    if (fc) out.push({ spec, fc, visible: controller.state?.get(id)?.visible ?? spec.visible });
  }
  return out;
}
