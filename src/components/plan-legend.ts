import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { pick } from '../i18n/lang';
import { S } from '../i18n/strings/legend';
import { planElement } from './define';
import { countFeatures } from './layer-groups';
import { legendModel } from './legend-model';
import { explainSvg, swatchSvg } from './legend-swatch';
import { MapConsumer } from './map-consumer';
import { uiStyles } from './ui-styles';

/**
 * Legend of the visible layers, generated from the manifest (titles, legend
 * labels and every colour come from the layer styles), followed by a fixed
 * key to how the map shows accuracy (示意: hatched areas with dashed
 * outlines, a soft band under lines, hollow points with a halo) and status
 * (现状 solid, 规划/在建 dashed, 前期 dotted).
 *
 * @csspart panel - the legend box
 * @csspart toggle - the header button that folds the legend
 * @csspart layer - one layer's block
 * @csspart swatch - a sample symbol
 * @csspart explain - the fixed key to schematic drawing and status
 * @cssprop --plan-surface - background
 * @cssprop --plan-sample - colour of the neutral samples in the fixed key (default #555)
 * @cssprop --plan-legend-max-height - scroll height (default 50vh)
 */
@planElement('plan-legend')
export class PlanLegend extends MapConsumer {
  static override styles = [
    uiStyles,
    css`
      :host {
        display: block;
        pointer-events: auto;
      }
      .panel {
        background: var(--plan-surface, #fff);
        font-size: 0.9em;
      }
      :host([overlay]) .panel {
        border-radius: var(--plan-radius, 6px);
        box-shadow: 0 1px 4px #0003;
        padding: 0 0.5rem 0.3rem;
        max-width: min(250px, calc(100vw - 40px));
        font-size: 0.85em;
      }
      :host([overlay]) .body {
        max-height: var(--plan-legend-max-height, 30vh);
      }
      .toggle {
        background: none;
        border: none;
        font-weight: 600;
        padding: 0.3rem 0.1rem;
        width: 100%;
        text-align: start;
      }
      .body {
        max-height: var(--plan-legend-max-height, 50vh);
        overflow: auto;
      }
      .layer {
        margin: 0.15rem 0 0.4rem;
      }
      .lt {
        font-weight: 600;
        font-size: 0.95em;
      }
      .row {
        display: flex;
        align-items: center;
        gap: 0.45rem;
        margin: 0.1rem 0 0.1rem 0.2rem;
      }
      .swatch {
        flex: none;
      }
      .ex-stroke {
        stroke: var(--plan-sample, #555);
      }
      .ex-fill {
        fill: var(--plan-sample, #555);
      }
      .explain {
        border-top: 1px solid var(--plan-border, #e4e7eb);
        margin-top: 0.3rem;
        padding-top: 0.3rem;
      }
      .explain p {
        margin: 0.1rem 0 0.2rem;
        font-size: 0.92em;
      }
      h3 {
        font-size: 0.95em;
        margin-top: 0.2rem;
      }
    `,
  ];

  /** Folded to its title. */
  @property({ type: Boolean, reflect: true }) collapsed = false;
  /** Drawn as a floating box over the map (set by `<plan-map controls="legend">` styling). */
  @property({ type: Boolean, reflect: true }) overlay = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Inside a <plan-map> the legend floats over the canvas.
    if (this.getRootNode() instanceof ShadowRoot && (this.getRootNode() as ShadowRoot).host.localName === 'plan-map') this.overlay = true;
  }

  override render() {
    const ctrl = this.controller;
    const lang = this.uiLang;
    const state = ctrl?.state;
    const visible = state ? [...state.visibleIds()].reverse().map((id) => ctrl!.layerSpec(id)).filter((s) => s !== undefined) : [];
    const shares = ctrl
      ? countFeatures([...ctrl.index.allFeatures()].map(([, f]) => ({ layerId: f.layerId, properties: f.feature.properties })), () => true)
      : new Map();
    const model = legendModel(visible, shares);
    return html`<section part="panel" class="panel" aria-labelledby="legend-title">
      <button class="toggle" part="toggle" id="legend-title" aria-expanded=${this.collapsed ? 'false' : 'true'} aria-controls="legend-body" @click=${() => (this.collapsed = !this.collapsed)}>
        <span aria-hidden="true">${this.collapsed ? '▸' : '▾'}</span> ${pick(S.title, lang)}
      </button>
      <div class="body" id="legend-body" ?hidden=${this.collapsed}>
        ${model.length === 0 ? html`<p class="muted">${pick(S.empty, lang)}</p>` : nothing}
        ${model.map(
          (l) => html`<div class="layer" part="layer" data-layer=${l.id}>
            <div class="lt">
              ${pick(l.title, lang)}
              ${l.schematic !== 'none' ? html`<span class="badge schematic">${pick(l.schematic === 'all' ? S.allSchematic : S.someSchematic, lang)}</span>` : nothing}
            </div>
            ${l.rows.map((r) => html`<div class="row"><span part="swatch">${swatchSvg(r.swatch)}</span><span>${pick(r.label, lang)}</span></div>`)}
          </div>`,
        )}
        ${this.renderExplain()}
      </div>
    </section>`;
  }

  private renderExplain() {
    const lang = this.uiLang;
    const row = (k: Parameters<typeof explainSvg>[0], label: { zh: string; en: string }) =>
      html`<div class="row"><span part="swatch">${explainSvg(k)}</span><span>${pick(label, lang)}</span></div>`;
    return html`<div class="explain" part="explain">
      <h3>${pick(S.accuracyTitle, lang)}</h3>
      <p class="muted">${pick(S.accuracyIntro, lang)}</p>
      ${row('area', S.schematicArea)} ${row('line', S.schematicLine)} ${row('point', S.schematicPoint)} ${row('solid-point', S.exactPoint)}
      <h3>${pick(S.statusTitle, lang)}</h3>
      ${row('solid', S.statusExisting)} ${row('dashed', S.statusPlanned)} ${row('dotted', S.statusPrestudy)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-legend': PlanLegend;
  }
}
