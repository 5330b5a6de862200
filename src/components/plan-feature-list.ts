import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pick } from '../i18n/lang';
import { fmt } from '../i18n/strings/format';
import { S } from '../i18n/strings/feature-list';
import { ACCURACY_LABEL, STATUS_LABEL } from '../i18n/strings/terms';
import type { Accuracy, Status } from '../manifest/types';
import type { MapController } from '../map/map-controller';
import { planElement } from './define';
import { displayName, text } from './element-info';
import { layerTitle } from './kind-label';
import { MapConsumer } from './map-consumer';
import { uiStyles } from './ui-styles';
import { fire, type PlanSelectDetail } from './workspace-events';

interface Row {
  id: string;
  name: string;
  layer: string;
  status: string;
  accuracy: string;
  schematic: boolean;
}

/**
 * The features drawn in the current view as a list — what a screen-reader
 * or keyboard user reads instead of the canvas. Refreshes (debounced) when
 * the view or the layers change. ↑/↓, Home/End move; Enter or Space selects
 * the feature and opens its details.
 *
 * @fires plan-select - a feature was chosen; `detail: PlanSelectDetail` (`source: 'list'`)
 * @csspart panel - the list box
 * @csspart title - the heading
 * @csspart list - the listbox
 * @csspart item - one feature
 * @cssprop --plan-surface - background
 * @cssprop --plan-active - background of the selected feature
 * @cssprop --plan-list-max-height - scroll height (default none)
 */
@planElement('plan-feature-list')
export class PlanFeatureList extends MapConsumer {
  static override styles = [
    uiStyles,
    css`
      :host {
        display: block;
      }
      .panel {
        background: var(--plan-surface, #fff);
      }
      h2 {
        font-size: 1rem;
      }
      .meta {
        font-size: 0.82em;
        margin: 0.1rem 0 0.4rem;
      }
      [role='listbox'] {
        max-height: var(--plan-list-max-height, none);
        overflow: auto;
      }
      [role='option'] {
        padding: 0.3rem 0.45rem;
        border-bottom: 1px solid var(--plan-border, #eef0f2);
        cursor: pointer;
        display: flex;
        flex-direction: column;
      }
      [role='option']:hover {
        background: var(--plan-hover, #f1f3f5);
      }
      [role='option'][aria-selected='true'] {
        background: var(--plan-active, #e8f0fe);
      }
      [role='option']:focus-visible {
        outline-offset: -2px;
      }
      .sub {
        font-size: 0.82em;
        color: var(--plan-muted, #5c6670);
      }
    `,
  ];

  /** Debounce of refreshes after the view moves, in ms. */
  @property({ type: Number }) delay = 250;

  @state() private rows: Row[] = [];
  @state() private focusId?: string;
  private timer?: ReturnType<typeof setTimeout>;
  private viewBound?: MapController;
  private waitingIdle = false;
  private readonly onView = () => this.schedule();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.viewBound?.removeEventListener('view-change', this.onView);
    this.viewBound = undefined;
    clearTimeout(this.timer);
  }

  protected override controllerChanged(): void {
    const ctrl = this.controller;
    if (ctrl !== this.viewBound) {
      this.viewBound?.removeEventListener('view-change', this.onView);
      ctrl?.addEventListener('view-change', this.onView);
      this.viewBound = ctrl;
    }
    this.schedule();
  }

  /** Re-reads the features in view now (tests and hosts that moved the map themselves). */
  refresh(): void {
    clearTimeout(this.timer);
    const ctrl = this.controller;
    const lang = this.uiLang;
    if (!ctrl || ctrl.status !== 'ready' || !ctrl.map) return;
    if (!ctrl.map.loaded()) {
      // Tiles of the new view are still loading; what is rendered now would be an empty or stale list.
      if (!this.waitingIdle) {
        this.waitingIdle = true;
        ctrl.map.once('idle', () => {
          this.waitingIdle = false;
          this.refresh();
        });
      }
      return;
    }
    const label = (map: Record<string, { zh: string; en: string }>, v: unknown) => (map[text(v)] ? pick(map[text(v)], lang) : text(v));
    this.rows = ctrl.featuresInView().map((f) => {
      const p = f.feature.properties ?? {};
      const id = text(p.id);
      return {
        id,
        name: displayName({ id, props: p }, lang),
        layer: layerTitle(ctrl, f.layerId, lang),
        status: label(STATUS_LABEL as Record<Status, { zh: string; en: string }>, p.status),
        accuracy: label(ACCURACY_LABEL as Record<Accuracy, { zh: string; en: string }>, p.accuracy),
        schematic: p.accuracy === 'schematic',
      };
    });
  }

  override render() {
    const lang = this.uiLang;
    const selected = this.controller?.selectedId;
    const current = this.rows.some((r) => r.id === this.focusId) ? this.focusId : this.rows[0]?.id;
    return html`<section part="panel" class="panel" aria-labelledby="fl-title">
      <h2 id="fl-title" part="title">${pick(S.title, lang)}</h2>
      <p class="meta muted" role="status" aria-live="polite">${fmt(S.count, lang, { n: this.rows.length })}${this.rows.length ? html` · ${pick(S.help, lang)}` : nothing}</p>
      ${this.rows.length === 0 ? html`<p class="muted">${pick(S.empty, lang)}</p>` : nothing}
      <div role="listbox" part="list" aria-label=${pick(S.listLabel, lang)} @keydown=${this.onKey} ?hidden=${this.rows.length === 0}>
        ${this.rows.map(
          (r) => html`<div
            role="option"
            part="item"
            id=${`f-${r.id}`}
            data-id=${r.id}
            tabindex=${r.id === current ? '0' : '-1'}
            aria-selected=${r.id === selected ? 'true' : 'false'}
            @click=${() => this.choose(r.id)}
            @focus=${() => (this.focusId = r.id)}
          >
            <span class="name">${r.name}</span>
            <span class="sub">${r.layer} · ${r.status}${r.accuracy ? ` · ${r.accuracy}` : ''}</span>
          </div>`,
        )}
      </div>
    </section>`;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), this.delay);
  }

  private onKey = (e: KeyboardEvent): void => {
    const ids = this.rows.map((r) => r.id);
    const at = Math.max(0, ids.indexOf(this.focusId ?? ids[0]));
    let next: number | undefined;
    if (e.key === 'ArrowDown') next = Math.min(ids.length - 1, at + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, at - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = ids.length - 1;
    else if (e.key === 'PageDown') next = Math.min(ids.length - 1, at + 10);
    else if (e.key === 'PageUp') next = Math.max(0, at - 10);
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (ids[at]) this.choose(ids[at]);
      return;
    } else return;
    e.preventDefault();
    this.focusId = ids[next];
    this.updateComplete.then(() => this.shadowRoot?.getElementById(`f-${ids[next!]}`)?.focus());
  };

  private choose(id: string): void {
    this.focusId = id;
    this.controller?.select(id);
    fire<PlanSelectDetail>(this, 'plan-select', { id, kind: 'feature', source: 'list' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-feature-list': PlanFeatureList;
  }
}
