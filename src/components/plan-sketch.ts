import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { pick } from '../i18n/lang';
import { fmt } from '../i18n/strings/format';
import { CATEGORIES, S } from '../i18n/strings/sketch';
import { bboxOf } from '../io-ui/export-choices';
import { geometryKind } from '../io-ui/layer-spec';
import { SketchSession } from '../io-ui/sketch-session';
import { workFor } from '../io-ui/user-work';
import type { GeometryKind } from '../manifest/types';
import type { PlanLayerRequestDetail, PlanSketchChangeDetail } from './data-events';
import { dataToolStyles } from './data-tools-styles';
import { planElement } from './define';
import { MapConsumer } from './map-consumer';
import { uiStyles } from './ui-styles';
import { fire } from './workspace-events';

interface Draft {
  geometry: GeoJSON.Geometry;
  /** Sketch being edited (attributes or geometry), or undefined for a new one. */
  sid?: string;
  name: string;
  note: string;
  category: string;
}

const KINDS: GeometryKind[] = ['point', 'line', 'polygon'];

/**
 * Sketches on the plan map: draw points, lines and polygons, give them a
 * name, a note and a category, edit, redraw or delete them. They form the
 * user layers "草图 / Sketches" (one per geometry kind), listed in the layer
 * panel, exported and analysed like any import, and kept across reloads.
 * Keyboard: pan with the arrow keys, Space or "add centre vertex" adds the
 * vertex under the crosshair, Enter finishes, Esc cancels, Backspace undoes.
 *
 * @fires plan-sketch-change - sketches were added, edited or deleted; `detail: { count }`
 * @fires plan-open-style - the user asked to restyle the sketches; `detail: { layerId }`
 * @csspart draw - the draw buttons
 * @csspart form - the attribute form
 * @cssprop --plan-accent - pressed draw button colour
 */
@planElement('plan-sketch')
export class PlanSketch extends MapConsumer {
  static override styles = [
    uiStyles,
    dataToolStyles,
    css`
      button[aria-pressed='true'] {
        background: var(--plan-accent, #8b1e1e);
        color: var(--plan-accent-text, #fff);
      }
      .meta {
        font-size: 0.85em;
      }
    `,
  ];

  @state() private drawing?: { kind: GeometryKind; sid?: string };
  @state() private vertices = 0;
  @state() private draft?: Draft;
  private session?: SketchSession;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopSession();
  }

  /** Stops drawing (the panel closes); a sketch in progress is dropped. */
  stopDrawing(): void {
    this.stopSession();
  }

  override render() {
    const lang = this.uiLang;
    const ctrl = this.controller;
    if (!ctrl) return nothing;
    const sketches = workFor(ctrl).sketches;
    const d = this.drawing;
    return html`
      <div class="row" part="draw" role="group" aria-label=${pick(S.draw, lang)}>
        ${KINDS.map((k) => html`<button data-kind=${k} aria-pressed=${d?.kind === k && !d.sid ? 'true' : 'false'} @click=${() => this.start(k)}>${pick(S[k], lang)}</button>`)}
      </div>
      ${d ? html`
        <p class="hint">${pick(d.kind === 'point' ? S.hintPoint : d.kind === 'line' ? S.hintLine : S.hintPolygon, lang)}</p>
        <p class="hint">${pick(S.hintKeys, lang)}</p>
        <p class="num" aria-live="polite">${fmt(S.vertices, lang, { n: this.vertices })}</p>
        <div class="row">
          <button data-action="centre" @click=${this.addCentre}>${pick(S.addCentre, lang)}</button>
          <button data-action="undo" ?disabled=${!this.vertices} @click=${() => this.session?.undo()}>${pick(S.undo, lang)}</button>
          <button data-action="finish" class="primary" ?disabled=${!this.session?.canFinish} @click=${() => this.session?.finish()}>${pick(S.finish, lang)}</button>
          <button data-action="cancel" @click=${() => this.session?.cancel()}>${pick(S.cancel, lang)}</button>
        </div>` : nothing}
      ${this.draft ? this.renderForm(this.draft) : nothing}
      <h3>${fmt(S.list, lang, { n: sketches.length })}</h3>
      ${sketches.length ? html`<ul class="list">${sketches.map((f) => this.renderItem(f))}</ul>` : html`<p class="hint">${pick(S.empty, lang)}</p>`}
      <p class="hint">${pick(S.usable, lang)}</p>
    `;
  }

  private renderForm(draft: Draft) {
    const lang = this.uiLang;
    const set = (patch: Partial<Draft>) => (this.draft = { ...draft, ...patch });
    return html`<form part="form" @submit=${this.save}>
      <h3>${pick(S.attributes, lang)}</h3>
      <label class="field"><span>${pick(S.name, lang)}</span><input type="text" name="name" .value=${draft.name} @input=${(e: Event) => set({ name: (e.target as HTMLInputElement).value })} /></label>
      <label class="field"><span>${pick(S.category, lang)}</span>
        <select name="category" @change=${(e: Event) => set({ category: (e.target as HTMLSelectElement).value })}>
          ${CATEGORIES.map((c) => html`<option .value=${c.value} ?selected=${c.value === draft.category}>${pick(c.label, lang)}</option>`)}
        </select></label>
      <label class="field"><span>${pick(S.note, lang)}</span><textarea name="note" .value=${draft.note} @input=${(e: Event) => set({ note: (e.target as HTMLTextAreaElement).value })}></textarea></label>
      <div class="row"><button type="submit" class="primary">${pick(S.save, lang)}</button><button type="button" @click=${() => (this.draft = undefined)}>${pick(S.discard, lang)}</button></div>
    </form>`;
  }

  private renderItem(f: GeoJSON.Feature) {
    const lang = this.uiLang;
    const p = f.properties ?? {};
    const sid = String(p.sid);
    const kind = geometryKind(f.geometry) ?? 'point';
    const cat = CATEGORIES.find((c) => c.value === p.category);
    return html`<li data-sid=${sid}>
      <div><strong>${String(p.name || pick(S.untitled, lang))}</strong> <span class="meta muted">${pick(S[kind], lang)} · ${cat ? pick(cat.label, lang) : String(p.category ?? '')}</span></div>
      ${p.note ? html`<div class="meta">${String(p.note)}</div>` : nothing}
      <div class="row">
        <button data-action="edit" @click=${() => (this.draft = { geometry: f.geometry, sid, name: String(p.name ?? ''), note: String(p.note ?? ''), category: String(p.category ?? CATEGORIES[0].value) })}>${pick(S.edit, lang)}</button>
        <button data-action="redraw" @click=${() => this.start(kind, sid)}>${pick(S.redraw, lang)}</button>
        <button data-action="zoom" @click=${() => this.zoom(f)}>${pick(S.zoom, lang)}</button>
        <button data-action="style" @click=${() => fire<PlanLayerRequestDetail>(this, 'plan-open-style', { layerId: `sketches-${kind}` })}>${pick(S.style, lang)}</button>
        <button data-action="delete" @click=${() => this.deleteSketch(sid, String(p.name || pick(S.untitled, lang)))}>${pick(S.delete, lang)}</button>
      </div>
    </li>`;
  }

  private start(kind: GeometryKind, sid?: string): void {
    const ctrl = this.controller;
    const map = ctrl?.map;
    if (!ctrl || !map) return;
    this.stopSession();
    this.draft = undefined;
    this.vertices = 0;
    this.drawing = { kind, sid };
    this.session = new SketchSession(map, kind, {
      color: workFor(ctrl).sketchStyle.color ?? '#d1495b',
      holdPointer: () => ctrl.holdPointer(),
      onChange: () => (this.vertices = this.session?.points.length ?? 0),
      onCancel: () => this.stopSession(),
      onFinish: (geometry) => {
        const old = sid ? workFor(ctrl).sketches.find((f) => f.properties?.sid === sid) : undefined;
        const p = old?.properties ?? {};
        this.stopSession();
        this.draft = { geometry, sid, name: String(p.name ?? ''), note: String(p.note ?? ''), category: String(p.category ?? CATEGORIES[0].value) };
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('form input[name=name]')?.focus());
      },
    });
    this.session.start();
    map.getCanvas().focus();
  }

  /** Adds the vertex under the crosshair and hands the keyboard back to the map (arrows pan, Space adds, Enter finishes). */
  private addCentre = (): void => {
    this.session?.addCentre();
    if (this.session) this.controller?.map?.getCanvas().focus();
  };

  private stopSession(): void {
    this.session?.stop();
    this.session = undefined;
    this.drawing = undefined;
    this.vertices = 0;
  }

  private save = (e: Event): void => {
    e.preventDefault();
    const ctrl = this.controller;
    const d = this.draft;
    if (!ctrl || !d) return;
    const work = workFor(ctrl);
    const now = new Date().toISOString();
    const props = { name: d.name.trim(), note: d.note.trim(), category: d.category, updated: now };
    const list = [...work.sketches];
    const i = d.sid ? list.findIndex((f) => f.properties?.sid === d.sid) : -1;
    if (i >= 0) list[i] = { ...list[i], geometry: d.geometry, properties: { ...list[i].properties, ...props } };
    else list.push({ type: 'Feature', geometry: d.geometry, properties: { sid: `sk-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`, ...props, created: now } });
    work.setSketches(list);
    this.draft = undefined;
    fire<PlanSketchChangeDetail>(this, 'plan-sketch-change', { count: list.length });
  };

  private deleteSketch(sid: string, name: string): void {
    const ctrl = this.controller;
    if (!ctrl || !confirm(fmt(S.confirmDelete, this.uiLang, { name }))) return;
    const work = workFor(ctrl);
    const list = work.sketches.filter((f) => f.properties?.sid !== sid);
    work.setSketches(list);
    fire<PlanSketchChangeDetail>(this, 'plan-sketch-change', { count: list.length });
  }

  private zoom(f: GeoJSON.Feature): void {
    const b = bboxOf({ type: 'FeatureCollection', features: [f] });
    if (b) this.controller?.map?.fitBounds([[b[0], b[1]], [b[2], b[3]]], { padding: 80, maxZoom: 16 });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-sketch': PlanSketch;
  }
}
