import { provide } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import '../components/plan-basemap-switcher';
import '../components/plan-catalogue';
import '../components/plan-compare';
import '../components/plan-coverage-panel';
import type { PlanCoverageChangeDetail } from '../components/plan-coverage-panel';
import { decodeCoverageParams } from '../components/coverage/params';
import '../components/plan-data-tools';
import type { PlanCatalogue } from '../components/plan-catalogue';
import '../components/plan-feature-list';
import '../components/plan-inspector';
import type { PlanInspector } from '../components/plan-inspector';
import '../components/plan-lang-switch';
import '../components/plan-layer-panel';
import '../components/plan-legend';
import '../components/plan-map';
import '../components/plan-measure';
import '../components/plan-print';
import type { PlanMap } from '../components/plan-map';
import '../components/plan-search';
import '../components/plan-share-dialog';
import '../components/plan-toolbar';
import { planElement } from '../components/define';
import type { PlanCompareViewDetail } from '../components/tool-events';
import type { PlanLangChangeDetail, PlanOpenCatalogueDetail, PlanSelectDetail } from '../components/workspace-events';
import { pick, type Lang } from '../i18n/lang';
import { S } from '../i18n/strings/app';
import { bindPersistence } from '../io-ui/persistence';
import { mapContext } from '../map/map-context';
import type { MapController } from '../map/map-controller';
import { appStyles } from './app-styles';
import { applyState, knownIds } from './app-state';
import { parsePermalink, type CompareMode, type PermalinkState } from './permalink';
import { PermalinkSync } from './permalink-sync';
import { clearSheetPadding, revealAboveSheet } from './phone-reveal';
import { deepActiveElement, onToolEvents, type ToolState } from './shell-helpers';

type Tab = 'layers' | 'catalogue' | 'list' | 'coverage';
const TABS: Tab[] = ['layers', 'catalogue', 'list', 'coverage'];
const TAB_LABEL = { layers: S.tabLayers, catalogue: S.tabCatalogue, list: S.tabList, coverage: S.tabCoverage } as const;
const NARROW = '(max-width: 760px)';

/**
 * The planner's workspace: header (title, search, tools, language), a side
 * panel with layers / catalogue / features in view, the map, and the details
 * panel. The state that matters (view, layers, opacities, filter, selection,
 * compare mode, language, basemap) is kept in the URL hash.
 *
 * @csspart header - the title bar
 * @csspart side - the left side panel
 * @csspart details - the right details panel
 * @cssprop --plan-header-bg - header background (default #8b1e1e)
 * @cssprop --plan-header-text - header text colour (default #fff)
 * @cssprop --plan-side-width - width of the side panel (default 330px)
 * @cssprop --plan-details-width - width of the details panel (default 360px)
 */
@planElement('plan-app')
export class PlanApp extends LitElement {
  static override styles = appStyles;

  /** Shares the map's controller with the components in the header and side panels. */
  @provide({ context: mapContext }) @state() controller?: MapController;

  @state() private uiLang: Lang;
  @state() private compare?: CompareMode;
  @state() private tool: ToolState = { tool: null };
  @state() private tab: Tab = 'layers';
  @state() private sideOpen: boolean;
  @state() private narrow: boolean;
  @state() private shareOpen = false;
  private coverage?: string;

  @query('plan-map') private mapEl!: PlanMap;
  @query('plan-inspector') private inspector?: PlanInspector;
  @query('plan-catalogue') private catalogue?: PlanCatalogue;

  private readonly initial: PermalinkState;
  private sync?: PermalinkSync;
  private lastFocus?: HTMLElement;
  private readonly media = matchMedia(NARROW);

  constructor() {
    super();
    this.initial = parsePermalink(location.hash);
    this.uiLang = this.initial.lang ?? 'zh';
    this.compare = this.initial.compare;
    if (this.compare) this.tool = { tool: 'compare', compareMode: this.compare };
    this.narrow = this.media.matches;
    this.sideOpen = !this.narrow;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.media.addEventListener('change', this.onMedia);
    addEventListener('hashchange', this.onHash);
    this.addEventListener('plan-select', this.onSelect);
    this.addEventListener('plan-lang-change', this.onLang);
    this.addEventListener('plan-open-catalogue', this.onOpenCatalogue);
    this.addEventListener('plan-inspector-close', this.onInspectorClose);
    this.addEventListener('plan-compare-view', this.onCompareView);
    onToolEvents(this, (t) => {
      this.tool = t;
      this.compare = t.tool === 'compare' ? t.compareMode ?? 'swipe' : undefined;
      this.sync?.schedule();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.media.removeEventListener('change', this.onMedia);
    removeEventListener('hashchange', this.onHash);
    this.sync?.stop();
  }

  protected override firstUpdated(): void {
    const ctrl = this.mapEl.controller;
    if (!ctrl) return;
    this.controller = ctrl;
    bindPersistence(ctrl);
    // The URL's layers are drawn from the start (the map has not started yet); unknown ids are sorted out once the manifest is in.
    if (this.initial.layers) ctrl.options.layers = this.initial.layers;
    ctrl.addEventListener('change', () => this.requestUpdate());
    ctrl.addEventListener('feature-click', (e) => void this.reveal((e as CustomEvent<{ id: string }>).detail.id, false));
    ctrl.whenReady().then(() => {
      const s = parsePermalink(location.hash, knownIds(ctrl));
      if (this.initial.layers && !s.layers) s.layers = ctrl.data?.manifest.layers.filter((l) => l.visible).map((l) => l.id);
      applyState(ctrl, s);
      if (s.coverage) this.restoreCoverage(s.coverage);
      this.sync = new PermalinkSync(ctrl, () => ({ lang: this.uiLang, compare: this.compare, coverage: this.coverage }));
      this.sync.start();
      this.sync.schedule();
    }, () => {});
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('sideOpen') || changed.has('narrow')) requestAnimationFrame(() => this.controller?.map?.resize());
    if (this.controller && !this.controller.selectedId) clearSheetPadding(this.controller);
    document.documentElement.lang = this.uiLang === 'zh' ? 'zh-CN' : 'en';
  }

  override render() {
    const lang = this.uiLang;
    const ctrl = this.controller;
    const selected = ctrl?.selectedId;
    const title = ctrl?.data ? pick(ctrl.data.manifest.title, lang) : pick(S.title, lang);
    const v = this.initial.view;
    return html`
      <a class="skip" href="#map" @click=${this.skipToMap}>${pick(S.skipToMap, lang)}</a>
      <header part="header">
        <button class="side-toggle" aria-expanded=${this.sideOpen ? 'true' : 'false'} aria-controls="side" title=${pick(this.sideOpen ? S.hidePanel : S.showPanel, lang)} @click=${() => (this.sideOpen = !this.sideOpen)}>
          <span aria-hidden="true">☰</span><span class="sr-only">${pick(this.sideOpen ? S.hidePanel : S.showPanel, lang)}</span>
        </button>
        <h1 title=${title}><span class="long">${title}</span><span class="short">${pick(S.shortTitle, lang)}</span></h1>
        <plan-search></plan-search>
        <plan-toolbar .tool=${this.tool.tool} .compareMode=${this.compare ?? 'swipe'}></plan-toolbar>
        <plan-data-tools></plan-data-tools>
        <button class="share" aria-haspopup="dialog" @click=${() => (this.shareOpen = true)}>${pick(S.share, lang)}</button>
        <plan-lang-switch></plan-lang-switch>
      </header>
      <plan-share-dialog ?open=${this.shareOpen} @plan-share-close=${() => (this.shareOpen = false)}></plan-share-dialog>
      <div class="main ${this.sideOpen ? 'side-open' : ''} ${selected ? 'has-details' : ''}">
        <aside id="side" part="side" class="side" aria-label=${pick(S.panels, lang)} ?hidden=${!this.sideOpen}>
          <div role="tablist" aria-label=${pick(S.tabs, lang)} @keydown=${this.onTabKey}>
            ${TABS.map(
              (t) => html`<button role="tab" id=${`tab-${t}`} aria-selected=${this.tab === t ? 'true' : 'false'} aria-controls=${`panel-${t}`} tabindex=${this.tab === t ? '0' : '-1'} @click=${() => (this.tab = t)}>
                ${pick(TAB_LABEL[t], lang)}
              </button>`,
            )}
          </div>
          <div class="tabpanels">
            <div role="tabpanel" id="panel-layers" aria-labelledby="tab-layers" ?hidden=${this.tab !== 'layers'}><plan-layer-panel></plan-layer-panel></div>
            <div role="tabpanel" id="panel-catalogue" aria-labelledby="tab-catalogue" ?hidden=${this.tab !== 'catalogue'}><plan-catalogue></plan-catalogue></div>
            <div role="tabpanel" id="panel-list" aria-labelledby="tab-list" ?hidden=${this.tab !== 'list'}><plan-feature-list></plan-feature-list></div>
            <div role="tabpanel" id="panel-coverage" aria-labelledby="tab-coverage" ?hidden=${this.tab !== 'coverage'}>
              <plan-coverage-panel @plan-coverage-change=${this.onCoverage}></plan-coverage-panel>
            </div>
          </div>
        </aside>
        <div class="map-area" role="region" aria-label=${pick(S.map, lang)}>
          <plan-map
            id="map"
            controls="zoom,scale,fullscreen,attribution"
            .lang=${lang}
            center=${v ? `${v.center[0]},${v.center[1]}` : nothing}
            zoom=${v ? v.zoom : nothing}
            basemap=${this.initial.basemap ?? 'offline'}
          >
            <plan-legend slot="bottom-left" overlay ?collapsed=${this.narrow}></plan-legend>
            <plan-basemap-switcher slot="bottom-right" overlay collapsed></plan-basemap-switcher>
          </plan-map>
          ${this.compare ? html`<plan-compare class="overlay-tool" .mode=${this.compare}></plan-compare>` : nothing}
          ${this.tool.tool === 'distance' || this.tool.tool === 'area' ? html`<plan-measure class="tool-panel" .mode=${this.tool.tool}></plan-measure>` : nothing}
          ${this.tool.tool === 'print' ? html`<plan-print class="tool-panel"></plan-print>` : nothing}
        </div>
        <aside part="details" class="details" aria-label=${pick(S.details, lang)} ?hidden=${!selected}>
          <plan-inspector></plan-inspector>
        </aside>
      </div>
    `;
  }

  private onMedia = (e: MediaQueryListEvent): void => {
    this.narrow = e.matches;
    this.sideOpen = !e.matches;
  };

  private onCoverage = (e: CustomEvent<PlanCoverageChangeDetail>): void => {
    this.coverage = e.detail.encoded || undefined;
    this.sync?.schedule();
  };

  /** Opens the analysis tab and re-runs the linked analysis, so a shared link shows its result. */
  private async restoreCoverage(encoded: string): Promise<void> {
    this.coverage = encoded;
    this.tab = 'coverage';
    await this.updateComplete;
    const panel = this.renderRoot.querySelector('plan-coverage-panel');
    if (!panel) return;
    panel.params = decodeCoverageParams(encoded);
    panel.run().catch(() => {});
  }

  private onHash = (): void => {
    const ctrl = this.controller;
    if (!ctrl || ctrl.status !== 'ready') return;
    const s = parsePermalink(location.hash, knownIds(ctrl));
    if (s.lang && s.lang !== this.uiLang) this.uiLang = s.lang;
    this.compare = s.compare;
    this.tool = s.compare ? { tool: 'compare', compareMode: s.compare } : this.tool.tool === 'compare' ? { tool: null } : this.tool;
    if (s.basemap && s.basemap !== ctrl.options.basemap) this.mapEl.basemap = s.basemap;
    applyState(ctrl, s);
  };

  private onSelect = (e: CustomEvent<PlanSelectDetail>): void => {
    const from = deepActiveElement();
    if (from && !this.inspector?.shadowRoot?.contains(from)) this.lastFocus = from;
    if (this.narrow && e.detail.source !== 'catalogue') this.sideOpen = false;
    if (e.detail.source === 'list' || e.detail.source === 'search') void this.updateComplete.then(() => this.inspector?.focusHeading());
    void this.reveal(e.detail.id, e.detail.source !== 'list');
  };

  /** On phones, keeps the selected feature visible above the details sheet. */
  private async reveal(id: string, zoomToIt: boolean): Promise<void> {
    if (!this.narrow || !this.controller) return;
    await this.updateComplete;
    const sheet = this.shadowRoot?.querySelector('aside.details')?.getBoundingClientRect().height ?? 0;
    revealAboveSheet(this.controller, id, sheet, zoomToIt);
  }

  private onLang = (e: CustomEvent<PlanLangChangeDetail>): void => {
    e.preventDefault();
    this.uiLang = e.detail.lang;
    this.sync?.schedule();
  };

  private onOpenCatalogue = (e: CustomEvent<PlanOpenCatalogueDetail>): void => {
    e.preventDefault();
    this.sideOpen = true;
    this.tab = 'catalogue';
    const id = e.detail.id;
    void this.updateComplete.then(() => (id ? this.catalogue?.openEntry(id) : this.shadowRoot?.getElementById('tab-catalogue')?.focus()));
  };

  /** The compared maps were moved: carry the view back to the main map (and so into the URL). */
  private onCompareView = (e: CustomEvent<PlanCompareViewDetail>): void => {
    const d = e.detail;
    if (!Array.isArray(d?.center) || !Number.isFinite(d.zoom)) return;
    this.controller?.map?.jumpTo({ center: d.center, zoom: d.zoom, bearing: Number.isFinite(d.bearing) ? d.bearing : 0 });
    this.sync?.schedule();
  };

  private onInspectorClose = (): void => {
    const back = this.lastFocus;
    this.lastFocus = undefined;
    if (back?.isConnected) back.focus();
  };

  private onTabKey = (e: KeyboardEvent): void => {
    const at = TABS.indexOf(this.tab);
    const next = e.key === 'ArrowRight' ? (at + 1) % TABS.length : e.key === 'ArrowLeft' ? (at + TABS.length - 1) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    this.tab = TABS[next];
    void this.updateComplete.then(() => this.shadowRoot?.getElementById(`tab-${TABS[next]}`)?.focus());
  };

  private skipToMap = (e: Event): void => {
    e.preventDefault();
    this.controller?.map?.getCanvas().focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-app': PlanApp;
  }
}
