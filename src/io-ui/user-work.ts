/**
 * The planner's own work on one map: imported layers, sketches, analysis
 * results and raster overlays, with the style of each. It is the single
 * source of truth the import / style / sketch / export / project components
 * edit; it draws everything through the map controller (re-applying after
 * the map reloads) and reports every change as a `work-change` event, which
 * the persistence layer turns into IndexedDB writes.
 */
import type { LayerOrigin, JsonValue, ProjectResult, UserLayerStyle } from '../io/project/schema';
import type { WgsFeatureCollection } from '../io/types';
import type { GeometryKind, I18nText } from '../manifest/types';
import type { MapController } from '../map/map-controller';
import { displayCollection } from './display-data';
import { defaultStyle, splitByGeometry, userLayerSpec } from './layer-spec';
import { addRaster, removeRaster, type RasterOverlay } from './raster-layers';

/** One layer of the planner's own, as drawn on the map. */
export interface WorkLayer {
  /** `layer`: imported; `result`: an analysis result. */
  kind: 'layer' | 'result';
  id: string;
  name: string;
  group: string;
  geometry: GeometryKind;
  style: UserLayerStyle;
  visible: boolean;
  /** The features as imported (WGS84, original attributes). */
  fc: WgsFeatureCollection;
  origin?: LayerOrigin;
  createdAt: string;
  description?: I18nText;
  result?: { analysis: string; params: { [key: string]: JsonValue }; table?: ProjectResult['table'] };
}

export type WorkScope = 'layer' | 'sketches' | 'rasters' | 'settings' | 'all';

/** Detail of `work-change`: what changed (`id` for one layer; `removed` when it went away). */
export interface WorkChangeDetail {
  scope: WorkScope;
  id?: string;
  removed?: boolean;
}

export const SKETCH_ID = 'sketches';
export const SKETCH_TITLE: I18nText = { zh: '草图', en: 'Sketches' };
export const SKETCH_KIND_TITLE: Record<GeometryKind, I18nText> = {
  point: { zh: '草图（点）', en: 'Sketches (points)' },
  line: { zh: '草图（线）', en: 'Sketches (lines)' },
  polygon: { zh: '草图（面）', en: 'Sketches (polygons)' },
};
/** Map layer id of the sketches of one geometry kind. */
export const sketchLayerId = (g: GeometryKind): string => `${SKETCH_ID}-${g}`;
const SKETCH_COLOR = '#d1495b';

/** A fresh, unique layer id. */
export function newLayerId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export class UserWork extends EventTarget {
  private readonly items = new Map<string, WorkLayer>();
  private sketchFeatures: GeoJSON.Feature[] = [];
  sketchStyle: UserLayerStyle = { color: SKETCH_COLOR, fill_opacity: 0.2, width: 2.5, radius: 6, label: 'name', opacity: 1 };
  private rasterList: RasterOverlay[] = [];
  /** Analysis settings and preferences saved with the project. */
  settings: { [key: string]: JsonValue } = {};

  constructor(readonly controller: MapController) {
    super();
    controller.addEventListener('ready', () => this.applyAll());
  }

  layers(): WorkLayer[] {
    return [...this.items.values()];
  }

  get(id: string): WorkLayer | undefined {
    return this.items.get(id);
  }

  /** Adds or replaces a layer and draws it. */
  put(layer: WorkLayer): void {
    this.items.set(layer.id, layer);
    this.apply(layer);
    this.emit({ scope: 'layer', id: layer.id });
  }

  remove(id: string): void {
    if (!this.items.delete(id)) return;
    this.controller.removeUserLayer(id);
    this.emit({ scope: 'layer', id, removed: true });
  }

  /** Restyles a layer (the controller replaces it; visibility and opacity follow the style). */
  setStyle(id: string, style: UserLayerStyle): void {
    const layer = this.items.get(id);
    if (!layer) return;
    layer.style = style;
    layer.visible = this.controller.state?.get(id)?.visible ?? layer.visible;
    this.apply(layer);
    this.emit({ scope: 'layer', id });
  }

  get sketches(): readonly GeoJSON.Feature[] {
    return this.sketchFeatures;
  }

  /** Replaces all sketch features and redraws the sketch layers. */
  setSketches(features: GeoJSON.Feature[]): void {
    this.sketchFeatures = features;
    this.applySketches();
    this.emit({ scope: 'sketches' });
  }

  get rasters(): readonly RasterOverlay[] {
    return this.rasterList;
  }

  addRaster(overlay: RasterOverlay): void {
    this.rasterList = [...this.rasterList.filter((r) => r.id !== overlay.id), overlay];
    if (this.controller.map && this.controller.state) addRaster(this.controller.map, overlay);
    this.emit({ scope: 'rasters' });
  }

  removeRaster(id: string): void {
    this.rasterList = this.rasterList.filter((r) => r.id !== id);
    if (this.controller.map) removeRaster(this.controller.map, id);
    this.emit({ scope: 'rasters' });
  }

  setSettings(settings: { [key: string]: JsonValue }): void {
    this.settings = settings;
    this.emit({ scope: 'settings' });
  }

  /** Replaces everything at once (project import, restore on load). */
  replaceAll(next: { layers: WorkLayer[]; sketches: GeoJSON.Feature[]; sketchStyle?: UserLayerStyle; rasters: RasterOverlay[]; settings: { [key: string]: JsonValue } }): void {
    for (const id of this.items.keys()) this.controller.removeUserLayer(id);
    if (this.controller.map) for (const r of this.rasterList) removeRaster(this.controller.map, r.id);
    this.items.clear();
    for (const l of next.layers) this.items.set(l.id, l);
    this.sketchFeatures = next.sketches;
    if (next.sketchStyle) this.sketchStyle = next.sketchStyle;
    this.rasterList = next.rasters;
    this.settings = next.settings;
    this.applyAll();
    this.emit({ scope: 'all' });
  }

  /** Ids of the map layers this object draws. */
  ownsLayer(id: string): boolean {
    return this.items.has(id) || id.startsWith(`${SKETCH_ID}-`);
  }

  /** The features of a layer with their original attributes (sketch layers by kind). */
  data(id: string): WgsFeatureCollection | undefined {
    const item = this.items.get(id);
    if (item) return item.fc;
    const kind = id.startsWith(`${SKETCH_ID}-`) ? id.slice(SKETCH_ID.length + 1) : undefined;
    if (!kind) return undefined;
    const part = splitByGeometry({ type: 'FeatureCollection', features: this.sketchFeatures }).find((p) => p.geometry === kind);
    return part ? (part.fc as WgsFeatureCollection) : undefined;
  }

  private apply(layer: WorkLayer): void {
    const ctrl = this.controller;
    if (!ctrl.state) return;
    if (layer.fc.features.length === 0) {
      // Table-only results have nothing to draw.
      ctrl.removeUserLayer(layer.id);
      return;
    }
    const spec = userLayerSpec({ id: layer.id, title: { zh: layer.name, en: layer.name }, group: layer.group, geometry: layer.geometry, description: layer.description, visible: layer.visible }, layer.style, layer.fc);
    keepingOrder(ctrl, layer.id, () => ctrl.addUserLayer(spec, displayCollection(layer.id, layer.fc)));
    ctrl.setLayerOpacity(layer.id, layer.style.opacity ?? 1);
  }

  private applySketches(): void {
    const ctrl = this.controller;
    if (!ctrl.state) return;
    const parts = splitByGeometry({ type: 'FeatureCollection', features: this.sketchFeatures });
    for (const g of ['point', 'line', 'polygon'] as const) {
      const id = sketchLayerId(g);
      const part = parts.find((p) => p.geometry === g);
      if (!part) {
        ctrl.removeUserLayer(id);
        continue;
      }
      const visible = ctrl.state.get(id)?.visible ?? true;
      const style = { ...defaultStyle(g, SKETCH_COLOR), ...this.sketchStyle };
      const spec = userLayerSpec({ id, title: SKETCH_KIND_TITLE[g], group: 'user', geometry: g, visible }, style, part.fc);
      keepingOrder(ctrl, id, () => ctrl.addUserLayer(spec, displayCollection(id, part.fc)));
    }
  }

  private applyAll(): void {
    const ctrl = this.controller;
    if (!ctrl.state) return;
    if (ctrl.map) for (const r of this.rasterList) addRaster(ctrl.map, r);
    for (const l of this.items.values()) this.apply(l);
    this.applySketches();
  }

  private emit(detail: WorkChangeDetail): void {
    this.dispatchEvent(new CustomEvent<WorkChangeDetail>('work-change', { detail }));
  }
}

/**
 * Runs `add` (which replaces a layer, putting it on top) and moves the
 * layer back to where it was, so restyling never changes the draw order.
 */
function keepingOrder(ctrl: MapController, id: string, add: () => void): void {
  const order = ctrl.state?.order ?? [];
  const at = order.indexOf(id);
  const above = at >= 0 ? order[at + 1] : undefined;
  add();
  if (above && typeof ctrl.moveLayerBefore === 'function') ctrl.moveLayerBefore(id, above);
}

const registry = new WeakMap<MapController, UserWork>();

/** The work of one map (created on first use). */
export function workFor(controller: MapController): UserWork {
  let w = registry.get(controller);
  if (!w) {
    w = new UserWork(controller);
    registry.set(controller, w);
  }
  return w;
}
