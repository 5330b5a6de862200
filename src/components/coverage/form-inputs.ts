/**
 * Form templates for the panel's inputs: facility layers and kinds, placed
 * what-if points, the target area (layer, feature or drawn) and population.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { pick } from '../../i18n/lang';
import { fmt } from '../../i18n/strings/format';
import { S } from '../../i18n/strings/coverage-panel';
import { toggled, type FormHost } from './form-host';
import type { LayerChoice } from './layer-choices';
import type { LayerPick } from './params';

/** Checkboxes for a list of layers (roads, green spaces, origins…). */
export function layerChecklist(h: FormHost, name: string, layers: LayerChoice[], chosen: string[], set: (ids: string[]) => void, empty: string): TemplateResult {
  if (layers.length === 0) return html`<p class="hint muted">${empty}</p>`;
  return html`<ul class="checklist" data-list=${name}>
    ${layers.map((c) => html`<li>
      <label><input type="checkbox" data-layer=${c.id} .checked=${chosen.includes(c.id)}
          @change=${(e: Event) => set(toggled(chosen, c.id, (e.target as HTMLInputElement).checked))} />
        ${pick(c.title, h.lang)} <span class="muted">${fmt(S.featuresCount, h.lang, { n: c.count })}${c.user ? ` · ${pick(S.imported, h.lang)}` : ''}</span></label>
    </li>`)}
  </ul>`;
}

function kindList(h: FormHost, c: LayerChoice, sel: LayerPick): TemplateResult | typeof nothing {
  if (c.kinds.length < 2) return nothing;
  const all = c.kinds.map((k) => k.value);
  const on = sel.kinds ?? all;
  const set = (value: string, checked: boolean) => {
    const kinds = toggled(on, value, checked);
    const picks = h.params.facilities.map((f) => (f.layer === c.id ? (kinds.length === all.length ? { layer: c.id } : { layer: c.id, kinds }) : f));
    h.update({ facilities: picks });
  };
  return html`<ul class="kinds" aria-label=${pick(S.kinds, h.lang)}>
    ${c.kinds.map((k) => html`<li><label><input type="checkbox" data-kind=${k.value} .checked=${on.includes(k.value)}
        @change=${(e: Event) => set(k.value, (e.target as HTMLInputElement).checked)} />${pick(k.label, h.lang)} <span class="muted">${k.count}</span></label></li>`)}
  </ul>`;
}

/** Facility layers (points, and polygons of imported layers) with their kinds, then placed points. */
export function facilitiesView(h: FormHost, asExisting = false): TemplateResult {
  const layers = h.choices.filter((c) => c.geometry === 'point' || (c.user && c.geometry === 'polygon'));
  const picks = h.params.facilities;
  const setLayer = (id: string, on: boolean) => h.update({ facilities: on ? [...picks.filter((f) => f.layer !== id), { layer: id }] : picks.filter((f) => f.layer !== id) });
  const chosen = layers.filter((c) => picks.some((p) => p.layer === c.id));
  const total = chosen.reduce((s, c) => s + c.count, 0);
  const schematic = chosen.reduce((s, c) => s + c.schematic, 0);
  return html`<fieldset class="facilities">
    <legend>${pick(asExisting ? S.existingFacilities : S.facilities, h.lang)}</legend>
    ${layers.length === 0 ? html`<p class="hint muted">${pick(S.noPointLayers, h.lang)}</p>` : nothing}
    <ul class="checklist scroll" data-list="facilities">
      ${layers.map((c) => {
        const sel = picks.find((p) => p.layer === c.id);
        return html`<li>
          <label><input type="checkbox" data-layer=${c.id} .checked=${!!sel} @change=${(e: Event) => setLayer(c.id, (e.target as HTMLInputElement).checked)} />
            ${pick(c.title, h.lang)} <span class="muted">${fmt(S.featuresCount, h.lang, { n: c.count })}${c.user ? ` · ${pick(S.imported, h.lang)}` : ''}</span></label>
          ${sel ? kindList(h, c, sel) : nothing}
        </li>`;
      })}
    </ul>
    ${schematic > 0
      ? html`<p class="warn" role="note" data-warning="schematic-facilities">⚠ ${fmt(S.schematicWarning, h.lang, { n: schematic, total })}</p>`
      : nothing}
    ${placedView(h)}
  </fieldset>`;
}

function placedView(h: FormHost): TemplateResult {
  const placing = h.picking === 'points';
  const asCandidates = h.params.analysis === 'siting' && h.params.candidates === 'placed';
  return html`<div class="placed">
    <div class="subhead">${pick(asCandidates ? S.placedCandidates : S.placed, h.lang)}</div>
    <div class="row">
      <button type="button" data-action="place" aria-pressed=${placing ? 'true' : 'false'} @click=${() => (placing ? h.stopPicking() : h.startPicking('points'))}>
        ${pick(placing ? S.stopPlacing : S.place, h.lang)}</button>
      <button type="button" data-action="add-centre" @click=${() => h.addAtCentre()}>${pick(S.addCentre, h.lang)}</button>
      ${h.params.placed.length > 1 ? html`<button type="button" class="link" @click=${() => h.update({ placed: [] })}>${pick(S.removeAll, h.lang)}</button>` : nothing}
    </div>
    ${placing ? html`<p class="hint" role="status">${pick(S.placing, h.lang)}</p>` : nothing}
    ${h.params.placed.length
      ? html`<ol class="placed-list">
          ${h.params.placed.map(([lon, lat], i) => html`<li>
            <span>${fmt(S.placedPoint, h.lang, { n: i + 1 })} <span class="muted">${lon.toFixed(5)}, ${lat.toFixed(5)}</span></span>
            <button type="button" class="icon" aria-label=${`${pick(S.remove, h.lang)} ${fmt(S.placedPoint, h.lang, { n: i + 1 })}`} @click=${() => h.removePlaced(i)}>✕</button>
          </li>`)}
        </ol>`
      : nothing}
  </div>`;
}

/** The target: a polygon layer (whole or one feature), or a drawn polygon. */
export function targetView(h: FormHost): TemplateResult {
  const t = h.params.target;
  const polys = h.choices.filter((c) => c.geometry === 'polygon');
  const layer = polys.find((c) => c.id === t.layer);
  const drawing = h.picking === 'polygon';
  const value = t.drawn ? '__drawn' : t.layer ?? '';
  const onLayer = (e: Event) => {
    const v = (e.target as HTMLSelectElement).value;
    if (v === '__drawn') return;
    h.update({ target: v ? { layer: v } : {} });
  };
  const group = (user: boolean) => polys.filter((c) => c.user === user).map((c) => html`<option value=${c.id} ?selected=${value === c.id}>${pick(c.title, h.lang)}</option>`);
  return html`<fieldset class="target">
    <legend>${pick(S.target, h.lang)}</legend>
    <label class="field">${pick(S.targetLayer, h.lang)}
      <select data-field="target-layer" @change=${onLayer}>
        <option value="" ?selected=${value === ''}>${pick(S.chooseTarget, h.lang)}</option>
        <optgroup label=${pick(S.planLayers, h.lang)}>${group(false)}</optgroup>
        ${polys.some((c) => c.user) ? html`<optgroup label=${pick(S.userLayers, h.lang)}>${group(true)}</optgroup>` : nothing}
        ${t.drawn ? html`<option value="__drawn" selected>${pick(S.drawnTarget, h.lang)}</option>` : nothing}
      </select>
    </label>
    ${layer && layer.features.length > 1
      ? html`<label class="field">${pick(S.feature, h.lang)}
          <select data-field="target-feature" @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            h.update({ target: v ? { layer: layer.id, feature: v } : { layer: layer.id } });
          }}>
            <option value="" ?selected=${!t.feature}>${pick(S.wholeLayer, h.lang)}</option>
            ${layer.features.map((f) => html`<option value=${f.id} ?selected=${t.feature === f.id}>${pick(f.name, h.lang)}</option>`)}
          </select>
        </label>`
      : nothing}
    ${layer && layer.schematic > 0 ? html`<p class="hint muted">${pick({ zh: '目标范围为示意图形。', en: 'The target shape is schematic.' }, h.lang)}</p>` : nothing}
    <div class="row">
      ${drawing
        ? html`<button type="button" class="primary" data-action="finish-draw" ?disabled=${h.draft.length < 3} @click=${() => h.finishDrawing()}>${pick(S.finish, h.lang)}</button>
            <button type="button" data-action="add-centre-vertex" @click=${() => h.addAtCentre()}>${pick(S.addCentre, h.lang)}</button>
            <button type="button" ?disabled=${h.draft.length === 0} @click=${() => h.undoVertex()}>${pick(S.undo, h.lang)}</button>
            <button type="button" @click=${() => h.stopPicking()}>${pick(S.cancelDraw, h.lang)}</button>`
        : html`<button type="button" data-action="draw" @click=${() => h.startPicking('polygon')}>${pick(S.draw, h.lang)}</button>`}
    </div>
    ${drawing ? html`<p class="hint" role="status">${pick(S.drawing, h.lang)} · ${fmt(S.vertices, h.lang, { n: h.draft.length })}</p>` : nothing}
  </fieldset>`;
}

/** Optional population layer (points or a grid) and its numeric field. */
export function populationView(h: FormHost): TemplateResult {
  const layers = h.choices.filter((c) => c.numericFields.length > 0 && (c.geometry === 'point' || c.geometry === 'polygon'));
  const pop = h.params.population;
  const layer = layers.find((c) => c.id === pop?.layer);
  const onLayer = (e: Event) => {
    const id = (e.target as HTMLSelectElement).value;
    const c = layers.find((x) => x.id === id);
    const guess = c?.numericFields.find((f) => /pop|人口|人数|rk|num/i.test(f)) ?? c?.numericFields[0];
    h.update({ population: c && guess ? { layer: c.id, field: guess } : undefined });
  };
  return html`<fieldset class="population">
    <legend>${pick(S.population, h.lang)}</legend>
    <label class="field"><span class="sr-only">${pick(S.population, h.lang)}</span>
      <select data-field="population-layer" @change=${onLayer}>
        <option value="" ?selected=${!layer}>${pick(S.populationNone, h.lang)}</option>
        ${layers.map((c) => html`<option value=${c.id} ?selected=${layer?.id === c.id}>${pick(c.title, h.lang)}</option>`)}
      </select>
    </label>
    ${layer && pop
      ? html`<label class="field">${pick(S.populationField, h.lang)}
          <select data-field="population-field" @change=${(e: Event) => h.update({ population: { layer: layer.id, field: (e.target as HTMLSelectElement).value } })}>
            ${layer.numericFields.map((f) => html`<option value=${f} ?selected=${pop.field === f}>${f}</option>`)}
          </select></label>`
      : html`<p class="hint muted">${pick(S.populationHint, h.lang)}</p>`}
  </fieldset>`;
}
