import * as maplibregl from 'maplibre-gl';
import type { LngLatLike } from 'maplibre-gl';
import { loadPlan } from '../data/load-plan';
import type { PlanData } from '../data/plan-data';
import type { Lang } from '../i18n/lang';
import type { LayerSpec, LayerStyle } from '../manifest/types';
import { LayerCatalog } from './layer-catalog';
import { applyBasemap } from './basemap-apply';
import type { ResolvedTiles } from './basemap-style';
import { Deferred } from './deferred';
import { FeatureIndex, type IndexedFeature } from './feature-index';
import { drawPlan, drawRunTimeLayer, redrawLayer } from './draw-plan';
import { setHighlight } from './highlight';
import type { FeatureFilter, LayerState } from './layer-state';
import { featureBounds, initialStyle, renderedFeatures } from './map-view';
import * as layers from './plan-layers';
import { PointerHolds } from './pointer-holds';
import { loadTileJson } from './tile-json';
import { setupWorker } from './worker-url';
import { bindInteraction } from './interaction';

export interface MapControllerOptions {
  /** Folder holding manifest.json, catalogue.json, the plan text and the .fgb files. */
  dataUrl: string;
  /** TileJSON of the offline basemap (`…/tiles/basemap/tiles.json`). */
  tileJsonUrl: string;
  lang: Lang;
  basemap: string;
  /** Key for online basemaps that need one (Tianditu `tk`). */
  basemapKey?: string;
  center?: [number, number];
  zoom?: number;
  /** Layers (or whole groups, by group id) visible at start; the manifest's defaults when absent. */
  layers?: string[];
  interactive?: boolean;
}

export type ControllerStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface FeatureClickDetail {
  id: string;
  layerId: string;
  feature: GeoJSON.Feature;
  lngLat: [number, number];
}

/**
 * Owns one `maplibregl.Map`: creates it on `start`, removes it on `stop`,
 * loads the plan data (abortable), draws the manifest's layers and applies
 * the user's layer state. Components never touch MapLibre directly for plan
 * layers; they call this controller and listen to its events:
 *
 * - `change`: anything a component renders from changed (status, layers, filter, language, selection)
 * - `feature-click` (`CustomEvent<FeatureClickDetail>`), `view-change`, `layer-visibility`, `ready`, `error`
 */
export class MapController extends EventTarget {
  map?: maplibregl.Map;
  data?: PlanData;
  state?: LayerState;
  readonly index = new FeatureIndex();
  status: ControllerStatus = 'idle';
  error?: Error;
  selectedId?: string;
  private readonly pointerHolds = new PointerHolds();
  /** Manifest layers, style overrides and run-time layers with their data. */
  readonly layerCatalog = new LayerCatalog();
  readonly options: MapControllerOptions;
  /** The basemap actually shown (an online one without its key falls back to `offline`). */
  basemapId = 'offline';
  private tiles?: ResolvedTiles;
  private abort?: AbortController;
  private ready = new Deferred<void>();

  constructor(options: MapControllerOptions) {
    super();
    this.options = { ...options };
  }

  get lang(): Lang {
    return this.options.lang;
  }

  /** Layers added at run time (imports, sketches, analysis results), in addition to the manifest's. */
  get userLayers(): ReadonlyMap<string, LayerSpec> {
    return this.layerCatalog.userLayers;
  }

  /** The FeatureCollection of each run-time layer, as passed to `addUserLayer`. */
  get userLayerData(): ReadonlyMap<string, GeoJSON.FeatureCollection> {
    return this.layerCatalog.userLayerData;
  }

  /** Resolves when data is drawn and the map has rendered once; rejects on a load error. */
  whenReady(): Promise<void> {
    return this.ready.promise;
  }

  /** Creates the map in `container` and starts loading the plan. */
  start(container: HTMLElement): void {
    if (this.map) return;
    setupWorker();
    this.abort = new AbortController();
    const { signal } = this.abort;
    this.setStatus('loading');
    const o = this.options;
    const map = new maplibregl.Map({
      container,
      style: initialStyle(),
      center: (o.center ?? [111.0, 34.0]) as LngLatLike,
      zoom: o.zoom ?? 8.5,
      interactive: o.interactive ?? true,
      attributionControl: { compact: true },
      cooperativeGestures: false,
    });
    this.map = map;
    map.on('error', (e) => this.emit('error', { error: e.error, message: e.error?.message ?? String(e) }));
    bindInteraction(this, map);

    const styleLoaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
    Promise.all([loadPlan(o.dataUrl, { signal }), loadTileJson(o.tileJsonUrl, signal), styleLoaded])
      .then(([data, tiles]) => {
        if (signal.aborted || this.map !== map) return;
        this.tiles = tiles;
        this.draw(map, data);
        map.once('idle', () => {
          // Start with the credits folded (ⓘ opens them) so they never cover the legend or a phone's map.
          container.querySelector('.maplibregl-ctrl-attrib.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
          this.setStatus('ready');
          this.ready.resolve();
          this.emit('ready', {});
        });
      })
      .catch((e: Error) => {
        if (signal.aborted) return;
        this.error = e;
        this.setStatus('error');
        this.ready.reject(e);
        this.emit('error', { error: e, message: e.message });
      });
  }

  /** Removes the map and aborts any load in progress. */
  stop(): void {
    this.abort?.abort();
    this.map?.remove();
    this.map = undefined;
    this.status = 'idle';
    this.ready = new Deferred<void>();
  }

  private draw(map: maplibregl.Map, data: PlanData): void {
    this.data = data;
    this.state = drawPlan(map, data, this.layerCatalog, this.index, this.lang, this.options.layers);
    this.showBasemap();
    if (!this.options.center) map.jumpTo({ center: data.manifest.view.center, zoom: this.options.zoom ?? data.manifest.view.zoom });
    if (data.manifest.view.max_bounds) map.setMaxBounds(data.manifest.view.max_bounds);
    this.changed();
  }

  /** Manifest layers followed by user layers, each with its current visibility. */
  layerSpecs(): LayerSpec[] {
    return this.layerCatalog.all().map((l) => ({ ...l, visible: this.state?.get(l.id)?.visible ?? l.visible }));
  }

  layerSpec(id: string): LayerSpec | undefined {
    return this.layerCatalog.spec(id);
  }

  /**
   * Overrides part of a manifest layer's style (a host page's theme), or
   * restores the manifest's style with `undefined`. Kept across reloads of
   * the data; legends read the overridden style through `layerSpec`.
   */
  setLayerStyle(id: string, style: Partial<LayerStyle> | undefined): void {
    this.layerCatalog.setOverride(id, style);
    const fc = this.data?.layers.get(id);
    const spec = this.layerSpec(id);
    if (!this.map || !this.state?.has(id) || !fc || !spec) return;
    redrawLayer(this.map, this.state, spec, fc, this.lang);
    this.changed();
  }

  setLayerVisible(id: string, visible: boolean): void {
    if (!this.map || !this.state?.setVisible(id, visible)) return;
    layers.applyVisibility(this.map, this.state, id);
    this.emit('layer-visibility', { id, visible });
    this.changed();
  }

  setLayerOpacity(id: string, opacity: number): void {
    if (!this.map || !this.state?.setOpacity(id, opacity)) return;
    layers.applyOpacity(this.map, this.state, id);
    this.changed();
  }

  /** Moves a layer up (positive) or down in draw order. */
  moveLayer(id: string, delta: number): void {
    if (!this.map || !this.state?.move(id, delta)) return;
    layers.applyOrder(this.map, this.state);
    this.changed();
  }

  moveLayerBefore(id: string, beforeId: string | undefined): void {
    if (!this.map || !this.state?.moveBefore(id, beforeId)) return;
    layers.applyOrder(this.map, this.state);
    this.changed();
  }

  setFilter(filter: FeatureFilter): void {
    if (!this.map || !this.state) return;
    this.state.filter = filter;
    for (const id of this.state.order) layers.applyFilter(this.map, this.state, id);
    this.changed();
  }

  setLang(lang: Lang): void {
    if (this.options.lang === lang) return;
    this.options.lang = lang;
    if (this.map && this.state) {
      layers.applyLang(this.map, this.layerSpecs(), lang);
      this.showBasemap();
    }
    this.changed();
  }

  /** Switches the basemap; online ones need `key` where the provider asks for one. */
  setBasemap(id: string, key?: string): void {
    this.options.basemap = id;
    if (key !== undefined) this.options.basemapKey = key;
    if (this.map && this.state) this.showBasemap();
    this.changed();
  }

  private showBasemap(): void {
    if (!this.map || !this.tiles) return;
    const o = this.options;
    const { id, error } = applyBasemap(this.map, { tiles: this.tiles, lang: o.lang, basemapKey: o.basemapKey }, o.basemap);
    this.basemapId = id;
    if (error) this.emit('error', { error, message: error.message });
  }

  /** Selects a mapped feature (or clears with null), highlighting it and the elements it relates to. */
  select(id: string | null, opts: { fly?: boolean } = {}): void {
    this.selectedId = id ?? undefined;
    if (this.map) {
      const f = id ? this.index.feature(id) : undefined;
      const related = id ? this.index.relatedFeatures(id) : [];
      setHighlight(this.map, f ? [f.feature] : [], related.map((r) => r.feature));
      if (opts.fly && f) this.flyToFeature(f);
    }
    this.changed();
  }

  /** Highlights several features (e.g. an unlocated composite's mapped members). */
  highlight(ids: string[]): void {
    if (!this.map) return;
    const fs = ids.map((i) => this.index.feature(i)).filter((x): x is IndexedFeature => !!x);
    setHighlight(this.map, [], fs.map((f) => f.feature));
  }

  flyTo(id: string): boolean {
    const f = this.index.feature(id);
    if (!f) return false;
    if (this.state && !this.state.get(f.layerId)?.visible) this.setLayerVisible(f.layerId, true);
    this.flyToFeature(f);
    return true;
  }

  private flyToFeature(f: IndexedFeature): void {
    const bounds = featureBounds(f.feature);
    if (bounds) this.map?.fitBounds(bounds, { padding: 80, maxZoom: 12.5, duration: 600 });
  }

  /** Features of visible layers drawn in the current view, one per id, sorted by name. */
  featuresInView(): IndexedFeature[] {
    return this.map && this.state ? renderedFeatures(this.map, this.state, this.index) : [];
  }

  /** Adds (or replaces) a run-time layer: an import, a sketch or an analysis result. */
  addUserLayer(spec: LayerSpec, fc: GeoJSON.FeatureCollection): void {
    if (!this.map || !this.state) return;
    if (this.userLayers.has(spec.id) || this.state.has(spec.id)) this.removeUserLayer(spec.id);
    this.layerCatalog.putUserLayer(spec, fc);
    drawRunTimeLayer(this.map, this.state, this.index, spec, fc, this.lang);
    layers.applyOrder(this.map, this.state);
    this.changed();
  }

  removeUserLayer(id: string): void {
    if (!this.map || !this.state || !this.userLayers.has(id)) return;
    layers.removePlanLayer(this.map, id);
    this.index.removeLayer(id);
    this.state.remove(id);
    this.layerCatalog.deleteUserLayer(id);
    this.changed();
  }

  /**
   * A tool that takes map clicks (the measure tool) holds the pointer so a
   * click adds its point instead of selecting a plan feature. Returns the
   * release function; holds nest.
   */
  holdPointer(): () => void {
    return this.pointerHolds.hold();
  }

  /** True while a tool holds the pointer (clicks do not select, hovering shows no pointer cursor). */
  get pointerHeld(): boolean {
    return this.pointerHolds.held;
  }

  /** Tells listeners that something they render from has changed. */
  changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail }));
  }

  private setStatus(status: ControllerStatus): void {
    this.status = status;
    this.changed();
  }
}
