import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createCoverageClient, type CoverageClient, type CoverageTask } from '../analysis-worker/coverage-client';
import type { CoverageOutcome, I18nText } from '../analysis-worker/coverage-protocol';
import { minutesLabel, radiusLabel } from '../analysis-worker/labels';
import type { AreaUnit } from '../analysis/index';
import { pick } from '../i18n/lang';
import { fmt } from '../i18n/strings/format';
import { S } from '../i18n/strings/coverage-panel';
import { buildRequest, radiusSpec, RequestProblem, type BuiltRequest } from './coverage/build-request';
import type { PlanCoverageChangeDetail, PlanCoverageResultDetail } from './coverage/coverage-events';
import { coverageStyles } from './coverage/coverage-styles';
import { segmentedStyles } from './segmented-styles';
import type { FormHost } from './coverage/form-host';
import { formView } from './coverage/form-view';
import { classLabel, controllerSource, layerChoices, roadLines, type LayerChoice } from './coverage/layer-choices';
import { CoveragePicking } from './coverage/picking';
import { clearResult, fitFeature, revealResult, showInputLayers, showResult, syncDrawn, syncPlaced } from './coverage/map-sync';
import { decodeCoverageParams, defaultParams, encodeCoverageParams, type CoverageParams } from './coverage/params';
import { PRESETS, presetParams, type PresetId } from './coverage/presets';
import { downloadResult } from './coverage/result-export';
import { headline } from './coverage/result-rows';
import { resultsView, type ResultsHost } from './coverage/results-view';
import { planElement } from './define';
import { MapConsumer } from './map-consumer';
import { uiStyles } from './ui-styles';
import { fire } from './workspace-events';

export type { PlanCoverageChangeDetail, PlanCoverageResultDetail } from './coverage/coverage-events';

interface RunInfo {
  built: BuiltRequest;
  what: I18nText;
  title: string;
}

/**
 * Coverage analysis of the plan's targets (issue 5): facility coverage by
 * straight line or along the road network, per life-circle tier or minutes;
 * green and park access; drive-time reach of the centres; where to build
 * next. Runs in a Web Worker with progress and Cancel, draws covered areas,
 * ranked gaps, isochrones and suggested sites as `analysis` user layers, and
 * shows a table, a bar chart, the method note and GeoJSON/CSV exports.
 * Works inside `<plan-map>` or next to one with `for="<map id>"`.
 *
 * @fires plan-coverage-change - the user changed the parameters or ran them; `detail: PlanCoverageChangeDetail`
 * @fires plan-coverage-result - a run finished; `detail: PlanCoverageResultDetail`
 * @csspart panel - the whole panel
 * @csspart result - the result section
 * @csspart results - the result table
 * @csspart chart - the bar chart
 * @cssprop --plan-coverage-width - panel width (default 100%)
 * @cssprop --plan-coverage-padding - panel padding
 * @cssprop --plan-coverage-list-height - height of the facility layer list (default 11em)
 * @cssprop --plan-coverage-headline - colour of the headline share
 * @cssprop --plan-coverage-progress - progress bar colour (default --plan-accent)
 * @cssprop --plan-surface, --plan-border, --plan-accent, --plan-muted, --plan-warn-bg - shared theme
 */
@planElement('plan-coverage-panel')
export class PlanCoveragePanel extends MapConsumer {
  static override styles = [uiStyles, segmentedStyles, coverageStyles];

  @state() private current: CoverageParams = defaultParams();
  @state() private running = false;
  @state() private progress = 0;
  @state() private stage: 'network' | 'analysis' = 'analysis';
  @state() private problem?: I18nText;
  @state() private note?: I18nText;
  @state() private result?: { outcome: CoverageOutcome; info: RunInfo };
  @state() private unit: AreaUnit = 'ha';
  private client?: CoverageClient;
  private task?: CoverageTask;
  private shownLang?: string;
  /** Placed points and the drawn target are on the map (they wait for the map data). */
  private inputsShown = false;
  private readonly picking = new CoveragePicking({
    controller: () => this.controller,
    requestUpdate: () => this.requestUpdate(),
    place: (pt) => this.update_({ placed: [...this.current.placed, pt].slice(0, 100) }),
    drawn: (drawn) => this.update_({ target: { drawn } }),
    restore: () => this.syncInputs(),
  });

  /** The run's parameters (serialisable; see `encodeCoverageParams`). Setting them does not run or fire events. */
  get params(): CoverageParams {
    return structuredClone(this.current);
  }
  set params(p: CoverageParams) {
    // Round-trip through the decoder: a host may pass anything.
    this.current = decodeCoverageParams(encodeCoverageParams({ ...defaultParams(), ...p }));
    this.syncInputs();
  }

  /** The last result, if any. */
  get outcome(): CoverageOutcome | undefined {
    return this.result?.outcome;
  }

  /** True while a run is in progress. */
  get busy(): boolean {
    return this.running;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.picking.stop();
    this.task?.cancel();
    this.client?.terminate();
    this.client = undefined;
  }

  protected override controllerChanged(): void {
    const ctrl = this.controller;
    if (!ctrl || ctrl.status !== 'ready') return;
    this.picking.check(ctrl.map);
    if (!this.inputsShown) this.syncInputs();
    // Result labels are written in the UI language: redraw them when it changes.
    if (this.result && this.shownLang && this.shownLang !== ctrl.lang) this.draw();
  }

  override render() {
    const lang = this.uiLang;
    const ctrl = this.controller;
    const ready = ctrl?.status === 'ready';
    const h = this.formHost();
    return html`<section class="panel" part="panel" aria-label=${pick(S.title, lang)} @keydown=${this.onKey} @pointerenter=${this.warmUp} @focusin=${this.warmUp}>
      <h2>${pick(S.title, lang)}</h2>
      <p class="hint muted">${pick(S.intro, lang)}</p>
      ${!ctrl ? html`<p class="error">${pick(S.noMap, lang)}</p>` : !ready ? html`<p class="muted">${pick(S.waiting, lang)}</p>` : nothing}
      <div class="presets" role="group" aria-label=${pick(S.presets, lang)}>
        ${PRESETS.map((x) => html`<button type="button" data-preset=${x.id} ?disabled=${!ready || this.running} title=${`${pick(S.presetHint, lang)} (${x.planRef})`}
          @click=${() => this.applyPreset(x.id, true)}>${pick(x.label, lang)}</button>`)}
      </div>
      ${ready ? formView(h) : nothing}
      <div class="row run">
        <button type="button" class="primary" data-action="run" ?disabled=${!ready || this.running} @click=${() => void this.run()}>${pick(S.run, lang)}</button>
        ${this.running
          ? html`<progress max="1" value=${ifDefined(this.stage === 'network' ? undefined : this.progress)} aria-label=${pick(S.run, lang)}></progress>
              <button type="button" data-action="cancel" @click=${() => this.cancel()}>${pick(S.cancel, lang)}</button>`
          : nothing}
      </div>
      <p class="status small" role="status" aria-live="polite">
        ${this.running ? (this.stage === 'network' ? pick(S.stageNetwork, lang) : fmt(S.running, lang, { pct: `${Math.round(this.progress * 100)}%` })) : this.note ? pick(this.note, lang) : ''}
      </p>
      ${this.problem ? html`<p class="error" role="alert" data-error>${pick(this.problem, lang)}</p>` : nothing}
      ${this.result ? resultsView(this.resultsHost(this.result)) : nothing}
    </section>`;
  }

  /** Fills in a preset (15-minute life circle, green access, reach, where to build next); `run` runs it at once. */
  applyPreset(id: PresetId, run = false): void {
    const ctrl = this.controller;
    if (!ctrl) return;
    this.current = presetParams(id, layerChoices(controllerSource(ctrl)), this.current);
    this.syncInputs();
    this.changed();
    if (run) void this.run();
  }

  /**
   * Runs the current parameters in the worker (waiting for the map data if it
   * is still loading, e.g. when a permalink restores a run); resolves with the
   * outcome, or undefined when cancelled or invalid.
   */
  async run(): Promise<CoverageOutcome | undefined> {
    const ctrl = this.controller;
    if (ctrl && ctrl.status === 'loading') await ctrl.whenReady().catch(() => undefined);
    if (!ctrl || ctrl.status !== 'ready') return undefined;
    this.syncInputs();
    this.task?.cancel();
    this.picking.stop();
    this.problem = undefined;
    this.note = undefined;
    const lang = this.uiLang;
    let built: BuiltRequest;
    try {
      built = buildRequest(this.current, controllerSource(ctrl), lang);
    } catch (e) {
      this.problem = e instanceof RequestProblem ? e.text : { zh: String((e as Error).message), en: String((e as Error).message) };
      return undefined;
    }
    this.client ??= createCoverageClient();
    this.running = true;
    this.progress = 0;
    this.stage = 'analysis';
    const task = this.client.run(built.request, (pr) => {
      this.progress = pr.fraction;
      this.stage = pr.stage;
    });
    this.task = task;
    const p = this.current;
    const what = p.analysis === 'coverage' && p.mode === 'network' ? minutesLabel(Math.max(...(p.minutes.length ? p.minutes : [15])), p.travel) : radiusLabel(radiusSpec(p));
    try {
      const outcome = await task.promise;
      if (this.task !== task) return undefined;
      const preset = PRESETS.find((x) => x.id === (p.analysis === 'coverage' ? 'life15' : p.analysis));
      this.result = { outcome, info: { built, what, title: preset ? pick(preset.label, lang) : pick(S.title, lang) } };
      this.draw();
      revealResult(ctrl, outcome);
      showInputLayers(ctrl, this.current);
      void this.updateComplete.then(() => this.renderRoot.querySelector('.result')?.scrollIntoView?.({ block: 'nearest' }));
      fire<PlanCoverageResultDetail>(this, 'plan-coverage-result', { kind: outcome.kind, share: headline(outcome).share, elapsedMs: outcome.elapsedMs });
      this.changed();
      return outcome;
    } catch (e) {
      if (this.task !== task) return undefined;
      const err = e as Error & { zh?: string };
      if (err.name === 'AbortError') this.note = S.cancelled;
      else this.problem = { zh: err.zh ?? err.message, en: err.message };
      return undefined;
    } finally {
      if (this.task === task) {
        this.task = undefined;
        this.running = false;
      }
    }
  }

  /** Cancels the run in progress. */
  cancel(): void {
    this.task?.cancel();
  }

  /** Removes the result from the panel and the map. */
  clearResults(): void {
    this.result = undefined;
    if (this.controller) clearResult(this.controller);
  }

  private draw(): void {
    const ctrl = this.controller;
    if (!ctrl || !this.result) return;
    const b = this.result.info.built;
    showResult(ctrl, this.result.outcome, ctrl.lang, b.schematicInputs + b.schematicRoads + b.schematicTarget > 0);
    this.shownLang = ctrl.lang;
  }

  private readonly warmUp = () => {
    if (this.controller?.status !== 'ready') return;
    this.client ??= createCoverageClient();
    this.client.warmUp();
  };

  private changed(): void {
    fire<PlanCoverageChangeDetail>(this, 'plan-coverage-change', { params: this.params, encoded: encodeCoverageParams(this.current) });
  }

  private update_(patch: Partial<CoverageParams>): void {
    this.current = { ...this.current, ...patch };
    this.syncInputs();
    this.changed();
  }

  /** Draws the placed points and the drawn target to match the parameters. */
  private syncInputs(): void {
    const ctrl = this.controller;
    this.inputsShown = ctrl?.status === 'ready';
    if (!ctrl || !this.inputsShown) return;
    const p = this.current;
    const asCandidates = p.analysis === 'siting' && p.candidates === 'placed';
    syncPlaced(ctrl, p.analysis === 'coverage' || p.analysis === 'siting' ? p.placed : [], ctrl.lang, asCandidates);
    syncDrawn(ctrl, this.picking.mode === 'polygon' ? this.picking.draft : p.target.drawn ?? null);
  }

  private formHost(): FormHost {
    const ctrl = this.controller;
    const src = ctrl ? controllerSource(ctrl) : undefined;
    const choices: LayerChoice[] = src && ctrl?.status === 'ready' ? layerChoices(src) : [];
    return {
      lang: this.uiLang,
      params: this.current,
      choices,
      picking: this.picking.mode,
      draft: this.picking.draft,
      update: (patch) => this.update_(patch),
      startPicking: (m) => this.picking.start(m),
      stopPicking: () => this.picking.stop(),
      addAtCentre: () => this.picking.addCentre(),
      removePlaced: (i) => this.update_({ placed: this.current.placed.filter((_, k) => k !== i) }),
      finishDrawing: () => this.picking.finish(),
      undoVertex: () => this.picking.undo(),
      roadData: (ids) => (src ? roadLines(src, ids) : { type: 'FeatureCollection', features: [] }),
      classLabel: (ids, value) => (src ? classLabel(src, ids, value, this.uiLang) : value),
    };
  }

  private resultsHost(r: { outcome: CoverageOutcome; info: RunInfo }): ResultsHost {
    const lang = this.uiLang;
    const b = r.info.built;
    return {
      lang,
      outcome: r.outcome,
      run: { targetLabel: b.targetLabel, what: r.info.what, schematicInputs: b.schematicInputs, facilityCount: b.facilityCount, schematicRoads: b.schematicRoads, outOfReach: b.outOfReach },
      unit: this.unit,
      setUnit: (u) => (this.unit = u),
      show: (f) => this.controller && fitFeature(this.controller, f),
      exportGeoJson: () => downloadResult('geojson', r.outcome, lang, r.info.title, encodeCoverageParams(this.current)),
      exportCsv: () => downloadResult('csv', r.outcome, lang, r.info.title, ''),
      clear: () => this.clearResults(),
    };
  }

  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.picking.mode) {
      e.stopPropagation();
      this.picking.stop();
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-coverage-panel': PlanCoveragePanel;
  }
  interface HTMLElementEventMap {
    'plan-coverage-change': CustomEvent<PlanCoverageChangeDetail>;
    'plan-coverage-result': CustomEvent<PlanCoverageResultDetail>;
  }
}
