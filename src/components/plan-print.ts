import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pick } from '../i18n/lang';
import { fmt } from '../i18n/strings/format';
import { S } from '../i18n/strings/plan-print';
import { planElement } from './define';
import { downloadBlob } from './download-blob';
import { MapConsumer } from './map-consumer';
import { captureMap } from './print/capture-map';
import { composeSheet, type SheetLayout } from './print/compose-sheet';
import { printSheet } from './print/print-view';
import { loadSheetFont } from './print/sheet-font';
import { sheetInput } from './print/sheet-input';
import { sheetFileName } from './print/sheet-text';
import type { PlanPrintDoneDetail, PlanToolCloseDetail } from './tool-events';
import { toolPanelStyles } from './tool-panel-styles';
import { uiStyles } from './ui-styles';
import { fire } from './workspace-events';

/** A composed sheet: the PNG and where its furniture went. */
export interface PrintedSheet {
  blob: Blob;
  fileName: string;
  layout: SheetLayout;
}

/**
 * Exports the current map as a PNG sheet with the furniture of a Chinese
 * planning map — title (editable, default the manifest title), legend of the
 * visible layers (manifest styles), scale bar at the centre latitude, north
 * arrow, data-source and 示意 notes, date and an optional 审图号 — and prints
 * the same sheet through a print view. The sheet is composed on a canvas at
 * the map's device resolution, with the bundled Noto Sans SC so Chinese
 * renders without system fonts. Saved as `卢氏县规划图-YYYYMMDD.png` (the
 * county taken from the manifest title).
 *
 * @fires plan-print-done - a sheet was saved or sent to print; `detail: { fileName, width, height, action }`
 * @fires plan-tool-close - the close button was pressed; `detail: { tool: 'print' }`
 * @csspart panel - the panel box
 * @csspart preview - the preview image of the last sheet
 * @cssprop --plan-tool-width - panel width (default 300px)
 * @cssprop --plan-surface - panel background
 * @cssprop --plan-accent - primary button colour
 */
@planElement('plan-print')
export class PlanPrint extends MapConsumer {
  static override styles = [
    uiStyles,
    toolPanelStyles,
    css`
      .preview {
        display: block;
        width: 100%;
        margin-top: 0.4rem;
        border: 1px solid var(--plan-border, #c9ced6);
      }
      .check {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        font-size: 0.9em;
      }
    `,
  ];

  /** Sheet title; the manifest title (in the UI language) until the user edits it. */
  @property({ attribute: 'sheet-title' }) sheetTitle?: string;
  /** Map review number (审图号) printed under the map when given. */
  @property({ attribute: 'review-number' }) reviewNumber = '';
  /** Whether the sheet carries a legend. */
  @property({ type: Boolean }) legend = true;

  @state() private busy = false;
  @state() private message = '';
  @state() private failed = false;
  @state() private previewUrl?: string;

  /** The last composed sheet (read-only). */
  lastSheet?: PrintedSheet;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
    this.previewUrl = undefined;
  }

  override render() {
    const lang = this.uiLang;
    const ready = this.controller?.status === 'ready';
    return html`<section class="panel" part="panel" aria-label=${pick(S.title, lang)} aria-busy=${this.busy ? 'true' : 'false'}>
      <header>
        <h2>${pick(S.title, lang)}</h2>
        <button class="icon" aria-label=${pick(S.close, lang)} title=${pick(S.close, lang)} @click=${this.onClose}>✕</button>
      </header>
      <label class="field">${pick(S.mapTitle, lang)}
        <input type="text" name="title" maxlength="80" .value=${this.title_()} @input=${(e: Event) => (this.sheetTitle = (e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">${pick(S.reviewNo, lang)}
        <input type="text" name="review" maxlength="40" placeholder=${pick(S.reviewPlaceholder, lang)} .value=${this.reviewNumber}
          @input=${(e: Event) => (this.reviewNumber = (e.target as HTMLInputElement).value)} />
      </label>
      <label class="check"><input type="checkbox" name="legend" .checked=${this.legend} @change=${(e: Event) => (this.legend = (e.target as HTMLInputElement).checked)} />
        ${pick(S.showLegend, lang)}</label>
      <div class="row">
        <button class="primary" data-action="png" ?disabled=${!ready || this.busy} @click=${() => this.run('png')}>⤓ ${pick(S.png, lang)}</button>
        <button data-action="print" ?disabled=${!ready || this.busy} @click=${() => this.run('print')}>🖶 ${pick(S.print, lang)}</button>
      </div>
      <p class="status ${this.failed ? 'error' : ''}" role="status" aria-live="polite">${ready ? this.message : pick(S.noMap, lang)}</p>
      ${this.previewUrl ? html`<img class="preview" part="preview" src=${this.previewUrl} alt=${pick(S.preview, lang)} />` : nothing}
    </section>`;
  }

  /**
   * Composes the sheet from the map as it is now. Rejects with a
   * `MapCaptureError` when the map cannot draw (not loaded, no WebGL).
   */
  async compose(): Promise<PrintedSheet> {
    const ctrl = this.controller;
    const map = ctrl?.map;
    if (!ctrl || !map || ctrl.status !== 'ready') throw new Error(pick(S.noMap, this.uiLang));
    const lang = this.uiLang;
    const date = new Date();
    const input = sheetInput(ctrl, { title: this.title_(), review: this.reviewNumber, legend: this.legend, lang, date });
    const text = [input.title, input.legendTitle, input.north, input.date, input.review ?? '', input.schematicRow ?? '', ...input.notes,
      ...(input.legend ?? []).flatMap((l) => [l.title, ...l.rows.map((r) => r.label)]), '0123456789.米公里km'].join('');
    await loadSheetFont(text);
    const image = await captureMap(map);
    const pixelRatio = image.width / map.getCanvas().clientWidth || window.devicePixelRatio || 1;
    const { canvas, layout } = composeSheet({ ...input, map: image, pixelRatio });
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
    const titleZh = ctrl.data ? pick(ctrl.data.manifest.title, 'zh') : input.title;
    this.lastSheet = { blob, fileName: sheetFileName(titleZh, date), layout };
    return this.lastSheet;
  }

  /** Composes and downloads the PNG. */
  exportPng(): Promise<void> {
    return this.run('png');
  }

  /** Composes the sheet and opens the browser's print dialog with it. */
  print(): Promise<void> {
    return this.run('print');
  }

  private title_(): string {
    return this.sheetTitle ?? (this.controller?.data ? pick(this.controller.data.manifest.title, this.uiLang) : '');
  }

  private async run(action: 'png' | 'print'): Promise<void> {
    if (this.busy) return;
    const lang = this.uiLang;
    this.busy = true;
    this.failed = false;
    this.message = pick(S.working, lang);
    try {
      const sheet = await this.compose();
      if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
      this.previewUrl = URL.createObjectURL(sheet.blob);
      if (action === 'png') downloadBlob(sheet.blob, sheet.fileName);
      else await printSheet(this.previewUrl, this.title_());
      this.message = fmt(S.done, lang, { name: sheet.fileName });
      fire<PlanPrintDoneDetail>(this, 'plan-print-done', { fileName: sheet.fileName, width: sheet.layout.width, height: sheet.layout.height, action });
    } catch (e) {
      this.failed = true;
      this.message = fmt(S.failed, lang, { msg: (e as Error).message });
    } finally {
      this.busy = false;
    }
  }

  private onClose = (): void => {
    fire<PlanToolCloseDetail>(this, 'plan-tool-close', { tool: 'print' });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-print': PlanPrint;
  }
}
