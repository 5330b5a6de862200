import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { IoError } from '../io/errors';
import type { ProjectProblem } from '../io/project/validate';
import type { I18nText } from '../io/types';
import { pick } from '../i18n/lang';
import { fmt } from '../i18n/strings/format';
import { S } from '../i18n/strings/project';
import { bboxOf } from '../io-ui/export-choices';
import { persistenceFor, type Persistence } from '../io-ui/persistence';
import { openProjectFile, projectFileBytes } from '../io-ui/project-open';
import { SKETCH_KIND_TITLE, workFor, type WorkLayer } from '../io-ui/user-work';
import type { GeometryKind } from '../manifest/types';
import type { PlanLayerRequestDetail, PlanProjectChangeDetail } from './data-events';
import { dataToolStyles } from './data-tools-styles';
import { planElement } from './define';
import { downloadBlob } from './download-blob';
import { MapConsumer } from './map-consumer';
import { uiStyles } from './ui-styles';
import { fire } from './workspace-events';

type Message = { kind: 'ok'; text: string } | { kind: 'error'; text: I18nText; hint: I18nText; problems: ProjectProblem[] };

/**
 * The planner's own data at a glance and the project file: lists imported
 * layers, analysis results and sketches (style, export, zoom, remove) and
 * raster overlays (show, opacity, remove); exports everything as one
 * project file and opens one (all or nothing, with every problem listed);
 * says whether work is being saved in this browser.
 *
 * @fires plan-open-style - the user asked to style a layer; `detail: { layerId }`
 * @fires plan-open-export - the user asked to export a layer; `detail: { layerId }`
 * @fires plan-project-change - a project file was opened or saved; `detail: { action, layers }`
 * @csspart layers - the list of the planner's layers
 * @cssprop --plan-accent - primary button colour
 */
@planElement('plan-project')
export class PlanProject extends MapConsumer {
  static override styles = [uiStyles, dataToolStyles];

  @state() private message?: Message;
  private persist?: Persistence;
  private readonly onStatus = () => this.requestUpdate();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.persist?.removeEventListener('status', this.onStatus);
    this.persist = undefined;
  }

  protected override controllerChanged(): void {
    const p = persistenceFor(this.controller);
    if (p === this.persist) return;
    this.persist?.removeEventListener('status', this.onStatus);
    this.persist = p;
    p?.addEventListener('status', this.onStatus);
  }

  override render() {
    const lang = this.uiLang;
    const ctrl = this.controller;
    if (!ctrl) return nothing;
    const work = workFor(ctrl);
    const layers = work.layers();
    const sketchIds = (['point', 'line', 'polygon'] as const).map((g) => `sketches-${g}`).filter((id) => work.data(id));
    const total = layers.length + sketchIds.length;
    const p = persistenceFor(ctrl);
    const status = !p ? S.notBound : p.status === 'unavailable' ? S.unavailable : p.status === 'saving' ? S.saving : p.status === 'restoring' || p.status === 'opening' ? S.restoring : S.saved;
    const m = this.message;
    return html`
      <h3>${fmt(S.myLayers, lang, { n: total })}</h3>
      ${total ? html`<ul class="list" part="layers">
        ${layers.map((l) => this.renderLayer(l))}
        ${sketchIds.map((id) => this.renderRow(id, pick(SKETCH_KIND_TITLE[id.slice(9) as GeometryKind], lang), S.sketch, work.data(id)?.features.length ?? 0, false))}
      </ul>` : html`<p class="hint">${pick(S.none, lang)}</p>`}
      ${work.rasters.length ? html`<h3>${pick(S.rasters, lang)}</h3><ul class="list">${work.rasters.map((r) => html`<li data-raster=${r.id}>
        <div>${r.name}</div>
        <div class="row">
          <label class="row"><input type="checkbox" .checked=${r.visible} @change=${(e: Event) => work.addRaster({ ...r, visible: (e.target as HTMLInputElement).checked })} />${pick(S.show, lang)}</label>
          <label class="row grow">${pick(S.opacity, lang)}<input type="range" min="0" max="1" step="0.05" .value=${String(r.opacity)} @change=${(e: Event) => work.addRaster({ ...r, opacity: Number((e.target as HTMLInputElement).value) })} /></label>
          <button @click=${() => work.removeRaster(r.id)}>${pick(S.remove, lang)}</button>
        </div></li>`)}</ul>` : nothing}
      <h3>${pick(S.project, lang)}</h3>
      <p class="hint">${pick(S.projectHint, lang)}</p>
      <div class="row">
        <button class="primary" data-action="export-project" @click=${this.exportProject}>${pick(S.exportProject, lang)}</button>
        <button data-action="open-project" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()}>${pick(S.importProject, lang)}</button>
        <input type="file" accept=".json,application/json" hidden @change=${this.onProjectFile} />
      </div>
      <div aria-live="polite">
        ${m?.kind === 'ok' ? html`<p class="msg ok">${m.text}</p>` : nothing}
        ${m?.kind === 'error' ? html`<div class="msg error" role="alert" data-code="project">
          <p><strong>${pick(S.openFailed, lang)}</strong></p><p>${pick(m.text, lang)}</p><p>${pick(m.hint, lang)}</p>
          ${m.problems.length ? html`<details open><summary>${pick(S.problems, lang)}</summary><ul class="bullets">${m.problems.slice(0, 12).map((x) => html`<li><code>${x.path}</code> ${pick(x.text, lang)}</li>`)}</ul></details>` : nothing}
        </div>` : nothing}
      </div>
      <h3>${pick(S.storage, lang)}</h3>
      <p class=${p?.status === 'error' || p?.status === 'unavailable' ? 'msg error' : 'hint'} data-status=${p?.status ?? 'none'}>${pick(status, lang)}${p?.error && p.status === 'error' ? html` ${pick(p.error.text, lang)} ${pick(p.error.hint, lang)}` : nothing}</p>
    `;
  }

  private renderLayer(l: WorkLayer) {
    return this.renderRow(l.id, l.name, l.kind === 'result' ? S.result : S.imported, l.fc.features.length, true);
  }

  private renderRow(id: string, name: string, kind: I18nText, count: number, removable: boolean) {
    const lang = this.uiLang;
    return html`<li data-layer=${id}>
      <div><strong>${name}</strong> <span class="muted">${pick(kind, lang)} · ${fmt(S.features, lang, { n: count })}</span></div>
      <div class="row">
        <button data-action="style" @click=${() => fire<PlanLayerRequestDetail>(this, 'plan-open-style', { layerId: id })}>${pick(S.style, lang)}</button>
        <button data-action="export" @click=${() => fire<PlanLayerRequestDetail>(this, 'plan-open-export', { layerId: id })}>${pick(S.export, lang)}</button>
        <button data-action="zoom" @click=${() => this.zoom(id)}>${pick(S.zoom, lang)}</button>
        ${removable ? html`<button data-action="remove" @click=${() => this.removeLayer(id, name)}>${pick(S.remove, lang)}</button>` : nothing}
      </div></li>`;
  }

  private zoom(id: string): void {
    const ctrl = this.controller;
    const fc = ctrl && workFor(ctrl).data(id);
    const b = fc && bboxOf(fc as GeoJSON.FeatureCollection);
    if (b) ctrl?.map?.fitBounds([[b[0], b[1]], [b[2], b[3]]], { padding: 60, maxZoom: 15 });
  }

  private removeLayer(id: string, name: string): void {
    const ctrl = this.controller;
    if (ctrl && confirm(fmt(S.confirmRemove, this.uiLang, { name }))) workFor(ctrl).remove(id);
  }

  private exportProject = (): void => {
    const ctrl = this.controller;
    if (!ctrl) return;
    try {
      const bytes = projectFileBytes(ctrl);
      const name = `卢氏规划一张图-项目-${new Date().toISOString().slice(0, 10)}.json`;
      downloadBlob(new Blob([bytes as BlobPart], { type: 'application/json' }), name);
      this.message = { kind: 'ok', text: fmt(S.exported, this.uiLang, { name }) };
      fire<PlanProjectChangeDetail>(this, 'plan-project-change', { action: 'exported', layers: workFor(ctrl).layers().length });
    } catch (e) {
      this.showError(e);
    }
  };

  private onProjectFile = async (e: Event): Promise<void> => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const ctrl = this.controller;
    if (!file || !ctrl) return;
    const work = workFor(ctrl);
    if ((work.layers().length || work.sketches.length) && !confirm(pick(S.confirmReplace, this.uiLang))) return;
    try {
      const r = await openProjectFile(ctrl, new Uint8Array(await file.arrayBuffer()));
      const text = fmt(S.opened, this.uiLang, { layers: r.layers, sketches: r.sketches, results: r.results }) + (r.droppedRasters ? ` ${fmt(S.droppedRasters, this.uiLang, { n: r.droppedRasters })}` : '');
      this.message = { kind: 'ok', text };
      fire<PlanProjectChangeDetail>(this, 'plan-project-change', { action: 'imported', layers: r.layers });
    } catch (err) {
      this.showError(err);
    }
  };

  private showError(e: unknown): void {
    const io = e instanceof IoError ? e : undefined;
    const msg = e instanceof Error ? e.message : String(e);
    this.message = {
      kind: 'error',
      text: io?.text ?? { zh: msg, en: msg },
      hint: io?.hint ?? { zh: '当前数据保持不变。', en: 'Your current data is unchanged.' },
      problems: (io?.details?.problems as ProjectProblem[] | undefined) ?? [],
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-project': PlanProject;
  }
}
