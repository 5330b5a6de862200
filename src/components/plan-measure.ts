import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pick } from '../i18n/lang';
import { fmt } from '../i18n/strings/format';
import { S } from '../i18n/strings/plan-measure';
import { planElement } from './define';
import { downloadBlob } from './download-blob';
import { MapConsumer } from './map-consumer';
import { formatAreaAll, formatAreaShort, formatLength, lengthUnitFor } from './measure/format';
import { keptFeatures, measurementsGeoJson, measurementsSpec, setKept, MEASUREMENTS_LAYER } from './measure/kept-layer';
import { keptFeature, measure, minPoints, type LngLat, type MeasureMode, type MeasureResult } from './measure/measure-math';
import { MeasureSession } from './measure/measure-session';
import { yyyymmdd } from './print/sheet-text';
import type { PlanMeasureFinishDetail, PlanMeasureModeDetail, PlanToolCloseDetail } from './tool-events';
import { segmentedStyles } from './segmented-styles';
import { toolPanelStyles } from './tool-panel-styles';
import { uiStyles } from './ui-styles';
import { fire } from './workspace-events';

let keptCounter = 0;

/**
 * Measures distance (with per-segment lengths) and area (m², 公顷, 亩, km²
 * and perimeter) on the GRS80 ellipsoid. Click the map to add points;
 * double-click or Enter finishes, Esc clears, Backspace removes the last
 * point; keyboard users pan with the arrow keys and add the point under the
 * centre crosshair (button or Space on the map). The sketch is drawn in the
 * map's own `measure/…` layers while the element is connected. Results can
 * be kept as features of the `measurements` user layer and exported as
 * GeoJSON.
 *
 * @fires plan-measure-finish - a measurement was finished; `detail: PlanMeasureFinishDetail`
 * @fires plan-measure-mode - the user switched distance/area in the panel; `detail: { mode }`
 * @fires plan-tool-close - the close button was pressed; `detail: { tool: 'distance' | 'area' }`
 * @csspart panel - the panel box
 * @csspart results - the result table
 * @csspart kept - the list of kept measurements
 * @cssprop --plan-measure-color - colour of the sketch and kept measurements on the map (default #0b63c5)
 * @cssprop --plan-tool-width - panel width (default 300px)
 * @cssprop --plan-surface - panel background
 * @cssprop --plan-accent - selected mode and primary buttons
 */
@planElement('plan-measure')
export class PlanMeasure extends MapConsumer {
  static override styles = [
    uiStyles,
    segmentedStyles,
    toolPanelStyles,
    css`
      .kept li {
        display: flex;
        gap: 0.4rem;
        align-items: center;
        justify-content: space-between;
        padding: 0.15rem 0;
        border-bottom: 1px solid var(--plan-border, #eceff2);
      }
      .kept {
        margin-top: 0.5rem;
      }
      h3 {
        font-size: 0.9em;
        margin-top: 0.5rem;
      }
    `,
  ];

  /** What is measured: `distance` (a path) or `area` (a polygon). */
  @property({ reflect: true }) mode: MeasureMode = 'distance';

  @state() private points: LngLat[] = [];
  @state() private finished = false;
  @state() private announcement = '';
  @state() private keptVersion = 0;
  private session?: MeasureSession;

  /** The current measurement (read-only): vertices, segment lengths, length/perimeter and area. */
  get result(): MeasureResult {
    return measure(this.points, this.mode);
  }

  /** Kept measurements (features of the `measurements` layer). */
  get kept(): GeoJSON.Feature[] {
    return keptFeatures(this.controller);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopSession();
  }

  protected override controllerChanged(): void {
    const map = this.controller?.map;
    if (this.session && this.session.map !== map) this.stopSession();
    if (!this.session && map && this.controller?.status === 'ready' && this.isConnected) this.startSession();
    // Segment labels follow the UI language.
    else this.session?.redraw();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('mode') && this.session && this.session.mode !== this.mode) this.session.setMode(this.mode);
  }

  override render() {
    const lang = this.uiLang;
    const r = this.result;
    return html`<section class="panel" part="panel" aria-label=${pick(S.title, lang)} @keydown=${this.onPanelKey}>
      <header>
        <h2>${pick(S.title, lang)}</h2>
        <div class="segmented" role="radiogroup" aria-label=${pick(S.mode, lang)}>
          ${(['distance', 'area'] as const).map(
            (m) => html`<button role="radio" aria-checked=${this.mode === m ? 'true' : 'false'} data-mode=${m} @click=${() => this.onMode(m)}>
              ${pick(S[m], lang)}
            </button>`,
          )}
        </div>
        <button class="icon" aria-label=${pick(S.close, lang)} title=${pick(S.close, lang)} @click=${this.onClose}>✕</button>
      </header>
      ${this.controller ? nothing : html`<p class="status error">${pick(S.noMap, lang)}</p>`}
      <p class="hint muted">${pick(this.mode === 'area' ? S.hintArea : S.hintDistance, lang)}</p>
      <details class="hint muted"><summary>${pick(S.keyboard, lang)}</summary>${pick(S.hintKeyboard, lang)}</details>
      <div class="row">
        <button data-action="add-centre" ?disabled=${!this.session} @click=${() => this.session?.addCentre()}>＋ ${pick(S.addCentre, lang)}</button>
        <button data-action="undo" ?disabled=${this.points.length === 0} @click=${() => this.session?.undo()}>↶ ${pick(S.undo, lang)}</button>
        <button data-action="finish" ?disabled=${this.finished || this.points.length < minPoints(this.mode)} @click=${this.finish}>
          ✓ ${pick(S.finish, lang)}
        </button>
        <button data-action="clear" ?disabled=${this.points.length === 0} @click=${() => this.session?.clear()}>${pick(S.cancel, lang)}</button>
      </div>
      ${this.renderResult(r)}
      ${this.renderKept()}
      <p class="hint muted">${pick(S.ellipsoid, lang)}</p>
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  private renderResult(r: MeasureResult) {
    const lang = this.uiLang;
    const n = r.points.length;
    const need = minPoints(this.mode);
    const unit = lengthUnitFor(r.length_m);
    const status = n < need ? fmt(S.needPoints, lang, { n: need }) : this.finished ? pick(S.finished, lang) : fmt(S.points, lang, { n });
    return html`<p class="status" data-state=${this.finished ? 'finished' : 'drawing'}>${status}</p>
      ${r.segments.length
        ? html`<table part="results" class="results">
            ${this.mode === 'area' && n >= 3
              ? html`${formatAreaAll(r.area_m2, lang).map(
                    (a, i) => html`<tr class="total" data-area-unit=${a.unit}>
                      ${i === 0 ? html`<th scope="rowgroup" rowspan="4">${pick(S.areaValue, lang)}</th>` : nothing}<td class="num">${a.text}</td>
                    </tr>`,
                  )}
                  <tr data-perimeter><th scope="row">${pick(S.perimeter, lang)}</th><td class="num">${formatLength(r.length_m, lang, unit)}</td></tr>`
              : nothing}
            ${r.segments.map(
              (s, i) => html`<tr data-segment=${i + 1}><th scope="row">${fmt(S.segment, lang, { i: i + 1 })}</th><td class="num">${formatLength(s, lang, unit)}</td></tr>`,
            )}
            ${this.mode === 'distance'
              ? html`<tr class="total" data-total><th scope="row">${pick(S.total, lang)}</th><td class="num">${formatLength(r.length_m, lang)}</td></tr>`
              : nothing}
          </table>
          <div class="row">
            <button class="primary" data-action="keep" ?disabled=${n < need} @click=${this.keep}>${pick(S.keep, lang)}</button>
          </div>`
        : nothing}`;
  }

  private renderKept() {
    void this.keptVersion;
    const lang = this.uiLang;
    const kept = this.kept;
    if (kept.length === 0) return nothing;
    return html`<h3>${fmt(S.kept, lang, { n: kept.length })}</h3>
      <ul class="kept" part="kept">
        ${kept.map((f) => {
          const p = f.properties ?? {};
          const text = p.kind === 'area' ? formatAreaShort(Number(p.area_m2), lang) : formatLength(Number(p.length_m), lang);
          return html`<li data-id=${String(p.id)}>
            <span>${pick(p.kind === 'area' ? S.area : S.distance, lang)} · ${text}</span>
            <button class="link" @click=${() => this.removeKept(String(p.id))}>${pick(S.remove, lang)}</button>
          </li>`;
        })}
      </ul>
      <div class="row"><button data-action="export" @click=${this.exportGeoJson}>⤓ ${pick(S.exportGeoJson, lang)}</button></div>`;
  }

  /** Adds a vertex at [lon, lat] (as a click would). */
  addPoint(lngLat: [number, number]): void {
    this.session?.add(lngLat);
  }

  /** Finishes the sketch; false when it has too few points. */
  finish = (): boolean => this.session?.finish() ?? false;

  /** Keeps the current measurement as a feature of the `measurements` layer; returns it. */
  keep = (): GeoJSON.Feature | undefined => {
    const ctrl = this.controller;
    const r = this.result;
    if (!ctrl || r.points.length < minPoints(this.mode)) return undefined;
    if (!this.finished) this.session?.finish();
    const value = r.mode === 'area' ? formatAreaShort(r.area_m2, 'zh') : formatLength(r.length_m, 'zh');
    const valueEn = r.mode === 'area' ? formatAreaShort(r.area_m2, 'en') : formatLength(r.length_m, 'en');
    const key = r.mode === 'area' ? S.nameArea : S.nameDistance;
    const created = new Date();
    const f = keptFeature(r, {
      id: `measurement-${created.getTime().toString(36)}-${++keptCounter}`,
      name: fmt(key, 'zh', { v: value }),
      name_en: fmt(key, 'en', { v: valueEn }),
      created,
    });
    setKept(ctrl, [...this.kept, f], measurementsSpec(S.layerTitle, this.color()));
    this.session?.clear();
    this.keptVersion++;
    this.announcement = fmt(S.kept, this.uiLang, { n: this.kept.length });
    return f;
  };

  /** Downloads the kept measurements as `量测结果-YYYYMMDD.geojson`. */
  exportGeoJson = (): void => {
    const kept = this.kept;
    if (kept.length === 0) return;
    downloadBlob(measurementsGeoJson(kept, MEASUREMENTS_LAYER), `${pick(S.layerTitle, 'zh')}-${yyyymmdd(new Date())}.geojson`);
  };

  private removeKept(id: string): void {
    const ctrl = this.controller;
    if (!ctrl) return;
    setKept(ctrl, this.kept.filter((f) => f.properties?.id !== id), measurementsSpec(S.layerTitle, this.color()));
    this.keptVersion++;
  }

  private startSession(): void {
    const ctrl = this.controller!;
    const lang = () => this.uiLang;
    this.session = new MeasureSession(ctrl.map!, this.mode, {
      color: this.color(),
      text: { length: (m, total) => formatLength(m, lang(), lengthUnitFor(total)), area: (a) => formatAreaShort(a, lang()) },
      holdPointer: () => ctrl.holdPointer(),
      onChange: () => this.sessionChanged(),
    });
    this.session.start();
    this.requestUpdate();
  }

  private stopSession(): void {
    this.session?.stop();
    this.session = undefined;
    this.requestUpdate();
  }

  private sessionChanged(): void {
    const s = this.session;
    if (!s) return;
    const wasFinished = this.finished;
    this.points = s.points;
    this.finished = s.finished;
    const r = this.result;
    const lang = this.uiLang;
    const value = r.mode === 'area' ? formatAreaShort(r.area_m2, lang) : formatLength(r.length_m, lang);
    this.announcement = `${fmt(S.points, lang, { n: r.points.length })}${r.segments.length ? ` · ${value}` : ''}`;
    if (this.finished && !wasFinished) {
      this.announcement = `${pick(S.finished, lang)} · ${value}`;
      fire<PlanMeasureFinishDetail>(this, 'plan-measure-finish', { ...r });
    }
  }

  private color(): string {
    return getComputedStyle(this).getPropertyValue('--plan-measure-color').trim() || '#0b63c5';
  }

  private onMode(mode: MeasureMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    fire<PlanMeasureModeDetail>(this, 'plan-measure-mode', { mode });
  }

  private onPanelKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.points.length) {
      this.session?.clear();
      e.stopPropagation();
    }
  };

  private onClose = (): void => {
    fire<PlanToolCloseDetail>(this, 'plan-tool-close', { tool: this.mode });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-measure': PlanMeasure;
  }
}
