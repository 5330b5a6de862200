import { css, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { pick } from '../i18n/lang';
import { S } from '../i18n/strings/import';
import { bboxOf } from '../io-ui/export-choices';
import { prepareDrop } from '../io-ui/file-bundle';
import { runImportJob, serializeError, type RunHandle } from '../io-ui/import-runner';
import { AUTO_OPTIONS, importReducer, type ImportAction, type ImportJob, type JobInput, type UiImportOptions, type UrlMode } from '../io-ui/import-state';
import { workFor } from '../io-ui/user-work';
import type { PlanImportDoneDetail, PlanImportErrorDetail, PlanLayerRequestDetail } from './data-events';
import { dataToolStyles } from './data-tools-styles';
import { planElement } from './define';
import { encodingSelect, renderJob, type JobEdit } from './import-job-view';
import { MapConsumer } from './map-consumer';
import './plan-crs-picker';
import { uiStyles } from './ui-styles';
import { fire } from './workspace-events';

const ACCEPT = '.geojson,.json,.fgb,.zip,.shp,.shx,.dbf,.prj,.cpg,.kml,.gpx,.csv,.tsv,.txt';

/**
 * Brings planners' data onto the map: a file picker (and `importFiles` for
 * drops), a URL field for GeoJSON/FlatGeobuf files, OGC API Features and
 * XYZ/WMTS/WMS raster services, and the CRS and encoding to use. Files are
 * read in the import Web Worker with a progress bar and Cancel. Each import
 * is listed with what was detected (CRS and its source, encoding, CSV
 * columns), warnings, the repair report, and for errors the bilingual
 * message, its hint and one-click fixes ("choose a CRS", "swap X/Y",
 * "repair geometry"). A failed import changes nothing on the map.
 *
 * @fires plan-import-done - layers were added; `detail: { name, layerIds, rasterId? }`
 * @fires plan-import-error - an import failed; `detail: { name, code }`
 * @fires plan-open-style - the user asked to style an imported layer; `detail: { layerId }`
 * @csspart picker - the file picker button
 * @csspart jobs - the list of imports
 * @cssprop --plan-accent - primary button colour
 */
@planElement('plan-import')
export class PlanImport extends MapConsumer {
  static override styles = [
    uiStyles,
    dataToolStyles,
    css`
      .job {
        border: 1px solid var(--plan-border, #dde1e6);
        border-radius: var(--plan-radius, 4px);
        padding: 0.35rem 0.5rem;
        margin: 0.4rem 0;
      }
      .picker {
        border-top: 1px dashed var(--plan-border, #c9ced6);
        margin-top: 0.3rem;
        padding-top: 0.3rem;
      }
    `,
  ];

  @state() private jobs: ImportJob[] = [];
  @state() private options: UiImportOptions = { ...AUTO_OPTIONS };
  @state() private edits = new Map<number, JobEdit>();
  @state() private url = '';
  @state() private urlMode: UrlMode = 'auto';
  @query('input[type=file]') private fileInput!: HTMLInputElement;

  private nextId = 1;
  private readonly running = new Map<number, RunHandle>();

  /** Imports dropped or picked files (loose Shapefile parts are zipped together first). */
  async importFiles(files: readonly File[]): Promise<void> {
    const inputs = await prepareDrop([...files]);
    await Promise.all(inputs.map((file) => this.start(this.nextId++, file.name, { kind: 'file', file }, { ...this.options })));
  }

  /** Imports from an address (file, OGC API Features, or raster service). */
  importUrl(url: string, mode: UrlMode = 'auto'): Promise<void> {
    return this.start(this.nextId++, url, { kind: 'url', url, mode }, { ...this.options });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const r of this.running.values()) r.cancel();
    this.running.clear();
  }

  override render() {
    const lang = this.uiLang;
    return html`
      <section>
        <div class="row">
          <button part="picker" class="primary" data-action="pick" @click=${() => this.fileInput.click()}>${pick(S.pickFiles, lang)}</button>
          <span class="hint">${pick(S.dropHere, lang)}</span>
        </div>
        <input type="file" multiple accept=${ACCEPT} hidden @change=${this.onPicked} />
        <p class="hint">${pick(S.formats, lang)}</p>
      </section>
      <details>
        <summary>${pick(S.defaults, lang)}</summary>
        <plan-crs-picker allow-auto .value=${this.options.crs} .suggested=${['EPSG:4546', 'EPSG:4525', 'EPSG:4490', 'EPSG:4326', 'GCJ02', 'BD09']}
          @plan-crs-change=${(e: CustomEvent<{ id: string }>) => (this.options = { ...this.options, crs: e.detail.id })}></plan-crs-picker>
        ${encodingSelect(this.options.encoding, lang, (v) => (this.options = { ...this.options, encoding: v }))}
      </details>
      <section>
        <h3>${pick(S.url, lang)}</h3>
        <form class="row" @submit=${this.onUrl}>
          <input class="grow" type="text" inputmode="url" .value=${this.url} placeholder=${pick(S.urlPlaceholder, lang)} aria-label=${pick(S.urlField, lang)}
            @input=${(e: Event) => (this.url = (e.target as HTMLInputElement).value)} />
          <select aria-label=${pick(S.urlType, lang)} @change=${(e: Event) => (this.urlMode = (e.target as HTMLSelectElement).value as UrlMode)}>
            ${(['auto', 'file', 'ogc', 'raster'] as UrlMode[]).map((m) => html`<option .value=${m} ?selected=${m === this.urlMode}>${pick(m === 'auto' ? S.urlAuto : m === 'file' ? S.urlFile : m === 'ogc' ? S.urlOgc : S.urlRaster, lang)}</option>`)}
          </select>
          <button type="submit">${pick(S.urlAdd, lang)}</button>
        </form>
      </section>
      ${this.jobs.length
        ? html`<section aria-live="polite"><h3>${pick(S.jobs, lang)}</h3><ul part="jobs">${this.jobs.map((j) => renderJob(j, this.context(j)))}</ul></section>`
        : nothing}
    `;
  }

  private context(job: ImportJob) {
    return {
      lang: this.uiLang,
      edit: this.edits.get(job.id),
      cancel: () => this.running.get(job.id)?.cancel(),
      retry: (patch: Partial<UiImportOptions>) => void this.start(job.id, job.name, job.input, { ...job.options, ...patch }),
      dismiss: () => this.dispatch({ type: 'dismiss', id: job.id }),
      openPicker: (p: JobEdit['pick']) => {
        // Start from what was used: the chosen options, else what detection found.
        const r = job.reports[0];
        const cols = job.reports.find((x) => x.csv)?.csv?.columns;
        const crs = job.options.crs !== 'auto' ? job.options.crs : r && r.crs.id !== 'WKT' ? r.crs.id : 'auto';
        const detectedEnc = r?.encoding?.name.toLowerCase();
        const encoding = job.options.encoding !== 'auto' ? job.options.encoding : detectedEnc && ['utf-8', 'gbk', 'gb18030'].includes(detectedEnc) ? detectedEnc : 'auto';
        this.setEdit(job.id, { pick: p, crs, encoding, csv: { x: cols?.x, y: cols?.y } });
      },
      setEdit: (patch: Partial<JobEdit>) => {
        const e = this.edits.get(job.id);
        if (e) this.setEdit(job.id, { ...e, ...patch });
      },
      applyEdit: () => {
        const e = this.edits.get(job.id);
        if (!e) return;
        const patch: Partial<UiImportOptions> = e.pick === 'crs' ? { crs: e.crs, encoding: e.encoding } : e.pick === 'encoding' ? { encoding: e.encoding } : { csv: { x: e.csv.x, y: e.csv.y } };
        this.setEdit(job.id, undefined);
        void this.start(job.id, job.name, job.input, { ...job.options, ...patch });
      },
      style: (layerId: string) => fire<PlanLayerRequestDetail>(this, 'plan-open-style', { layerId }),
      zoom: (ids: string[]) => this.zoomTo(ids),
    };
  }

  private setEdit(id: number, edit: JobEdit | undefined): void {
    const next = new Map(this.edits);
    if (edit) next.set(id, edit);
    else next.delete(id);
    this.edits = next;
  }

  private dispatch(a: ImportAction): void {
    this.jobs = importReducer(this.jobs, a);
  }

  private async start(id: number, name: string, input: JobInput, options: UiImportOptions): Promise<void> {
    const ctrl = this.controller;
    if (!ctrl) return;
    this.running.get(id)?.cancel();
    this.dispatch({ type: 'start', id, name, input, options });
    const job = this.jobs.find((j) => j.id === id)!;
    const run = runImportJob(ctrl, job, (progress) => this.dispatch({ type: 'progress', id, progress }), () => this.mapPadding());
    this.running.set(id, run);
    try {
      const { reports, rasterId } = await run.promise;
      if (this.running.get(id) !== run) return;
      this.dispatch({ type: 'done', id, reports, rasterId });
      fire<PlanImportDoneDetail>(this, 'plan-import-done', { name, layerIds: reports.flatMap((r) => r.layerIds), ...(rasterId ? { rasterId } : {}) });
    } catch (e) {
      if (this.running.get(id) !== run) return;
      const error = serializeError(e);
      if (error.code === 'CANCELLED') this.dispatch({ type: 'cancelled', id });
      else {
        this.dispatch({ type: 'failed', id, error });
        fire<PlanImportErrorDetail>(this, 'plan-import-error', { name, code: error.code });
      }
    } finally {
      if (this.running.get(id) === run) this.running.delete(id);
    }
  }

  /** Padding that keeps zoomed-to data clear of this panel where it floats over the map. */
  private mapPadding() {
    const pad = { top: 60, bottom: 60, left: 60, right: 60 };
    const canvas = this.controller?.map?.getContainer().getBoundingClientRect();
    const me = this.getBoundingClientRect();
    if (!canvas || me.width === 0 || me.left <= canvas.left || me.left >= canvas.right) return pad;
    const right = canvas.right - me.left + 30;
    return canvas.width - right > 240 ? { ...pad, right } : pad;
  }

  private zoomTo(ids: string[]): void {
    const ctrl = this.controller;
    if (!ctrl?.map) return;
    const features = ids.flatMap((id) => (workFor(ctrl).data(id)?.features ?? []) as GeoJSON.Feature[]);
    const box = bboxOf({ type: 'FeatureCollection', features });
    if (box) ctrl.map.fitBounds([[box[0], box[1]], [box[2], box[3]]], { padding: this.mapPadding(), maxZoom: 15 });
  }

  private onPicked = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) void this.importFiles(files);
  };

  private onUrl = (e: Event): void => {
    e.preventDefault();
    const url = this.url.trim();
    if (url) void this.importUrl(url, this.urlMode);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-import': PlanImport;
  }
}
