import { provide } from '@lit/context';
import { LitElement, css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import * as maplibregl from 'maplibre-gl';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/strings';
import type { LayerSpec } from '../manifest/types';
import { defaultDataUrl, defaultTilesUrl } from '../map/asset-base';
import { mapContext } from '../map/map-context';
import { MapController, type FeatureClickDetail } from '../map/map-controller';
import { filterKnown, parseCenter, parseControls, parseLang, parseList, parseZoom } from './map-attributes';
import { planElement } from './define';
import { featureClickDetail, type PlanFeatureDetail } from './plan-events';

/**
 * The plan map. Used by the full app and, unchanged, as the embeddable widget.
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
 * @cssprop --plan-map-height - height when the host has none (default 400px)
 * @cssprop --plan-font - UI font family
 * @cssprop --plan-surface - panel background
 * @cssprop --plan-text - text colour
 * @cssprop --plan-accent - accent colour
 */
@planElement('plan-map')
export class PlanMap extends LitElement {
  static override styles = [
    unsafeCSS(maplibreCss),
    css`
      :host {
        display: block;
        position: relative;
        height: var(--plan-map-height, 400px);
        font-family: var(--plan-font, system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif);
        color: var(--plan-text, #1d2329);
        contain: layout;
      }
      #map {
        position: absolute;
        inset: 0;
      }
      .status {
        position: absolute;
        inset: auto 0 0 0;
        margin: auto;
        top: 0;
        width: fit-content;
        height: fit-content;
        max-width: min(90%, 36rem);
        padding: 0.75rem 1rem;
        background: var(--plan-surface, #ffffffee);
        border-radius: 6px;
        box-shadow: 0 1px 4px #0003;
        z-index: 3;
      }
      .status.error {
        border-left: 4px solid #c0392b;
      }
      .status ul {
        max-height: 12rem;
        overflow: auto;
        margin: 0.5rem 0 0;
        padding-left: 1.2rem;
        font-size: 0.85em;
      }
      .corner {
        position: absolute;
        z-index: 2;
        display: flex;
        flex-direction: column;
        gap: 8px;
        max-height: calc(100% - 20px);
        pointer-events: none;
      }
      .corner > ::slotted(*) {
        pointer-events: auto;
      }
      .top-left { top: 10px; left: 10px; }
      .top-right { top: 10px; right: 50px; }
      .bottom-left { bottom: 30px; left: 10px; }
      .bottom-right { bottom: 30px; right: 10px; }
    `,
  ];

  /** Comma-separated ids of the layers to show; the manifest's defaults when absent. */
  @property({ reflect: true }) layers?: string;
  /** `"longitude,latitude"` of the initial view. */
  @property({ reflect: true }) center?: string;
  @property({ type: Number, reflect: true }) zoom?: number;
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** Basemap id: `offline` (default), `tianditu-vec`, `tianditu-img`, `osm`. */
  @property({ reflect: true }) basemap = 'offline';
  /** Key for online basemaps that need one (Tianditu). */
  @property({ attribute: 'basemap-key' }) basemapKey?: string;
  /** Comma-separated built-in controls: zoom, scale, fullscreen, layers, legend, basemap, attribution. */
  @property({ reflect: true }) controls = 'zoom,scale,attribution';
  @property({ type: Boolean, reflect: true }) interactive = true;
  /** Folder of the built plan data; defaults to `data/` next to the page (or the widget module). */
  @property() src?: string;
  /** Basemap tile URL template; defaults to the bundled offline tiles. */
  @property() tiles?: string;

  @provide({ context: mapContext }) controller?: MapController;

  @query('#map') private container!: HTMLDivElement;
  private controls_: maplibregl.IControl[] = [];

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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.stop();
    this.controls_ = [];
  }

  protected override updated(changed: PropertyValues<this>): void {
    const ctrl = this.ensureController();
    if (!ctrl.map && this.isConnected) {
      ctrl.start(this.container);
      this.addControls();
      return;
    }
    if (changed.has('lang')) {
      const lang = parseLang(this.lang);
      if (lang) ctrl.setLang(lang);
    }
    if (changed.has('basemap') || changed.has('basemapKey')) ctrl.setBasemap(this.basemap, this.basemapKey);
    if ((changed.has('center') || changed.has('zoom')) && ctrl.map) {
      const center = parseCenter(this.center);
      const zoom = parseZoom(this.zoom === undefined ? undefined : String(this.zoom));
      ctrl.map.jumpTo({ ...(center && { center }), ...(zoom !== undefined && { zoom }) });
    }
    if (changed.has('layers') && ctrl.status === 'ready' && this.layers !== undefined) this.applyLayerList();
    if (changed.has('controls') && ctrl.map) this.addControls();
  }

  override render() {
    const ctrl = this.controller;
    const shown = new Set(parseControls(this.controls) ?? []);
    return html`
      <div id="map" part="map"></div>
      ${this.renderStatus(ctrl)}
      <div class="corner top-left">
        <slot name="top-left"></slot>
        ${shown.has('layers') ? html`<plan-layer-panel compact></plan-layer-panel>` : nothing}
      </div>
      <div class="corner top-right"><slot name="top-right"></slot></div>
      <div class="corner bottom-left">
        <slot name="bottom-left"></slot>
        ${shown.has('legend') ? html`<plan-legend></plan-legend>` : nothing}
      </div>
      <div class="corner bottom-right">
        <slot name="bottom-right"></slot>
        ${shown.has('basemap') ? html`<plan-basemap-switcher></plan-basemap-switcher>` : nothing}
      </div>
      <slot></slot>
    `;
  }

  private renderStatus(ctrl: MapController | undefined) {
    if (!ctrl || ctrl.status === 'ready' || ctrl.status === 'idle') return nothing;
    if (ctrl.status === 'loading') {
      return html`<div class="status" part="status" role="status">${t('loading', this.lang)}</div>`;
    }
    const errors = (ctrl.error as { errors?: { file: string; path: string; message: string }[] })?.errors ?? [];
    return html`<div class="status error" part="status" role="alert">
      <strong>${t('loadFailed', this.lang)}</strong>
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

  /** Adds a GeoJSON layer from the host page (property-only API). */
  addGeoJsonLayer(id: string, data: GeoJSON.FeatureCollection, spec: Partial<LayerSpec> = {}): void {
    this.controller?.addUserLayer(
      {
        id,
        group: 'user',
        title: spec.title ?? { zh: id, en: id },
        geometry: spec.geometry ?? guessGeometry(data),
        data: `${id}.geojson`,
        style: spec.style ?? { color: '#8e44ad', label: 'name' },
        legend: spec.legend ?? [{ label: spec.title ?? { zh: id, en: id } }],
        visible: spec.visible ?? true,
      },
      data,
    );
  }

  private ensureController(): MapController {
    if (this.controller) return this.controller;
    const ctrl = new MapController({
      dataUrl: this.src ?? defaultDataUrl(),
      tilesUrl: this.tiles ?? defaultTilesUrl(),
      lang: parseLang(this.lang) ?? 'zh',
      basemap: this.basemap,
      basemapKey: this.basemapKey,
      center: parseCenter(this.center),
      zoom: parseZoom(this.zoom === undefined ? undefined : String(this.zoom)),
      layers: this.layers === undefined ? undefined : parseList(this.layers),
      interactive: this.interactive,
    });
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

  private applyLayerList(): void {
    const ctrl = this.controller;
    if (!ctrl?.state) return;
    const known = new Set(ctrl.layerSpecs().map((l) => l.id));
    const wanted = new Set(filterKnown(parseList(this.layers) ?? [], known, 'layers'));
    for (const id of known) ctrl.setLayerVisible(id, wanted.has(id));
  }

  private addControls(): void {
    const map = this.controller?.map;
    if (!map) return;
    for (const c of this.controls_) map.removeControl(c);
    const shown = new Set(parseControls(this.controls) ?? []);
    this.controls_ = [];
    if (shown.has('zoom')) this.controls_.push(new maplibregl.NavigationControl({ visualizePitch: false }));
    if (shown.has('fullscreen')) this.controls_.push(new maplibregl.FullscreenControl({ container: this }));
    if (shown.has('scale')) this.controls_.push(new maplibregl.ScaleControl({ unit: 'metric' }));
    for (const c of this.controls_) map.addControl(c, c instanceof maplibregl.ScaleControl ? 'bottom-left' : 'top-right');
  }

  private fire<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}

function guessGeometry(fc: GeoJSON.FeatureCollection): LayerSpec['geometry'] {
  const type = fc.features.find((f) => f.geometry)?.geometry?.type ?? 'Point';
  return type.includes('Polygon') ? 'polygon' : type.includes('LineString') ? 'line' : 'point';
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-map': PlanMap;
  }
}
