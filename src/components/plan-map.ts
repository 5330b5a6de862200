import { provide } from '@lit/context';
import { LitElement, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import * as maplibregl from 'maplibre-gl';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import { pick, type Lang } from '../i18n/lang';
import { S } from '../i18n/strings/plan-map';
import type { LayerSpec, LayerStyle } from '../manifest/types';
import { defaultDataUrl, defaultTileJsonUrl } from '../map/asset-base';
import { mapContext } from '../map/map-context';
import { MapController, type FeatureClickDetail } from '../map/map-controller';
import {
  expandLayers,
  interactiveConverter,
  parseBasemap,
  parseCenter,
  parseControls,
  parseLang,
  parseList,
  resolveUrl,
  zoomConverter,
} from './map-attributes';
import { planElement } from './define';
import { planMapStyles } from './plan-map-styles';
import { featureClickDetail, type PlanFeatureDetail } from './plan-events';
import { isFeatureCollection, userLayerSpec } from './user-layer-spec';

/**
 * The plan map. Used by the full app and, unchanged, as the embeddable widget
 * (`dist/embed/plan-map.js`; see README.md and custom-elements.json).
 * Attributes and properties mirror each other; an invalid attribute value is
 * ignored with a console warning. Changing `src`, `tiles` or `interactive`
 * after start reloads the map. `layerStyles` is a property only.
 *
 * @fires plan-ready - the data is drawn and the map has rendered; `detail: {}`
 * @fires plan-feature-click - a plan feature was clicked; `detail: PlanFeatureDetail`
 * @fires plan-view-change - the view moved; `detail: { center, zoom, bearing }`
 * @fires plan-layer-visibility - a layer was shown or hidden; `detail: { id, visible }`
 * @fires plan-error - data or tiles failed to load; `detail: { message }`
 * @slot - workspace components that bind to this map through context
 * @slot top-left / top-right / bottom-left / bottom-right - overlay positions
 * @csspart map - the map canvas container
 * @csspart status - the loading / error message
 * @csspart control - each group of MapLibre buttons (zoom, fullscreen)
 * @csspart scale - the scale bar
 * @csspart attribution - the attribution box
 * @csspart layers-panel - the built-in layer panel (`controls="layers"`); also layers-toggle, layers-title, layers-filter, layers-group, layers-group-header, layers-layer
 * @csspart legend-panel - the built-in legend (`controls="legend"`); also legend-toggle, legend-layer, legend-swatch, legend-explain
 * @csspart basemap-panel - the built-in basemap switcher (`controls="basemap"`); also basemap-toggle, basemap-option
 * @cssprop --plan-map-height - height when the host has none (default 400px)
 * @cssprop --plan-font - UI font family
 * @cssprop --plan-surface - panel background
 * @cssprop --plan-text - text colour
 * @cssprop --plan-accent - accent colour
 */
@planElement('plan-map')
export class PlanMap extends LitElement {
  static override styles = [unsafeCSS(maplibreCss), planMapStyles];

  /** Comma-separated ids of the layers (or whole groups) to show; the manifest's defaults when absent. */
  @property({ reflect: true }) layers?: string;
  /** `"longitude,latitude"` of the view; setting it moves the map (the live view comes with `plan-view-change`). */
  @property({ reflect: true }) center?: string;
  /** Zoom of the view, 0–22. */
  @property({ reflect: true, converter: zoomConverter }) zoom?: number;
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** Basemap id: `offline` (default), `tianditu-vec`, `tianditu-img`, `osm`. */
  @property({ reflect: true }) basemap = 'offline';
  /** Key for online basemaps that need one (Tianditu). */
  @property({ attribute: 'basemap-key', reflect: true }) basemapKey?: string;
  /** Comma-separated built-in controls: zoom, scale, fullscreen, layers, legend, basemap, attribution. */
  @property({ reflect: true }) controls = 'zoom,scale,attribution';
  /** Pan, zoom and click; `interactive="false"` makes a still picture. */
  @property({ reflect: true, converter: interactiveConverter }) interactive = true;
  /** Folder of the built plan data; defaults to `data/` next to the page (or the widget module). */
  @property({ reflect: true }) src?: string;
  /** TileJSON of the offline basemap; defaults to the bundled tiles. */
  @property({ reflect: true }) tiles?: string;
  /** Property only: partial style overrides of manifest layers by id, e.g. `{ 'zones-five': { color: '#0a7' } }`. */
  @property({ attribute: false }) layerStyles?: Record<string, Partial<LayerStyle>>;

  @provide({ context: mapContext }) controller?: MapController;

  @query('#map') private container!: HTMLDivElement;
  private controls_: maplibregl.IControl[] = [];
  /** Parsed `controls`, once per change (an invalid entry warns once, not on every render). */
  private shown = new Set<string>();

  /** The underlying MapLibre map (read-only), once started. */
  get map(): maplibregl.Map | undefined {
    return this.controller?.map;
  }

  /** Resolves when the plan is drawn; rejects if it could not load. */
  whenReady(): Promise<void> {
    return this.ensureController().whenReady();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ensureController();
    // Moved in the DOM: the map was removed on disconnect; start it again (same controller, so references stay valid).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.stop();
    this.controls_ = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('controls')) this.shown = new Set(parseControls(this.controls) ?? []);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const ctrl = this.ensureController();
    if (changed.has('layerStyles')) this.applyLayerStyles(changed.get('layerStyles'));
    const reload = ctrl.map && (changed.has('src') || changed.has('tiles') || changed.has('interactive'));
    if (reload) this.stopController();
    if (reload || (!ctrl.map && this.isConnected)) {
      this.ensureController().start(this.container);
      this.addControls();
      return;
    }
    if (changed.has('lang')) {
      const lang = parseLang(this.lang);
      if (lang) ctrl.setLang(lang);
    }
    if (changed.has('basemap') || changed.has('basemapKey')) {
      const basemap = parseBasemap(this.basemap);
      if (basemap) ctrl.setBasemap(basemap, this.basemapKey);
    }
    const center = changed.has('center') ? parseCenter(this.center) : undefined;
    const zoom = changed.has('zoom') ? this.zoom : undefined;
    if (center || zoom !== undefined) ctrl.map?.jumpTo({ ...(center && { center }), ...(zoom !== undefined && { zoom }) });
    if (changed.has('layers') && ctrl.status === 'ready' && this.layers !== undefined) this.applyLayerList();
    if (changed.has('controls') && ctrl.map) this.addControls();
  }

  override render() {
    const ctrl = this.controller;
    const shown = this.shown;
    return html`
      <div id="map" part="map"></div>
      ${this.renderStatus(ctrl)}
      <div class="corner top-left">
        <slot name="top-left"></slot>
        ${shown.has('layers') ? html`<plan-layer-panel compact exportparts=${exported('layers', LAYER_PANEL_PARTS)}></plan-layer-panel>` : nothing}
      </div>
      <div class="corner top-right"><slot name="top-right"></slot></div>
      <div class="corner bottom-left">
        <slot name="bottom-left"></slot>
        ${shown.has('legend') ? html`<plan-legend exportparts=${exported('legend', LEGEND_PARTS)}></plan-legend>` : nothing}
      </div>
      <div class="corner bottom-right">
        <slot name="bottom-right"></slot>
        ${shown.has('basemap') ? html`<plan-basemap-switcher exportparts=${exported('basemap', BASEMAP_PARTS)}></plan-basemap-switcher>` : nothing}
      </div>
      <slot></slot>
    `;
  }

  private renderStatus(ctrl: MapController | undefined) {
    if (!ctrl || ctrl.status === 'ready' || ctrl.status === 'idle') return nothing;
    if (ctrl.status === 'loading') {
      return html`<div class="status" part="status" role="status">${pick(S.loading, this.lang)}</div>`;
    }
    const errors = (ctrl.error as { errors?: { file: string; path: string; message: string }[] })?.errors ?? [];
    return html`<div class="status error" part="status" role="alert">
      <strong>${pick(S.loadFailed, this.lang)}</strong>
      <div>${ctrl.error?.message}</div>
      ${errors.length ? html`<ul>${errors.map((e) => html`<li>${e.file} ${e.path}: ${e.message}</li>`)}</ul>` : nothing}
    </div>`;
  }

  /** Flies to a feature by id; returns false when no mapped feature has that id. */
  flyTo(id: string): boolean {
    return this.controller?.flyTo(id) ?? false;
  }

  showLayers(ids: string[]): void {
    for (const id of ids) this.controller?.setLayerVisible(id, true);
  }

  hideLayers(ids: string[]): void {
    for (const id of ids) this.controller?.setLayerVisible(id, false);
  }

  setLanguage(lang: Lang): void {
    if (parseLang(lang)) this.lang = lang;
  }

  /**
   * Adds (or replaces) a GeoJSON layer from the host page once the map is
   * ready. Resolves when it is drawn; anything but a FeatureCollection is
   * ignored with a warning.
   */
  async addGeoJsonLayer(id: string, data: GeoJSON.FeatureCollection, spec: Partial<LayerSpec> = {}): Promise<void> {
    if (!isFeatureCollection(data)) {
      console.warn(`<plan-map>: ignored addGeoJsonLayer("${id}"): expected a GeoJSON FeatureCollection`);
      return;
    }
    const ctrl = this.ensureController();
    await ctrl.whenReady();
    ctrl.addUserLayer(userLayerSpec(id, data, spec), data);
  }

  private ensureController(): MapController {
    if (this.controller) return this.controller;
    const ctrl = new MapController({
      dataUrl: resolveUrl(this.src, 'src') ?? defaultDataUrl(),
      tileJsonUrl: resolveUrl(this.tiles, 'tiles') ?? defaultTileJsonUrl(),
      lang: parseLang(this.lang) ?? 'zh',
      basemap: parseBasemap(this.basemap) ?? 'offline',
      basemapKey: this.basemapKey,
      center: parseCenter(this.center),
      zoom: this.zoom,
      layers: this.layers === undefined ? undefined : parseList(this.layers),
      interactive: this.interactive,
    });
    for (const [id, style] of Object.entries(this.layerStyles ?? {})) ctrl.setLayerStyle(id, style);
    ctrl.addEventListener('change', () => this.requestUpdate());
    ctrl.addEventListener('ready', () => {
      if (this.layers !== undefined) this.applyLayerList();
      this.fire('plan-ready', {});
    });
    ctrl.addEventListener('error', (e) => this.fire('plan-error', { message: (e as CustomEvent<{ message: string }>).detail.message }));
    ctrl.addEventListener('feature-click', (e) => {
      const d = (e as CustomEvent<FeatureClickDetail>).detail;
      this.fire<PlanFeatureDetail>('plan-feature-click', featureClickDetail(d));
    });
    ctrl.addEventListener('view-change', (e) => this.fire('plan-view-change', (e as CustomEvent).detail));
    ctrl.addEventListener('layer-visibility', (e) => this.fire('plan-layer-visibility', (e as CustomEvent).detail));
    this.controller = ctrl;
    return ctrl;
  }

  /** Shows exactly the manifest layers the `layers` attribute names; the host's own layers are left alone. */
  private applyLayerList(): void {
    const ctrl = this.controller;
    const specs = ctrl?.data?.manifest.layers;
    if (!ctrl?.state || !specs) return;
    const wanted = new Set(expandLayers(parseList(this.layers) ?? [], specs));
    for (const { id } of specs) ctrl.setLayerVisible(id, wanted.has(id));
  }

  private applyLayerStyles(before: Record<string, Partial<LayerStyle>> | undefined): void {
    const ctrl = this.controller;
    if (!ctrl) return;
    const next = this.layerStyles ?? {};
    for (const id of Object.keys(before ?? {})) if (!(id in next)) ctrl.setLayerStyle(id, undefined);
    for (const [id, style] of Object.entries(next)) ctrl.setLayerStyle(id, style);
  }

  /** For a reload with other data, tiles or interactivity: a new controller (context consumers follow it). */
  private stopController(): void {
    this.controller?.stop();
    this.controller = undefined;
    this.controls_ = [];
  }

  private addControls(): void {
    const map = this.controller?.map;
    if (!map) return;
    for (const c of this.controls_) map.removeControl(c);
    const shown = this.shown;
    this.controls_ = [];
    if (shown.has('zoom')) this.controls_.push(new maplibregl.NavigationControl({ visualizePitch: false }));
    if (shown.has('fullscreen')) this.controls_.push(new maplibregl.FullscreenControl({ container: this }));
    if (shown.has('scale')) this.controls_.push(new maplibregl.ScaleControl({ unit: 'metric' }));
    for (const c of this.controls_) map.addControl(c, c instanceof maplibregl.ScaleControl ? 'bottom-left' : 'top-right');
    // MapLibre's own controls, themeable from the page as plan-map::part(control) etc.
    const root = map.getContainer();
    for (const [selector, part] of CONTROL_PARTS) root.querySelectorAll(selector).forEach((el) => el.setAttribute('part', part));
  }

  private fire<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}

/** Parts of the built-in panels, re-exported with a prefix: `plan-map::part(legend-panel)`. */
const LAYER_PANEL_PARTS = ['panel', 'toggle', 'title', 'filter', 'group', 'group-header', 'layer'];
const LEGEND_PARTS = ['panel', 'toggle', 'layer', 'swatch', 'explain'];
const BASEMAP_PARTS = ['panel', 'toggle', 'option'];
const CONTROL_PARTS: [string, string][] = [
  ['.maplibregl-ctrl-group', 'control'],
  ['.maplibregl-ctrl-scale', 'scale'],
  ['.maplibregl-ctrl-attrib', 'attribution'],
];

function exported(prefix: string, parts: string[]): string {
  return parts.map((p) => `${p}: ${prefix}-${p}`).join(', ');
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-map': PlanMap;
  }
}
