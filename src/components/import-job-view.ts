/**
 * How one import job reads in `<plan-import>`: progress and Cancel while it
 * runs; the error (both languages), its hint and one-click fixes when it
 * failed; and when it succeeded, what was added, from which CRS and
 * encoding, the CSV columns, warnings, the repair report and follow-up fixes.
 * Every value from the file goes through text bindings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SerializedIoError } from '../io/errors';
import type { I18nText } from '../io/types';
import { pick, type Lang } from '../i18n/lang';
import { CRS_SOURCE } from '../i18n/strings/crs-picker';
import { fmt } from '../i18n/strings/format';
import { ENCODING_SOURCE, S } from '../i18n/strings/import';
import { reportChoices, retryChoices, type FixChoice, type ImportJob, type LayerReport, type UiImportOptions } from '../io-ui/import-state';

/** A picker opened from a fix button, with the values chosen so far. */
export interface JobEdit {
  pick: 'crs' | 'csv' | 'encoding';
  crs: string;
  encoding: string;
  csv: { x?: string; y?: string };
}

export interface JobViewContext {
  lang: Lang;
  edit?: JobEdit;
  cancel(): void;
  retry(patch: Partial<UiImportOptions>): void;
  dismiss(): void;
  openPicker(pick: JobEdit['pick']): void;
  setEdit(patch: Partial<JobEdit>): void;
  applyEdit(): void;
  style(layerId: string): void;
  zoom(layerIds: string[]): void;
}

const other = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/** A message in the UI language with the other language below it. */
function bilingual(text: I18nText, lang: Lang, cls = ''): TemplateResult {
  return html`<p class=${cls}>${pick(text, lang)}</p><p class="other" lang=${other(lang) === 'zh' ? 'zh-CN' : 'en'}>${pick(text, other(lang))}</p>`;
}

function fixButtons(choices: FixChoice[], ctx: JobViewContext): TemplateResult | typeof nothing {
  if (!choices.length) return nothing;
  return html`<div class="row" role="group" aria-label=${pick(S.fixes, ctx.lang)}>
    ${choices.map((c) => html`<button data-fix=${c.key} @click=${() => (c.pick ? ctx.openPicker(c.pick) : ctx.retry(c.patch ?? {}))}>${pick(c.label, ctx.lang)}</button>`)}
  </div>`;
}

function progressView(job: ImportJob, ctx: JobViewContext): TemplateResult {
  const p = job.progress;
  const phase = p?.phase === 'parsing' ? S.parsing : p?.phase === 'checking' ? S.checking : S.reading;
  const frac = p?.loadedBytes !== undefined && p.totalBytes ? p.loadedBytes / p.totalBytes : undefined;
  return html`
    <p>${pick(phase, ctx.lang)}${p?.features ? html` · ${fmt(S.features, ctx.lang, { n: p.features })}` : nothing}</p>
    ${frac !== undefined ? html`<progress max="1" .value=${frac} aria-label=${pick(phase, ctx.lang)}></progress>` : html`<progress aria-label=${pick(phase, ctx.lang)}></progress>`}
    <div class="row"><button data-action="cancel" @click=${ctx.cancel}>${pick(S.cancel, ctx.lang)}</button></div>
  `;
}

function errorView(error: SerializedIoError, ctx: JobViewContext): TemplateResult {
  return html`
    <div class="msg error" role="alert" data-code=${error.code}>
      <p><strong>${pick(S.failed, ctx.lang)}</strong></p>
      ${bilingual(error.text, ctx.lang, 'error-text')}
      <p><strong>${pick(S.what, ctx.lang)}</strong>${pick(error.hint, ctx.lang)}</p>
      <p class="other">${pick(error.hint, other(ctx.lang))}</p>
    </div>
    ${fixButtons(retryChoices(error), ctx)}
  `;
}

/** The picker a fix button opened (CRS list, encoding, CSV columns) and its "import again" button. */
function pickerView(job: ImportJob, ctx: JobViewContext): TemplateResult | typeof nothing {
  const e = ctx.edit;
  if (!e) return nothing;
  const lang = ctx.lang;
  const headers = job.reports.find((r) => r.csv)?.csv?.headers ?? (job.error?.details?.headers as string[] | undefined) ?? [];
  const detected = job.reports[0]?.crs;
  let body: TemplateResult;
  if (e.pick === 'crs') {
    body = html`<plan-crs-picker allow-auto .value=${e.crs} .detected=${detected ? { id: detected.id, source: detected.source } : undefined}
      .suggested=${((job.error?.details?.suggestions as { crs: string }[] | undefined) ?? []).map((s) => s.crs).concat(['EPSG:4546', 'EPSG:4525', 'EPSG:4490', 'GCJ02'])}
      @plan-crs-change=${(ev: CustomEvent<{ id: string }>) => ctx.setEdit({ crs: ev.detail.id })}></plan-crs-picker>
      ${job.reports.some((r) => r.encoding) || job.input.kind === 'file' ? encodingSelect(e.encoding, lang, (v) => ctx.setEdit({ encoding: v })) : nothing}`;
  } else if (e.pick === 'encoding') {
    body = encodingSelect(e.encoding, lang, (v) => ctx.setEdit({ encoding: v }));
  } else {
    const sel = (label: I18nText, value: string | undefined, set: (v: string) => void) => html`<label class="field"><span>${pick(label, lang)}</span>
      <select @change=${(ev: Event) => set((ev.target as HTMLSelectElement).value)}>${headers.map((h) => html`<option .value=${h} ?selected=${h === value}>${h}</option>`)}</select></label>`;
    body = html`<div class="row">${sel(S.csvX, e.csv.x, (x) => ctx.setEdit({ csv: { ...e.csv, x } }))}${sel(S.csvY, e.csv.y, (y) => ctx.setEdit({ csv: { ...e.csv, y } }))}</div>`;
  }
  return html`<div class="picker">${body}<div class="row"><button class="primary" data-action="apply-pick" @click=${ctx.applyEdit}>${pick(e.pick === 'csv' ? S.csvApply : S.retry, lang)}</button></div></div>`;
}

/** Encoding choices (automatic, UTF-8, GBK, GB18030). */
export function encodingSelect(value: string, lang: Lang, set: (v: string) => void): TemplateResult {
  const options: [string, string][] = [['auto', pick(S.encAuto, lang)], ['utf-8', 'UTF-8'], ['gbk', 'GBK'], ['gb18030', 'GB18030']];
  return html`<label class="field"><span>${pick(S.encoding, lang)}</span>
    <select data-field="encoding" @change=${(ev: Event) => set((ev.target as HTMLSelectElement).value)}>
      ${options.map(([v, label]) => html`<option .value=${v} ?selected=${v === value}>${label}</option>`)}
    </select></label>`;
}

function reportView(r: LayerReport, job: ImportJob, ctx: JobViewContext): TemplateResult {
  const lang = ctx.lang;
  const src = (CRS_SOURCE as Record<string, I18nText>)[r.crs.source];
  const enc = r.encoding ? (ENCODING_SOURCE as Record<string, I18nText>)[r.encoding.source] : undefined;
  const warnings = r.warnings.filter((w) => w.code !== 'CSV_COLUMNS_USED');
  return html`<li class="report" data-layer=${r.layerIds.join(' ')}>
    <div class="msg ok" role="status"><p>${fmt(S.added, lang, { name: r.name, n: r.count })}</p></div>
    <p>${fmt(S.crsLine, lang, { name: pick(r.crs.name, lang), id: r.crs.id })}
      <span class="muted">· ${fmt(S.crsFrom, lang, { source: src ? pick(src, lang) : r.crs.source })}</span>
      ${r.crs.approximateDatum ? html`<span class="badge schematic">${pick(S.approx, lang)}</span>` : nothing}</p>
    ${r.encoding ? html`<p>${fmt(S.encLine, lang, { name: r.encoding.name.toUpperCase(), source: enc ? pick(enc, lang) : r.encoding.source })}</p>` : nothing}
    ${r.csv ? html`<p>${r.csv.columns.xy ? fmt(S.csvPair, lang, { xy: r.csv.columns.xy }) : fmt(S.csvLine, lang, { x: r.csv.columns.x ?? '?', y: r.csv.columns.y ?? '?' })}
      <button class="link" data-fix="pick:csv" @click=${() => ctx.openPicker('csv')}>${pick(S.changeColumns, lang)}</button></p>` : nothing}
    ${r.offsetHint ? html`<div class="msg warn"><p><strong>${pick(S.offset, lang)}</strong> ${pick(r.offsetHint.reason, lang)}</p></div>` : nothing}
    ${warnings.length ? html`<details ?open=${warnings.length <= 3}><summary>${fmt(S.warnings, lang, { n: warnings.length })}</summary>
      <ul class="bullets">${warnings.map((w) => html`<li data-code=${w.code}>${pick(w.text, lang)}</li>`)}</ul></details>` : nothing}
    ${r.repairs.length ? html`<details class="repairs"><summary>${fmt(S.repairs, lang, { n: r.repairs.length })}</summary>
      <ul class="bullets">${r.repairs.map((rep) => html`<li>${rep.featureLabel ?? fmt(S.featureN, lang, { n: rep.featureIndex + 1 })}：${rep.actions.map((a) => pick(a.text, lang)).join('；')}</li>`)}</ul></details>` : nothing}
    ${fixButtons(reportChoices(r, job.options), ctx)}
    <div class="row">
      ${r.layerIds.map((id) => html`<button data-action="style" data-layer=${id} @click=${() => ctx.style(id)}>${pick(S.style, lang)}</button>`)}
      <button data-action="zoom" @click=${() => ctx.zoom(r.layerIds)}>${pick(S.zoom, lang)}</button>
      <button class="link" @click=${() => ctx.openPicker('crs')}>${pick(S.change, lang)}</button>
    </div>
  </li>`;
}

/** One job card. */
export function renderJob(job: ImportJob, ctx: JobViewContext): TemplateResult {
  const lang = ctx.lang;
  return html`<li class="job" data-job=${job.id} data-phase=${job.phase} aria-busy=${job.phase === 'running' ? 'true' : 'false'}>
    <div class="row"><strong class="grow">${job.name}</strong>
      ${job.phase !== 'running' ? html`<button class="icon" title=${pick(S.dismiss, lang)} aria-label=${pick(S.dismiss, lang)} @click=${ctx.dismiss}>×</button>` : nothing}</div>
    ${job.phase === 'running' ? progressView(job, ctx) : nothing}
    ${job.phase === 'failed' && job.error ? errorView(job.error, ctx) : nothing}
    ${job.phase === 'cancelled' ? html`<p class="msg warn">${pick(S.cancelled, lang)}</p><div class="row"><button @click=${() => ctx.retry({})}>${pick(S.retry, lang)}</button></div>` : nothing}
    ${job.phase === 'done' && job.rasterId ? html`<p class="msg ok" role="status">${pick(S.rasterAdded, lang)}</p>` : nothing}
    ${job.reports.length && job.phase !== 'running' ? html`<ul class="list">${job.reports.map((r) => reportView(r, job, ctx))}</ul>` : nothing}
    ${job.phase !== 'running' ? pickerView(job, ctx) : nothing}
  </li>`;
}
