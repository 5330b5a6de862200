import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pick } from '../i18n/lang';
import { fmt } from '../i18n/strings/format';
import { S as C } from '../i18n/strings/common';
import { S } from '../i18n/strings/layer-panel';
import { USER_GROUP } from '../i18n/strings/terms';
import { ALL_ACCURACIES, ALL_STATUSES } from '../map/layer-state';
import type { Accuracy, Status } from '../manifest/types';
import { planElement } from './define';
import { layerPanelStyles } from './layer-panel-styles';
import { filterView } from './layer-filter-view';
import { countFeatures, groupLayers, neighbourMove, placeRelative, type LayerGroupView, type LayerRow } from './layer-groups';
import { MapConsumer } from './map-consumer';
import './plan-catalogue';
import { uiStyles } from './ui-styles';
import type { PlanLayerRequestDetail } from './data-events';
import { fire, type PlanOpenCatalogueDetail } from './workspace-events';

/**
 * The plan's layers in the plan's own groups (manifest order): visibility
 * per layer and per group (with a mixed state), opacity, draw order (drag,
 * Alt+↑/↓ or the move buttons), feature counts that follow the status /
 * accuracy filter, and the way into the catalogue of unlocated elements.
 *
 * @fires plan-open-catalogue - the catalogue button was pressed (cancelable; when
 *   nobody cancels it, the panel shows the catalogue itself); `detail: {}`
 * @csspart panel - the panel box
 * @csspart title - the panel heading (hide it where a tab already names the panel)
 * @csspart toggle - the open/close button of the compact panel
 * @csspart filter - the status / accuracy filter
 * @csspart group - one group of layers
 * @csspart group-header - a group's toggle, title and count
 * @csspart layer - one layer row
 * @csspart count - a layer's feature count
 * @csspart opacity - a layer's opacity slider
 * @csspart catalogue-button - the button that opens the catalogue
 * @cssprop --plan-surface - panel background (default #fff)
 * @cssprop --plan-border - borders and separators
 * @cssprop --plan-accent - checkbox / slider colour
 * @cssprop --plan-focus - focus ring colour
 * @cssprop --plan-panel-max-height - scroll height of the compact panel (default 60vh)
 * @cssprop --plan-drop - colour of the drop marker while dragging
 */
@planElement('plan-layer-panel')
export class PlanLayerPanel extends MapConsumer {
  static override styles = [uiStyles, layerPanelStyles];

  /** Small overlay version for `<plan-map controls="layers">`: closed behind a button, no descriptions. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Open state of the compact panel. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private expanded = new Set<string>();
  @state() private settingsFor?: string;
  @state() private filterOpen = true;
  @state() private showCatalogue = false;
  @state() private dragId?: string;
  @state() private drop?: { id: string; where: 'above' | 'below' };
  @state() private announcement = '';
  private expandedFor?: object;

  protected override controllerChanged(): void {
    const data = this.controller?.data;
    if (!data || this.expandedFor === data) return;
    // Open the groups that have something on the map, so the panel starts by showing what you see.
    this.expandedFor = data;
    const on = new Set(this.controller!.layerSpecs().filter((l) => l.visible).map((l) => l.group));
    this.expanded = on;
    if (this.compact) this.filterOpen = false;
  }

  override render() {
    const lang = this.uiLang;
    const head = this.compact
      ? html`<button class="toggle" part="toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="body" @click=${() => (this.open = !this.open)}>
          <span aria-hidden="true">☰</span> ${pick(S.title, lang)}
        </button>`
      : html`<h2 class="title" part="title">${pick(S.title, lang)}</h2>`;
    return html`<section part="panel" class="panel" aria-label=${pick(S.title, lang)}>
      ${head}
      <div id="body" class="body" ?hidden=${this.compact && !this.open}>${this.renderBody()}</div>
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  private renderBody() {
    const ctrl = this.controller;
    const lang = this.uiLang;
    if (!ctrl?.data || !ctrl.state) return html`<p class="muted" role="status">${pick(ctrl ? C.loading : C.notBound, lang)}</p>`;
    const st = ctrl.state;
    const counts = countFeatures(
      [...ctrl.index.allFeatures()].map(([, f]) => ({ layerId: f.layerId, properties: f.feature.properties })),
      (p) => st.passes(p),
    );
    const groups = groupLayers(ctrl.data.manifest.groups, ctrl.layerSpecs(), st.order, (id) => st.get(id), counts, USER_GROUP);
    const hidden = [...counts.values()].reduce((n, c) => n + c.total - c.count, 0);
    const entries = ctrl.data.catalogue.entries.length;
    return html`
      ${filterView({
        lang,
        filter: st.filter,
        hidden,
        open: this.filterOpen,
        onToggleOpen: () => (this.filterOpen = !this.filterOpen),
        onStatus: (s, on) => this.setStatus(s, on),
        onAccuracy: (a, on) => this.setAccuracy(a, on),
        onReset: () => ctrl.setFilter({ statuses: ALL_STATUSES, accuracies: ALL_ACCURACIES }),
      })}
      <p class="hint muted">${pick(S.reorderHint, lang)}</p>
      <ul class="groups">${groups.map((g) => this.renderGroup(g))}</ul>
      <div class="catalogue-link">
        <button part="catalogue-button" class="catalogue-button" aria-expanded=${this.showCatalogue ? 'true' : 'false'} title=${pick(S.catalogueHint, lang)} @click=${this.onCatalogue}>
          ${fmt(S.catalogue, lang, { n: entries })}
        </button>
      </div>
      ${this.showCatalogue ? html`<plan-catalogue .for=${this.for}></plan-catalogue>` : nothing}
    `;
  }

  private renderGroup(g: LayerGroupView) {
    const lang = this.uiLang;
    const name = pick(g.title, lang);
    const open = this.expanded.has(g.id);
    const on = g.layers.filter((l) => l.visible).length;
    return html`<li class="group" part="group" data-group=${g.id}>
      <div class="group-header" part="group-header">
        <input
          type="checkbox"
          class="group-toggle"
          .checked=${g.checked === 'true'}
          .indeterminate=${g.checked === 'mixed'}
          aria-label=${fmt(S.groupToggle, lang, { name })}
          @change=${() => this.toggleGroup(g)}
        />
        <button class="disclosure" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`g-${g.id}`} @click=${() => this.toggleExpanded(g.id)}>
          <span class="chev" aria-hidden="true">${open ? '▾' : '▸'}</span><span class="gname">${name}</span>
        </button>
        <span class="gcount muted" title=${fmt(S.groupCount, lang, { on, all: g.layers.length })}>${on}/${g.layers.length}</span>
      </div>
      <ul id=${`g-${g.id}`} class="layers" ?hidden=${!open}>${g.layers.map((l) => this.renderLayer(l, g))}</ul>
    </li>`;
  }

  private renderLayer(l: LayerRow, g: LayerGroupView) {
    const lang = this.uiLang;
    const id = l.spec.id;
    const name = pick(l.spec.title, lang);
    const settings = this.settingsFor === id;
    const filtered = l.count < l.total;
    const countText = filtered ? fmt(S.countFiltered, lang, { n: l.count, all: l.total }) : fmt(S.count, lang, { n: l.total });
    const drop = this.drop?.id === id ? `drop-${this.drop.where}` : '';
    const schem = l.schematic === 0 ? '' : l.schematic === l.total ? pick(S.schematicLayer, lang) : pick(S.partlySchematic, lang);
    return html`<li
      class="layer ${drop} ${this.dragId === id ? 'dragging' : ''} ${l.visible ? '' : 'off'}"
      part="layer"
      data-layer=${id}
      draggable="true"
      @dragstart=${(e: DragEvent) => this.onDragStart(e, id)}
      @dragend=${() => ((this.dragId = undefined), (this.drop = undefined))}
      @dragover=${(e: DragEvent) => this.onDragOver(e, id, g)}
      @drop=${(e: DragEvent) => this.onDrop(e, id)}
    >
      <div class="row" @keydown=${(e: KeyboardEvent) => this.onRowKey(e, id, g, name)}>
        <span class="grip" aria-hidden="true">⋮⋮</span>
        <input type="checkbox" id=${`l-${id}`} class="layer-toggle" .checked=${l.visible} @change=${(e: Event) => this.controller?.setLayerVisible(id, (e.target as HTMLInputElement).checked)} />
        <label for=${`l-${id}`} class="lname">${name}${schem ? html` <span class="badge schematic">${schem}</span>` : nothing}</label>
        <span class="count ${filtered ? 'filtered' : ''}" part="count" title=${countText} aria-label=${countText}>${filtered ? `${l.count}/${l.total}` : l.total}</span>
        <button class="icon settings" aria-expanded=${settings ? 'true' : 'false'} aria-controls=${`s-${id}`} aria-label=${fmt(S.settings, lang, { name })} title=${fmt(S.settings, lang, { name })} @click=${() => (this.settingsFor = settings ? undefined : id)}>⚙</button>
      </div>
      ${settings ? this.renderSettings(l, g, name) : nothing}
    </li>`;
  }

  private renderSettings(l: LayerRow, g: LayerGroupView, name: string) {
    const lang = this.uiLang;
    const id = l.spec.id;
    const pct = Math.round(l.opacity * 100);
    const ids = g.layers.map((x) => x.spec.id);
    const order = this.controller?.state?.order ?? [];
    return html`<div class="settings-body" id=${`s-${id}`}>
      ${l.spec.description && !this.compact ? html`<p class="desc muted">${pick(l.spec.description, lang)}</p>` : nothing}
      <label class="opacity"
        >${pick(S.opacity, lang)}
        <input type="range" part="opacity" min="0" max="100" step="5" .value=${String(pct)} aria-label=${fmt(S.opacityOf, lang, { name })} aria-valuetext=${`${pct}%`}
          @input=${(e: Event) => this.controller?.setLayerOpacity(id, Number((e.target as HTMLInputElement).value) / 100)} />
        <output>${pct}%</output>
      </label>
      <div class="move">
        ${this.controller?.userLayers.has(id)
          ? html`<button data-action="style" @click=${() => fire<PlanLayerRequestDetail>(this, 'plan-open-style', { layerId: id })}>${pick(S.style, lang)}</button>`
          : nothing}
        <button data-action="export" @click=${() => fire<PlanLayerRequestDetail>(this, 'plan-open-export', { layerId: id })}>${pick(S.export, lang)}</button>
        <button ?disabled=${!neighbourMove(order, ids, id, 'up')} aria-label=${fmt(S.moveUpOf, lang, { name })} @click=${() => this.move(id, ids, 'up', name)}>↑ ${pick(S.moveUp, lang)}</button>
        <button ?disabled=${!neighbourMove(order, ids, id, 'down')} aria-label=${fmt(S.moveDownOf, lang, { name })} @click=${() => this.move(id, ids, 'down', name)}>↓ ${pick(S.moveDown, lang)}</button>
      </div>
    </div>`;
  }

  private setStatus(s: Status, on: boolean): void {
    const st = this.controller?.state;
    if (!st) return;
    const statuses = new Set(st.filter.statuses);
    if (on) statuses.add(s);
    else statuses.delete(s);
    this.controller!.setFilter({ statuses, accuracies: st.filter.accuracies });
  }

  private setAccuracy(a: Accuracy, on: boolean): void {
    const st = this.controller?.state;
    if (!st) return;
    const accuracies = new Set(st.filter.accuracies);
    if (on) accuracies.add(a);
    else accuracies.delete(a);
    this.controller!.setFilter({ statuses: st.filter.statuses, accuracies });
  }

  private toggleGroup(g: LayerGroupView): void {
    // Mixed or off → all on; all on → all off (the usual tri-state checkbox cycle).
    const target = g.checked !== 'true';
    for (const l of g.layers) this.controller?.setLayerVisible(l.spec.id, target);
  }

  private toggleExpanded(id: string): void {
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.expanded = next;
  }

  private move(id: string, groupIds: string[], dir: 'up' | 'down', name: string): boolean {
    const ctrl = this.controller;
    const m = ctrl?.state && neighbourMove(ctrl.state.order, groupIds, id, dir);
    if (!ctrl || !m) return false;
    ctrl.moveLayerBefore(id, m.beforeId);
    this.announcement = fmt(dir === 'up' ? S.movedUp : S.movedDown, this.uiLang, { name });
    return true;
  }

  private onRowKey(e: KeyboardEvent, id: string, g: LayerGroupView, name: string): void {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const focused = (this.shadowRoot?.activeElement as HTMLElement | null)?.className;
    if (!this.move(id, g.layers.map((l) => l.spec.id), e.key === 'ArrowUp' ? 'up' : 'down', name)) return;
    // The row is re-rendered in its new place; keep focus on the same control there.
    this.updateComplete.then(() => {
      const row = this.shadowRoot?.querySelector(`li[data-layer="${CSS.escape(id)}"]`);
      (row?.querySelector(`.${(focused ?? 'layer-toggle').split(' ')[0]}`) as HTMLElement | null)?.focus();
    });
  }

  private onDragStart(e: DragEvent, id: string): void {
    this.dragId = id;
    e.dataTransfer?.setData('text/plain', id);
    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
  }

  private onDragOver(e: DragEvent, id: string, g: LayerGroupView): void {
    const from = this.dragId;
    if (!from || from === id || !g.layers.some((l) => l.spec.id === from)) return;
    e.preventDefault();
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const where = e.clientY < r.top + r.height / 2 ? 'above' : 'below';
    if (this.drop?.id !== id || this.drop.where !== where) this.drop = { id, where };
  }

  private onDrop(e: DragEvent, id: string): void {
    e.preventDefault();
    const from = this.dragId;
    const where = this.drop?.where;
    this.dragId = undefined;
    this.drop = undefined;
    const order = this.controller?.state?.order;
    if (!from || !where || !order || from === id) return;
    this.controller!.moveLayerBefore(from, placeRelative(order, from, id, where));
  }

  private onCatalogue(): void {
    if (this.showCatalogue) {
      this.showCatalogue = false;
      return;
    }
    if (fire<PlanOpenCatalogueDetail>(this, 'plan-open-catalogue', {}, true)) this.showCatalogue = true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-layer-panel': PlanLayerPanel;
  }
}
