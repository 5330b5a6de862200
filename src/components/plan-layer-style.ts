import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { landClassField } from '../io/import/field-hints';
import { LAND_USE_SOURCE, LAND_USE_UNMATCHED, landUseColor } from '../io/land-use-colors';
import type { UserLayerStyle } from '../io/project/schema';
import { pick } from '../i18n/lang';
import { fmt } from '../i18n/strings/format';
import { S } from '../i18n/strings/layer-style';
import { styleMode, withMode, type AnyCollection, type StyleMode } from '../io-ui/layer-spec';
import { distinctValues, OTHER_COLOR } from '../io-ui/palette';
import { SKETCH_KIND_TITLE, SKETCH_TITLE, workFor, type UserWork } from '../io-ui/user-work';
import type { GeometryKind } from '../manifest/types';
import type { PlanStyleChangeDetail } from './data-events';
import { dataToolStyles } from './data-tools-styles';
import { planElement } from './define';
import { MapConsumer } from './map-consumer';
import { uiStyles } from './ui-styles';
import { fire } from './workspace-events';

interface StyleTarget {
  name: string;
  geometry: GeometryKind;
  fc: AnyCollection;
  style: UserLayerStyle;
  set(style: UserLayerStyle): void;
}

/** The layer being styled: an imported layer / result, or the sketches (one style for all kinds). */
function styleTarget(work: UserWork, id: string): StyleTarget | undefined {
  const item = work.get(id);
  if (item) return { name: item.name, geometry: item.geometry, fc: item.fc, style: item.style, set: (s) => work.setStyle(id, s) };
  const m = /^sketches-(point|line|polygon)$/.exec(id);
  const fc = work.data(id);
  if (!m || !fc) return undefined;
  return { name: SKETCH_TITLE.zh, geometry: m[1] as GeometryKind, fc, style: work.sketchStyle, set: (s) => { work.sketchStyle = s; work.setSketches([...work.sketches]); } };
}

/**
 * Style editor for the planner's own layers (imports, sketches, analysis
 * results): one colour, colours by an attribute with a generated palette,
 * or — when a land-class field (DLMC, YDYHFLMC…) is present — the 用地用海
 * colour theme, plus opacity, fill, width, radius and label. Changes apply
 * at once through the map controller and are saved with the layer.
 *
 * @fires plan-style-change - the user changed the style; `detail: { layerId, style }`
 * @csspart legend - the class list of a categorical style
 * @cssprop --plan-accent - accent colour of radio buttons and sliders
 */
@planElement('plan-layer-style')
export class PlanLayerStyle extends MapConsumer {
  static override styles = [uiStyles, dataToolStyles];

  /** Id of the layer to style. */
  @property({ attribute: 'layer-id' }) layerId = '';

  override render() {
    const lang = this.uiLang;
    const ctrl = this.controller;
    if (!ctrl) return nothing;
    const work = workFor(ctrl);
    const choices = [...work.layers().filter((l) => l.fc.features.length).map((l) => ({ id: l.id, name: l.name })),
      ...(['point', 'line', 'polygon'] as const).filter((g) => work.data(`sketches-${g}`)).map((g) => ({ id: `sketches-${g}`, name: pick(SKETCH_KIND_TITLE[g], lang) }))];
    const t = this.layerId ? styleTarget(work, this.layerId) : undefined;
    const select = html`<label class="field"><span>${pick(S.layer, lang)}</span>
      <select data-field="layer" @change=${(e: Event) => (this.layerId = (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!t}>—</option>
        ${choices.map((c) => html`<option .value=${c.id} ?selected=${c.id === this.layerId}>${c.name}</option>`)}
      </select></label>`;
    if (!t) return html`${select}<p class="hint">${pick(S.noLayer, lang)}</p>`;
    const fields = [...new Set(t.fc.features.flatMap((f) => Object.keys(f.properties ?? {})))];
    const landField = landClassField(fields);
    const mode = styleMode(t.style);
    const field = t.style.color_by?.property;
    const s = t.style;
    const radio = (m: StyleMode, label: { zh: string; en: string }) => html`<label class="choice"><input type="radio" name="mode" data-mode=${m} .checked=${mode === m} @change=${() => this.setMode(t, m, fields, landField)} />${pick(label, lang)}</label>`;
    return html`
      ${select}
      <fieldset>
        <legend>${pick(S.mode, lang)}</legend>
        ${radio('single', S.single)}${radio('category', S.category)}${radio('landuse', S.landuse)}
        <p class="hint">${landField ? fmt(S.landuseOffered, lang, { field: landField }) : pick(S.landuseNoField, lang)}</p>
      </fieldset>
      ${mode === 'single'
        ? html`<label class="field"><span>${pick(S.color, lang)}</span><input type="color" data-field="color" .value=${s.color ?? '#4e79a7'} @change=${(e: Event) => this.applyStyle(t, { ...s, color: (e.target as HTMLInputElement).value })} /></label>`
        : html`<label class="field"><span>${pick(S.field, lang)}</span>
            <select data-field="field" @change=${(e: Event) => this.applyStyle(t, withMode(s, t.fc, mode, (e.target as HTMLSelectElement).value))}>
              ${fields.map((f) => html`<option .value=${f} ?selected=${f === field}>${f}</option>`)}
            </select></label>
            ${this.renderClasses(t, mode)}`}
      ${this.range(S.opacity, s.opacity ?? 1, 0, 1, 0.05, (v) => ({ ...s, opacity: v }), t, 'opacity')}
      ${t.geometry === 'polygon' ? this.range(S.fillOpacity, s.fill_opacity ?? 0.35, 0, 1, 0.05, (v) => ({ ...s, fill_opacity: v }), t, 'fill') : nothing}
      ${t.geometry !== 'point' ? this.range(S.width, s.width ?? 2, 0.5, 10, 0.5, (v) => ({ ...s, width: v }), t, 'width') : this.range(S.radius, s.radius ?? 5, 2, 20, 1, (v) => ({ ...s, radius: v }), t, 'radius')}
      <label class="field"><span>${pick(S.label, lang)}</span>
        <select data-field="label" @change=${(e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          const { label: _l, ...rest } = s;
          this.applyStyle(t, v ? { ...rest, label: v } : rest);
        }}>
          <option value="" ?selected=${!s.label}>${pick(S.noLabel, lang)}</option>
          ${fields.map((f) => html`<option .value=${f} ?selected=${f === s.label}>${f}</option>`)}
        </select></label>
    `;
  }

  private renderClasses(t: StyleTarget, mode: StyleMode) {
    const lang = this.uiLang;
    const by = t.style.color_by;
    if (!by) return nothing;
    const counts = distinctValues(t.fc, by.property);
    const shown = counts.filter((d) => by.values[d.value]);
    const rest = counts.filter((d) => !by.values[d.value]);
    return html`
      <h3>${fmt(S.classes, lang, { n: counts.length })}</h3>
      <ul part="legend" class="legend">
        ${shown.map((d) => {
          const m = mode === 'landuse' ? landUseColor(d.value, { field: by.property }) : null;
          return html`<li data-value=${d.value}><span class="swatch" style=${`background:${by.values[d.value]}`}></span>${d.value} <span class="muted num">(${d.count})</span>
            ${m && m.via === 'parent' ? html`<span class="hint"> · ${fmt(S.via, lang, { name: m.cls.name })}</span>` : nothing}</li>`;
        })}
      </ul>
      ${rest.length && mode === 'landuse'
        ? html`<p class="msg warn"><span class="swatch" style=${`background:${LAND_USE_UNMATCHED}`}></span>${fmt(S.unmatched, lang, { n: rest.length, values: rest.slice(0, 8).map((d) => d.value).join('、') })}</p>`
        : rest.length ? html`<p class="hint"><span class="swatch" style=${`background:${OTHER_COLOR}`}></span>${fmt(S.other, lang, { n: rest.length })}</p>` : nothing}
      ${mode === 'landuse' ? html`<p class="hint">${pick(S.source, lang)}${pick(LAND_USE_SOURCE, lang)}</p>` : nothing}
    `;
  }

  private range(label: { zh: string; en: string }, value: number, min: number, max: number, step: number, make: (v: number) => UserLayerStyle, t: StyleTarget, key: string) {
    return html`<label class="field"><span>${pick(label, this.uiLang)} <span class="num muted">${value}</span></span>
      <input type="range" data-field=${key} min=${min} max=${max} step=${step} .value=${String(value)} @change=${(e: Event) => this.applyStyle(t, make(Number((e.target as HTMLInputElement).value)))} /></label>`;
  }

  private setMode(t: StyleTarget, mode: StyleMode, fields: string[], landField?: string): void {
    const field = mode === 'landuse' ? landField ?? t.style.color_by?.property ?? fields[0] : t.style.color_by?.property ?? landField ?? fields[0];
    this.applyStyle(t, withMode(t.style, t.fc, mode, field));
  }

  private applyStyle(t: StyleTarget, style: UserLayerStyle): void {
    t.set(style);
    fire<PlanStyleChangeDetail>(this, 'plan-style-change', { layerId: this.layerId, style });
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-layer-style': PlanLayerStyle;
  }
}
