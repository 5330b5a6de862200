import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isLang, pick, type Lang } from '../i18n/lang';
import { fmt } from '../i18n/strings/format';
import { S } from '../i18n/strings/plan-compare';
import type { MapController } from '../map/map-controller';
import { compareStyles } from './compare/compare-styles';
import { segmentedStyles } from './segmented-styles';
import { clampPosition, dividerKey, pointerPosition } from './compare/divider';
import { DEFAULT_LEFT, DEFAULT_RIGHT, layerSetFilter, layerSetLabel, layerSetLayers, parseLayerSet, type LayerSet } from './compare/layer-set';
import { syncMaps } from './compare/sync-maps';
import { planElement } from './define';
import { MapConsumer } from './map-consumer';
import './plan-map';
import type { PlanMap } from './plan-map';
import { isCompareMode, type CompareMode, type PlanCompareChangeDetail, type PlanCompareViewDetail, type PlanToolCloseDetail } from './tool-events';
import { uiStyles } from './ui-styles';
import { fire } from './workspace-events';

/** Events of the inner maps that must not reach the app as if its own map had fired them. */
const INNER_EVENTS = ['plan-ready', 'plan-view-change', 'plan-feature-click', 'plan-layer-visibility', 'plan-error'];

/**
 * Compares two layer sets of the plan — by default 现状 (existing) against
 * 规划/在建/改扩建/前期 (planned) — on two `<plan-map>`s kept on the same
 * view. `swipe` stacks them and clips the right-hand map at a divider you drag
 * (mouse, touch) or move with the keyboard (a `role="slider"`: ←/→, PageUp/
 * PageDown, Home/End); `side` puts them next to each other. Each map owns its
 * controller; the view is synced without feedback loops. Bound to the main
 * map (context or `for`), it starts from that map's view, layers, filter,
 * language and basemap.
 *
 * @fires plan-compare-change - the user switched mode or moved the divider; `detail: { mode, position }`
 * @fires plan-compare-view - the compared maps were moved; `detail: { center, zoom, bearing }`
 * @fires plan-tool-close - the close button was pressed; `detail: { tool: 'compare' }`
 * @csspart divider - the swipe divider (the slider)
 * @csspart label - the heading of each side
 * @csspart bar - the mode switch and close button
 * @cssprop --plan-compare-height - height when the host has none (default 100%)
 * @cssprop --plan-compare-divider - divider colour (default #1d2329)
 * @cssprop --plan-compare-label-bg - side heading background
 * @cssprop --plan-compare-label-text - side heading text colour
 */
@planElement('plan-compare')
export class PlanCompare extends MapConsumer {
  static override styles = [uiStyles, segmentedStyles, compareStyles];

  /** `swipe` (stacked, divider) or `side` (side by side). */
  @property({ reflect: true, converter: { fromAttribute: (v: string | null) => (isCompareMode(v) ? v : 'swipe') } })
  mode: CompareMode = 'swipe';
  /** Divider position in swipe mode, 0–100 (% of the width from the left). */
  @property({ type: Number, reflect: true }) position = 50;
  /** Left side (default 现状). Attribute: JSON or `statuses=现状;layers=a,b`. */
  @property({ converter: { fromAttribute: (v: string | null) => parseLayerSet(v) } }) left?: LayerSet;
  /** Right side (default 规划/在建/改扩建/前期). */
  @property({ converter: { fromAttribute: (v: string | null) => parseLayerSet(v) } }) right?: LayerSet;
  /** Start view [lon, lat]; the bound map's centre when absent. Attribute: `"lon,lat"`. */
  @property({ converter: { fromAttribute: (v: string | null) => parseLngLat(v) } }) center?: [number, number];
  @property({ type: Number }) zoom?: number;
  @property({ type: Number }) bearing?: number;
  /** UI and label language; the bound map's when unset. */
  @property({ reflect: true }) override lang = '';
  /** Basemap id for both maps; the bound map's when unset. */
  @property() basemap?: string;
  /** Folder of the built plan data; the bound map's when unset (see `<plan-map src>`). */
  @property() src?: string;
  /** TileJSON of the offline basemap; the bound map's when unset. */
  @property() tiles?: string;
  /** Step of ←/→ on the divider, in %. */
  @property({ type: Number }) step = 2;

  @state() private dragging = false;
  @query('plan-map.left') private leftMap?: PlanMap;
  @query('plan-map.right') private rightMap?: PlanMap;
  private unsync?: () => void;
  private readyCount = 0;
  /** The view the maps start from, fixed when they are created. */
  private start?: { center?: [number, number]; zoom?: number };

  /** The two compared maps (left, right). */
  get maps(): [PlanMap | undefined, PlanMap | undefined] {
    return [this.leftMap, this.rightMap];
  }

  private get viewLang(): Lang {
    return isLang(this.lang) ? this.lang : this.uiLang;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsync?.();
    this.unsync = undefined;
    this.readyCount = 0;
  }

  protected override firstUpdated(): void {
    for (const type of INNER_EVENTS) this.renderRoot.addEventListener(type, stop);
    this.renderRoot.addEventListener('plan-ready', this.onMapReady);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.start) {
      const main = this.controller?.map;
      const c = main?.getCenter();
      this.start = { center: this.center ?? (c ? [c.lng, c.lat] : undefined), zoom: this.zoom ?? main?.getZoom() };
    }
    this.position = clampPosition(this.position);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.readyCount < 2) return;
    if (changed.has('left') || changed.has('right')) this.applySets();
    if (changed.has('center') || changed.has('zoom') || changed.has('bearing')) this.jumpTo();
  }

  override render() {
    const lang = this.viewLang;
    const main = this.controller;
    const leftSet = this.left ?? DEFAULT_LEFT;
    const rightSet = this.right ?? DEFAULT_RIGHT;
    const leftLabel = layerSetLabel(leftSet, lang, S.left);
    const rightLabel = layerSetLabel(rightSet, lang, S.right);
    const center = this.start?.center ? `${this.start.center[0]},${this.start.center[1]}` : undefined;
    const basemap = this.basemap ?? main?.basemapId ?? 'offline';
    const src = this.src ?? main?.options.dataUrl;
    const tiles = this.tiles ?? main?.options.tileJsonUrl;
    const mapAttrs = (set: LayerSet) => layerSetLayers(set, main)?.join(',');
    const pos = `${this.position}%`;
    return html`<div class="stage ${this.mode}" style="--pos:${pos}" role="region" aria-label=${pick(S.region, lang)}>
      <div class="pane pane-left" role="group" aria-label=${fmt(S.leftMap, lang, { label: leftLabel })}>
        <plan-map class="left" controls="scale" .src=${src} .tiles=${tiles} .lang=${lang} basemap=${basemap} .basemapKey=${main?.options.basemapKey}
          center=${center ?? nothing} .zoom=${this.start?.zoom} .layers=${mapAttrs(leftSet)}></plan-map>
      </div>
      <div class="pane pane-right" role="group" aria-label=${fmt(S.rightMap, lang, { label: rightLabel })}>
        <plan-map class="right" controls="zoom" .src=${src} .tiles=${tiles} .lang=${lang} basemap=${basemap} .basemapKey=${main?.options.basemapKey}
          center=${center ?? nothing} .zoom=${this.start?.zoom} .layers=${mapAttrs(rightSet)}></plan-map>
      </div>
      <span class="label label-left" part="label">${leftLabel}</span>
      <span class="label label-right" part="label">${rightLabel}</span>
      ${this.mode === 'swipe'
        ? html`<div class="divider" part="divider" role="slider" tabindex="0" aria-label=${pick(S.divider, lang)}
            aria-valuemin="0" aria-valuemax="100" aria-valuenow=${this.position} aria-valuetext=${fmt(S.dividerText, lang, { p: this.position })}
            aria-orientation="horizontal" @keydown=${this.onDividerKey} @pointerdown=${this.onPointerDown}
            @pointermove=${this.onPointerMove} @pointerup=${this.onPointerUp} @pointercancel=${this.onPointerUp}>
            <span class="handle" aria-hidden="true">◀▶</span>
          </div>`
        : nothing}
      <div class="bar" part="bar">
        <div class="segmented" role="radiogroup" aria-label=${pick(S.mode, lang)}>
          ${(['swipe', 'side'] as const).map(
            (m) => html`<button role="radio" data-mode=${m} aria-checked=${this.mode === m ? 'true' : 'false'} @click=${() => this.setMode(m)}>
              ${pick(S[m], lang)}
            </button>`,
          )}
        </div>
        <button class="close" @click=${this.onClose}>✕ ${pick(S.close, lang)}</button>
      </div>
    </div>`;
  }

  private readonly onMapReady = (e: Event): void => {
    // Each side shows its own set as soon as it is drawn; the views are synced once both are.
    const side = e.target as PlanMap;
    const main = this.controller;
    side.controller?.setFilter(layerSetFilter(side === this.leftMap ? this.left ?? DEFAULT_LEFT : this.right ?? DEFAULT_RIGHT, main));
    this.readyCount++;
    if (this.readyCount < 2) return;
    const [l, r] = [this.leftMap?.map, this.rightMap?.map];
    if (!l || !r) return;
    this.unsync?.();
    r.jumpTo({ center: l.getCenter(), zoom: l.getZoom(), bearing: l.getBearing(), pitch: l.getPitch() });
    this.unsync = syncMaps([l, r]);
    this.jumpTo();
    l.on('moveend', this.onMoveEnd);
  };

  /** Applies each side's status filter (layers are applied by the maps' `layers` attribute). */
  private applySets(): void {
    const main = this.controller;
    const apply = (ctrl: MapController | undefined, set: LayerSet) => ctrl?.setFilter(layerSetFilter(set, main));
    apply(this.leftMap?.controller, this.left ?? DEFAULT_LEFT);
    apply(this.rightMap?.controller, this.right ?? DEFAULT_RIGHT);
  }

  /** Moves the maps to `center`/`zoom`/`bearing`, unless they are there already (no echo to the app). */
  private jumpTo(): void {
    const l = this.leftMap?.map;
    if (!l) return;
    const c = l.getCenter();
    const target = { center: this.center ?? ([c.lng, c.lat] as [number, number]), zoom: this.zoom ?? l.getZoom(), bearing: this.bearing ?? l.getBearing() };
    const same =
      Math.abs(target.center[0] - c.lng) < 1e-9 && Math.abs(target.center[1] - c.lat) < 1e-9 &&
      Math.abs(target.zoom - l.getZoom()) < 1e-9 && Math.abs(target.bearing - l.getBearing()) < 1e-9;
    if (!same) l.jumpTo(target);
  }

  private setMode(mode: CompareMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.changed();
  }

  private setPosition(p: number): void {
    this.position = clampPosition(p);
  }

  private changed(): void {
    fire<PlanCompareChangeDetail>(this, 'plan-compare-change', { mode: this.mode, position: this.position });
  }

  private readonly onMoveEnd = (): void => {
    const l = this.leftMap?.map;
    if (!l) return;
    const c = l.getCenter();
    fire<PlanCompareViewDetail>(this, 'plan-compare-view', { center: [c.lng, c.lat], zoom: l.getZoom(), bearing: l.getBearing() });
  };

  private onDividerKey = (e: KeyboardEvent): void => {
    const next = dividerKey(this.position, e.key, this.step);
    if (next === undefined) return;
    e.preventDefault();
    if (next === this.position) return;
    this.setPosition(next);
    this.changed();
  };

  private onPointerDown = (e: PointerEvent): void => {
    if (e.button !== 0) return;
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    (e.currentTarget as HTMLElement).focus();
    this.dragging = true;
    e.preventDefault();
  };

  private onPointerMove = (e: PointerEvent): void => {
    if (!this.dragging) return;
    const rect = this.getBoundingClientRect();
    this.setPosition(pointerPosition(e.clientX, rect.left, rect.width));
  };

  private onPointerUp = (e: PointerEvent): void => {
    if (!this.dragging) return;
    this.dragging = false;
    (e.currentTarget as HTMLElement).releasePointerCapture?.(e.pointerId);
    this.changed();
  };

  private onClose = (): void => {
    fire<PlanToolCloseDetail>(this, 'plan-tool-close', { tool: 'compare' });
  };
}

function stop(e: Event): void {
  e.stopPropagation();
}

function parseLngLat(v: string | null): [number, number] | undefined {
  const parts = (v ?? '').split(',').map(Number);
  return parts.length === 2 && parts.every(Number.isFinite) && Math.abs(parts[0]) <= 180 && Math.abs(parts[1]) <= 90
    ? [parts[0], parts[1]]
    : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-compare': PlanCompare;
  }
}
