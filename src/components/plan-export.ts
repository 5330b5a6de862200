import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IoError } from '../io/errors';
import { exportLayer, type ExportFormat } from '../io/export/index';
import type { I18nText, IoWarning, WgsFeatureCollection } from '../io/types';
import { pick } from '../i18n/lang';
import { S } from '../i18n/strings/export';
import { fmt } from '../i18n/strings/format';
import { bboxOf, exportableLayers, exportName, layerFeatures, suggestedExportCrs, type LayerSource } from '../io-ui/export-choices';
import type { PlanExportDoneDetail } from './data-events';
import { dataToolStyles } from './data-tools-styles';
import { planElement } from './define';
import { downloadBlob } from './download-blob';
import { MapConsumer } from './map-consumer';
import './plan-crs-picker';
import { uiStyles } from './ui-styles';
import { fire } from './workspace-events';

const FORMATS: ExportFormat[] = ['geojson', 'flatgeobuf', 'csv', 'shapefile'];
const SOURCES: LayerSource[] = ['plan', 'imported', 'sketch', 'analysis', 'other'];

/**
 * Exports any layer on the map — plan layers, imports, sketches, analysis
 * results — as GeoJSON, FlatGeobuf, CSV (attributes + centroid, with BOM)
 * or a zipped Shapefile with .prj, in WGS 84 or a CGCS2000 Gauss-Krüger
 * zone (the zones covering the data are suggested). Files are downloaded
 * through the browser; exporter warnings (e.g. renamed DBF fields) are shown.
 *
 * @fires plan-export-done - files were downloaded; `detail: { layerId, files }`
 * @csspart export-button - the export button
 * @cssprop --plan-accent - primary button colour
 */
@planElement('plan-export')
export class PlanExport extends MapConsumer {
  static override styles = [uiStyles, dataToolStyles];

  /** Layer to export (preselected). */
  @property({ attribute: 'layer-id' }) layerId = '';

  @state() private format: ExportFormat = 'geojson';
  @state() private crs = 'EPSG:4326';
  @state() private moreCrs = false;
  @state() private encoding: 'utf-8' | 'gbk' = 'utf-8';
  @state() private name = '';
  @state() private result?: { files: { name: string; size: number }[]; warnings: IoWarning[] } | { error: { text: I18nText; hint: I18nText } };

  override render() {
    const lang = this.uiLang;
    const ctrl = this.controller;
    if (!ctrl) return nothing;
    const layers = exportableLayers(ctrl);
    if (!layers.length) return html`<p class="hint">${pick(S.noLayers, lang)}</p>`;
    const current = layers.find((l) => l.id === this.layerId) ?? layers.find((l) => l.source !== 'plan') ?? layers[0];
    const fc = layerFeatures(ctrl, current.id);
    const suggested = suggestedExportCrs(fc ? bboxOf(fc) : null);
    const title = pick(current.title, lang);
    const r = this.result;
    return html`
      <label class="field"><span>${pick(S.layer, lang)}</span>
        <select data-field="layer" @change=${(e: Event) => { this.layerId = (e.target as HTMLSelectElement).value; this.name = ''; this.result = undefined; }}>
          ${SOURCES.map((src) => {
            const group = layers.filter((l) => l.source === src);
            return group.length ? html`<optgroup label=${pick(S[src], lang)}>${group.map((l) => html`<option .value=${l.id} ?selected=${l.id === current.id}>${pick(l.title, lang)} · ${fmt(S.count, lang, { n: l.count })}</option>`)}</optgroup>` : nothing;
          })}
        </select></label>
      ${current.source === 'plan' ? html`<p class="hint">${pick(S.schematic, lang)}</p>` : nothing}
      <fieldset><legend>${pick(S.format, lang)}</legend>
        ${FORMATS.map((f) => html`<label class="choice"><input type="radio" name="format" data-format=${f} .checked=${this.format === f} @change=${() => (this.format = f)} />${pick(S[f], lang)}</label>`)}
      </fieldset>
      <fieldset><legend>${pick(S.crs, lang)}</legend>
        ${suggested.map((c) => html`<label class="choice"><input type="radio" name="crs" data-crs=${c.id} .checked=${this.crs === c.id && !this.moreCrs} @change=${() => { this.crs = c.id; this.moreCrs = false; }} />${c.id} · ${pick(c.name, lang)}</label>`)}
        <label class="choice"><input type="radio" name="crs" .checked=${this.moreCrs} @change=${() => (this.moreCrs = true)} />${pick(S.moreCrs, lang)}</label>
        ${this.moreCrs ? html`<plan-crs-picker export-only .value=${this.crs} @plan-crs-change=${(e: CustomEvent<{ id: string }>) => (this.crs = e.detail.id)}></plan-crs-picker>` : nothing}
        <p class="hint">${pick(S.crsNote, lang)}</p>
      </fieldset>
      ${this.format === 'shapefile' ? html`<label class="field"><span>${pick(S.encoding, lang)}</span>
        <select data-field="encoding" @change=${(e: Event) => (this.encoding = (e.target as HTMLSelectElement).value as 'utf-8' | 'gbk')}>
          <option value="utf-8" ?selected=${this.encoding === 'utf-8'}>${pick(S.utf8, lang)}</option>
          <option value="gbk" ?selected=${this.encoding === 'gbk'}>${pick(S.gbk, lang)}</option>
        </select></label>` : nothing}
      <label class="field"><span>${pick(S.name, lang)}</span>
        <input type="text" data-field="name" .value=${this.name || exportName(title, this.crs)} @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)} /></label>
      <div class="row"><button part="export-button" class="primary" data-action="export" @click=${() => this.run(current.id, this.name || exportName(title, this.crs))}>${pick(S.export, lang)}</button></div>
      <div aria-live="polite">
        ${r && 'files' in r ? html`<div class="msg ok"><p>${pick(S.done, lang)}</p><ul class="bullets">${r.files.map((f) => html`<li class="num">${f.name}（${(f.size / 1024).toFixed(1)} KB）</li>`)}</ul></div>
          ${r.warnings.length ? html`<div class="msg warn"><ul class="bullets">${r.warnings.map((w) => html`<li data-code=${w.code}>${pick(w.text, lang)}</li>`)}</ul></div>` : nothing}` : nothing}
        ${r && 'error' in r ? html`<div class="msg error" role="alert"><p>${pick(S.failed, lang)}${pick(r.error.text, lang)}</p><p>${pick(r.error.hint, lang)}</p></div>` : nothing}
      </div>
    `;
  }

  private run(layerId: string, name: string): void {
    const ctrl = this.controller;
    const fc = ctrl && layerFeatures(ctrl, layerId);
    if (!fc) return;
    try {
      const files = exportLayer(fc as WgsFeatureCollection, this.format, { name, crs: this.crs, encoding: this.encoding });
      for (const f of files) downloadBlob(new Blob([f.bytes as BlobPart], { type: f.mimeType }), f.fileName);
      this.result = { files: files.map((f) => ({ name: f.fileName, size: f.bytes.length })), warnings: files.flatMap((f) => f.warnings) };
      fire<PlanExportDoneDetail>(this, 'plan-export-done', { layerId, files: files.map((f) => f.fileName) });
    } catch (e) {
      const text = e instanceof IoError ? e.text : { zh: String((e as Error)?.message ?? e), en: String((e as Error)?.message ?? e) };
      const hint = e instanceof IoError ? e.hint : { zh: '请换一种格式或坐标系再试。', en: 'Try another format or coordinate system.' };
      this.result = { error: { text, hint } };
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-export': PlanExport;
  }
}
