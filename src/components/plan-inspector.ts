import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { pick } from '../i18n/lang';
import { fmt } from '../i18n/strings/format';
import { S } from '../i18n/strings/inspector';
import { ACCURACY_HINT, ACCURACY_LABEL, STATUS_LABEL } from '../i18n/strings/terms';
import type { Accuracy, I18nText, Status } from '../manifest/types';
import { memberTree, type TreeNode } from './catalogue-tree';
import { planElement } from './define';
import { displayName, elementInfo, idList, isI18n, partOf, text, treeLookup, type ElementInfo } from './element-info';
import { inspectorStyles } from './inspector-styles';
import { sourceView } from './inspector-source-view';
import { kindLabel, layerTitle } from './kind-label';
import { MapConsumer } from './map-consumer';
import { memberTreeView } from './member-tree-view';
import { uiStyles } from './ui-styles';
import { fire, type PlanSelectDetail } from './workspace-events';

/** Plan properties shown in their own sections; anything else is listed as "other properties". */
const KNOWN = new Set(['id', 'name', 'name_en', 'plan_ref', 'quote', 'status', 'status_note', 'accuracy', 'placement_basis', 'related', 'see_also', 'unspecified', 'kind', 'derived']);

/**
 * Details of the selected element (`controller.selectedId`): a map feature
 * or a catalogue entry. Name, layer, status, accuracy (with a visible 示意
 * note and the placement basis), what the plan leaves unspecified, related
 * elements and members as links (following one highlights it and what it
 * relates to), and the source: the plan line with the quote marked in it.
 * Every property value is rendered as text.
 *
 * @fires plan-select - a related element was opened from here; `detail: PlanSelectDetail`
 * @fires plan-inspector-close - the close button or Escape was used; `detail: {}`
 * @csspart panel - the inspector box
 * @csspart heading - the element's name
 * @csspart schematic-note - the 示意 warning
 * @csspart source - the citation block
 * @csspart quote - the highlighted quote
 * @cssprop --plan-surface - background
 * @cssprop --plan-mark - background of the highlighted quote (default #ffe58a)
 * @cssprop --plan-quote-bg - background of the plan paragraph
 * @cssprop --plan-schematic-bg - background of the 示意 note
 */
@planElement('plan-inspector')
export class PlanInspector extends MapConsumer {
  static override styles = [uiStyles, inspectorStyles];

  @state() private history: string[] = [];
  private shownId?: string;
  private navigating = false;

  /** Moves focus to the element's name, so keyboard and screen-reader users land on the details. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#heading')?.focus();
  }

  protected override controllerChanged(): void {
    const id = this.controller?.selectedId;
    if (id === this.shownId) return;
    if (this.navigating && this.shownId) this.history = [...this.history.slice(-19), this.shownId];
    else if (!this.navigating) this.history = [];
    this.navigating = false;
    this.shownId = id;
  }

  override render() {
    const ctrl = this.controller;
    const lang = this.uiLang;
    const id = ctrl?.selectedId;
    if (!ctrl || !id) {
      return html`<section part="panel" class="panel empty"><h2 class="title">${pick(S.title, lang)}</h2><p class="muted">${pick(S.empty, lang)}</p></section>`;
    }
    const info = elementInfo(ctrl.index, id);
    const p = info.props;
    const nameZh = text(p.name) || id;
    const nameEn = text(p.name_en);
    const layer = info.kind === 'feature' ? layerTitle(ctrl, info.layerId, lang) : pick(S.catalogueEntry, lang);
    const kind = kindLabel(ctrl, info, lang);
    return html`<section part="panel" class="panel" aria-labelledby="heading" @keydown=${this.onKey}>
      <div class="top">
        ${this.history.length ? html`<button class="back" @click=${this.back}>← ${pick(S.back, lang)}</button>` : nothing}
        <button class="icon close" aria-label=${pick(S.close, lang)} title=${pick(S.close, lang)} @click=${this.close}>✕</button>
      </div>
      <h2 id="heading" part="heading" tabindex="-1">${lang === 'en' && nameEn ? nameEn : nameZh}</h2>
      ${nameEn ? html`<p class="alt-name" lang=${lang === 'en' ? 'zh' : 'en'}>${lang === 'en' ? nameZh : nameEn}</p>` : nothing}
      <dl class="facts">
        <dt>${pick(S.layer, lang)}</dt><dd>${layer}</dd>
        ${this.fact(S.kind, kind !== layer ? kind : '')}
        ${this.statusFact(p)} ${this.accuracyFact(p)}
      </dl>
      ${p.accuracy === 'schematic' ? html`<p class="schematic-note" part="schematic-note" role="note"><strong>${pick(S.schematicLabel, lang)}</strong> ${pick(S.schematicBox, lang)}</p>` : nothing}
      ${this.block(S.placement, text(p.placement_basis))}
      ${this.block(S.value, info.entry?.value ? pick(info.entry.value, lang) : '')}
      ${this.block(S.reason, info.entry?.reason ? pick(info.entry.reason, lang) : '')}
      ${this.block(S.unspecified, isI18n(p.unspecified) ? pick(p.unspecified, lang) : text(p.unspecified), 'unspecified')}
      ${info.kind === 'feature' ? html`<div class="actions"><button @click=${() => ctrl.flyTo(id)}>${pick(S.zoomTo, lang)}</button></div>` : nothing}
      ${this.renderRelations(info)} ${sourceView(ctrl.data?.plan, p, lang)} ${this.renderOther(p)}
    </section>`;
  }

  private renderRelations(info: ElementInfo) {
    const ctrl = this.controller!;
    const lang = this.uiLang;
    const lookup = treeLookup(ctrl.index);
    const related = idList(info.props.related).map((id) => ({ id, kind: lookup(id).kind, children: [] as TreeNode[] }));
    const members = info.entry?.members?.length ? memberTree(info.entry.members, lookup) : [];
    const parents = partOf(ctrl.index, info.id).map((e) => ({ id: e.id, kind: 'entry' as const, children: [] }));
    const mapped = ctrl.index.relatedFeatures(info.id).map((f) => String(f.feature.properties?.id));
    const open = (id: string, kind: TreeNode['kind']) => this.open(id, kind);
    const list = (title: I18nText, nodes: TreeNode[], cls: string) =>
      nodes.length ? html`<section class=${cls}><h3>${pick(title, lang)}</h3><ul class="tree">${memberTreeView(nodes, ctrl, lang, S, open)}</ul></section>` : nothing;
    return html`${list(S.related, related, 'related')} ${list(S.members, members, 'members')} ${list(S.partOf, parents, 'part-of')}
    ${mapped.length ? html`<div class="actions"><button @click=${() => ctrl.highlight(mapped)}>${fmt(S.showRelated, lang, { n: mapped.length })}</button></div>` : nothing}`;
  }

  private renderOther(p: Record<string, unknown>) {
    const rows = Object.entries(p).filter(([k]) => !KNOWN.has(k));
    if (rows.length === 0) return nothing;
    return html`<section class="other">
      <h3>${pick(S.properties, this.uiLang)}</h3>
      <dl class="facts">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${valueText(v)}</dd>`)}</dl>
    </section>`;
  }

  private fact(label: I18nText, value: string) {
    return value ? html`<dt>${pick(label, this.uiLang)}</dt><dd>${value}</dd>` : nothing;
  }

  private statusFact(p: Record<string, unknown>) {
    const lang = this.uiLang;
    const s = text(p.status) as Status;
    if (!s) return nothing;
    const label = STATUS_LABEL[s] ? pick(STATUS_LABEL[s], lang) : s;
    const note = text(p.status_note);
    return html`<dt>${pick(S.status, lang)}</dt><dd><span class="badge status">${label}</span>${note ? html` <span class="muted" title=${pick(S.planWording, lang)}>“${note}”</span>` : nothing}</dd>`;
  }

  private accuracyFact(p: Record<string, unknown>) {
    const lang = this.uiLang;
    const a = text(p.accuracy) as Accuracy;
    if (!a) return nothing;
    const known = ACCURACY_LABEL[a];
    return html`<dt>${pick(S.accuracy, lang)}</dt>
      <dd><span class="badge ${a === 'schematic' ? 'schematic' : ''}">${known ? pick(known, lang) : a}</span>
        ${known ? html` <span class="muted hint">${pick(ACCURACY_HINT[a], lang)}</span>` : nothing}</dd>`;
  }

  private block(title: I18nText, value: string, cls = '') {
    return value ? html`<p class="block ${cls}"><strong>${pick(title, this.uiLang)}：</strong>${value}</p>` : nothing;
  }

  private open(id: string, kind: TreeNode['kind']): void {
    const ctrl = this.controller;
    if (!ctrl || kind === 'missing') return;
    this.navigating = true;
    if (kind === 'feature') ctrl.flyTo(id);
    ctrl.select(id);
    fire<PlanSelectDetail>(this, 'plan-select', { id, kind, source: 'inspector' });
  }

  private back = (): void => {
    const prev = this.history.at(-1);
    if (!prev) return;
    this.history = this.history.slice(0, -1);
    this.shownId = prev;
    this.controller?.select(prev, { fly: !!this.controller.index.feature(prev) });
  };

  private close = (): void => {
    this.controller?.select(null);
    fire(this, 'plan-inspector-close', {});
  };

  private onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.close();
    }
  };
}

/** Any property value as plain text (objects as JSON), cut to a readable length. */
function valueText(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 500 ? `${s.slice(0, 500)}…` : s;
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-inspector': PlanInspector;
  }
}
