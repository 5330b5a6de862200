/**
 * Form templates for how the panel measures: straight line or network,
 * walk or drive, tier or minutes, roads and speeds, K for siting, the green
 * access and reach presets' inputs.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { pick } from '../../i18n/lang';
import { S } from '../../i18n/strings/coverage-panel';
import { inputNumber, toggled, type FormHost } from './form-host';
import { layerChecklist } from './form-inputs';
import type { AnalysisKind, TierChoice } from './params';
import { classPropertyOf, roadClasses, suggestedSpeed } from './road-speeds';

const ANALYSES: Array<[AnalysisKind, keyof typeof S]> = [
  ['coverage', 'analysisCoverage'], ['siting', 'analysisSiting'], ['green', 'analysisGreen'], ['reach', 'analysisReach'],
];

export function analysisSelect(h: FormHost): TemplateResult {
  return html`<label class="field">${pick(S.analysis, h.lang)}
    <select data-field="analysis" @change=${(e: Event) => h.update({ analysis: (e.target as HTMLSelectElement).value as AnalysisKind })}>
      ${ANALYSES.map(([v, k]) => html`<option value=${v} ?selected=${h.params.analysis === v}>${pick(S[k], h.lang)}</option>`)}
    </select></label>`;
}

function segmented<T extends string>(h: FormHost, label: string, name: string, options: Array<[T, string]>, value: T, set: (v: T) => void): TemplateResult {
  return html`<div class="segmented" role="radiogroup" aria-label=${label} data-field=${name}>
    ${options.map(([v, text]) => html`<button type="button" role="radio" data-value=${v} aria-checked=${value === v ? 'true' : 'false'} @click=${() => set(v)}>${text}</button>`)}
  </div>`;
}

const TIERS: Array<[TierChoice, keyof typeof S]> = [['5min', 'tier5'], ['10min', 'tier10'], ['15min', 'tier15'], ['custom', 'tierCustom']];

/** Straight-line reach: tier select, the 15-minute radius, or a custom radius. */
export function tierView(h: FormHost): TemplateResult {
  const p = h.params;
  return html`<label class="field">${pick(S.tier, h.lang)}
      <select data-field="tier" @change=${(e: Event) => h.update({ tier: (e.target as HTMLSelectElement).value as TierChoice })}>
        ${TIERS.map(([v, k]) => html`<option value=${v} ?selected=${p.tier === v}>${pick(S[k], h.lang)}</option>`)}
      </select></label>
    ${p.tier === '15min'
      ? html`<label class="field inline">${pick(S.radius15, h.lang)}
          <input type="number" data-field="radius15" min="800" max="1000" step="50" .value=${String(p.radius15)}
            @change=${(e: Event) => { const v = inputNumber(e, 800, 1000); if (v !== undefined) h.update({ radius15: v }); }} /></label>`
      : nothing}
    ${p.tier === 'custom'
      ? html`<label class="field inline">${pick(S.radius, h.lang)}
          <input type="number" data-field="radius" min="10" max="50000" step="10" .value=${String(p.radius)}
            @change=${(e: Event) => { const v = inputNumber(e, 10, 50000); if (v !== undefined) h.update({ radius: v }); }} /></label>`
      : nothing}`;
}

const MINUTES = [5, 10, 15, 30];

/** Coverage method: straight (tier) or network (walk/drive, minutes, roads). */
export function methodView(h: FormHost): TemplateResult {
  const p = h.params;
  return html`<fieldset class="method">
    <legend>${pick(S.method, h.lang)}</legend>
    <div class="row">
      ${segmented(h, pick(S.method, h.lang), 'mode', [['straight', pick(S.straight, h.lang)], ['network', pick(S.network, h.lang)]], p.mode, (mode) => h.update({ mode }))}
      ${p.mode === 'network'
        ? segmented(h, pick(S.method, h.lang), 'travel', [['walk', pick(S.walk, h.lang)], ['drive', pick(S.drive, h.lang)]], p.travel, (travel) => h.update({ travel }))
        : nothing}
    </div>
    ${p.mode === 'straight'
      ? tierView(h)
      : html`<div class="field" role="group" aria-label=${pick(S.minutes, h.lang)}>${pick(S.minutes, h.lang)}
          <div class="row">${MINUTES.map((m) => html`<label><input type="checkbox" data-minutes=${m} .checked=${p.minutes.includes(m)}
            @change=${(e: Event) => h.update({ minutes: toggled(p.minutes, m, (e.target as HTMLInputElement).checked).sort((a, b) => a - b) })} /> ${m}</label>`)}</div>
        </div>
        ${roadsView(h)}`}
  </fieldset>`;
}

/** Road layers, walking speed or the class field and a speed per class. */
export function roadsView(h: FormHost, drive = h.params.travel === 'drive'): TemplateResult {
  const p = h.params;
  const lines = h.choices.filter((c) => c.geometry === 'line');
  const chosen = lines.filter((c) => p.roads.includes(c.id));
  const schematic = chosen.reduce((s, c) => s + c.schematic, 0);
  const fields = [...new Set(chosen.flatMap((c) => c.textFields.concat(c.kinds.length ? ['kind'] : [])))];
  return html`<div class="subhead">${pick(S.roads, h.lang)}</div>
    ${layerChecklist(h, 'roads', lines, p.roads, (roads) => h.update({ roads }), pick(S.noLineLayers, h.lang))}
    ${schematic > 0 ? html`<p class="warn" role="note" data-warning="schematic-roads">⚠ ${pick({ zh: `所选道路中 ${schematic} 条为示意走向，路网结果仅供参考。`, en: `${schematic} of the chosen roads are schematic; network results are indicative only.` }, h.lang)}</p>` : nothing}
    ${drive
      ? html`<label class="field">${pick(S.classProperty, h.lang)}
            <select data-field="class-property" @change=${(e: Event) => h.update({ classProperty: (e.target as HTMLSelectElement).value || undefined })}>
              <option value="" ?selected=${!p.classProperty}>${pick(S.auto, h.lang)}</option>
              ${fields.map((f) => html`<option value=${f} ?selected=${p.classProperty === f}>${f}</option>`)}
            </select></label>
          ${speedsView(h, chosen.map((c) => c.id))}`
      : html`<label class="field inline">${pick(S.walkSpeed, h.lang)}
          <input type="number" data-field="walk" min="0.5" max="20" step="0.5" .value=${String(p.walkKmh)}
            @change=${(e: Event) => { const v = inputNumber(e, 0.5, 20); if (v !== undefined) h.update({ walkKmh: v }); }} /></label>`}`;
}

function speedsView(h: FormHost, roadIds: string[]): TemplateResult | typeof nothing {
  const data = h.roadData(roadIds);
  const prop = classPropertyOf(data, h.params.classProperty);
  const classes = roadClasses(data, prop);
  if (classes.length === 0) return nothing;
  const set = (value: string, e: Event) => {
    const v = inputNumber(e, 0, 200);
    if (v !== undefined) h.update({ speeds: { ...h.params.speeds, [value]: v } });
  };
  return html`<table class="speeds" aria-label=${pick(S.speeds, h.lang)}>
    <caption>${pick(S.speeds, h.lang)}</caption>
    ${classes.map((c) => html`<tr><th scope="row">${h.classLabel(roadIds, c.value)} <span class="muted">(${c.count})</span></th>
      <td><input type="number" min="0" max="200" step="5" data-speed=${c.value} .value=${String(Object.hasOwn(h.params.speeds, c.value) ? h.params.speeds[c.value] : suggestedSpeed(c.value))}
        @change=${(e: Event) => set(c.value, e)} /></td></tr>`)}
  </table>`;
}

/** K and where candidates come from. */
export function sitingView(h: FormHost): TemplateResult {
  const p = h.params;
  return html`<fieldset class="siting">
    <legend>${pick(S.analysisSiting, h.lang)}</legend>
    ${tierView(h)}
    <label class="field inline">${pick(S.k, h.lang)}
      <input type="number" data-field="k" min="1" max="20" step="1" .value=${String(p.k)}
        @change=${(e: Event) => { const v = inputNumber(e, 1, 20); if (v !== undefined && Number.isInteger(v)) h.update({ k: v }); }} /></label>
    <div class="field">${pick(S.candidates, h.lang)}
      ${segmented(h, pick(S.candidates, h.lang), 'candidates', [['grid', pick(S.candidatesGrid, h.lang)], ['placed', pick(S.candidatesPlaced, h.lang)]], p.candidates, (candidates) => h.update({ candidates }))}
    </div>
  </fieldset>`;
}

export function greenView(h: FormHost): TemplateResult {
  const p = h.params;
  const areas = h.choices.filter((c) => c.geometry === 'polygon' || c.geometry === 'point');
  return html`<fieldset class="green">
    <legend>${pick(S.analysisGreen, h.lang)}</legend>
    <div class="subhead">${pick(S.green, h.lang)}</div>
    ${layerChecklist(h, 'green', areas, p.green, (green) => h.update({ green }), '')}
    <div class="subhead">${pick(S.parks, h.lang)}</div>
    ${layerChecklist(h, 'parks', areas, p.parks, (parks) => h.update({ parks }), '')}
    <div class="row">
      <label class="field inline">${pick(S.greenRadius, h.lang)}<input type="number" min="10" max="5000" step="50" .value=${String(p.greenRadius)}
        @change=${(e: Event) => { const v = inputNumber(e, 10, 5000); if (v !== undefined) h.update({ greenRadius: v }); }} /></label>
      <label class="field inline">${pick(S.parkRadius, h.lang)}<input type="number" min="10" max="5000" step="50" .value=${String(p.parkRadius)}
        @change=${(e: Event) => { const v = inputNumber(e, 10, 5000); if (v !== undefined) h.update({ parkRadius: v }); }} /></label>
    </div>
  </fieldset>`;
}

export function reachView(h: FormHost): TemplateResult {
  const p = h.params;
  const points = h.choices.filter((c) => c.geometry === 'point');
  const [short, long] = [p.minutes[0] ?? 30, p.minutes[p.minutes.length - 1] ?? 60];
  const setMinutes = (a: number, b: number) => h.update({ minutes: [...new Set([a, b])].sort((x, y) => x - y) });
  return html`<fieldset class="reach">
    <legend>${pick(S.analysisReach, h.lang)}</legend>
    <div class="subhead">${pick(S.origins, h.lang)}</div>
    ${layerChecklist(h, 'origins', points, p.origins, (origins) => h.update({ origins }), pick(S.noPointLayers, h.lang))}
    <div class="subhead">${pick(S.places, h.lang)}</div>
    ${layerChecklist(h, 'places', points, p.places, (places) => h.update({ places }), pick(S.noPointLayers, h.lang))}
    <div class="row">${pick(S.reachMinutes, h.lang)}
      <input type="number" aria-label="1" min="1" max="240" .value=${String(short)} @change=${(e: Event) => { const v = inputNumber(e, 1, 240); if (v !== undefined) setMinutes(v, long); }} />
      <input type="number" aria-label="2" min="1" max="240" .value=${String(long)} @change=${(e: Event) => { const v = inputNumber(e, 1, 240); if (v !== undefined) setMinutes(short, v); }} />
    </div>
    ${roadsView(h, true)}
  </fieldset>`;
}
