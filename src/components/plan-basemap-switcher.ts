import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pick } from '../i18n/lang';
import { S } from '../i18n/strings/basemap-switcher';
import { BASEMAPS, getBasemap, type BasemapDefinition } from '../map/basemaps';
import { planElement } from './define';
import { findPlanMap } from './map-host';
import { MapConsumer } from './map-consumer';
import { uiStyles } from './ui-styles';
import { fire, type PlanBasemapChangeDetail } from './workspace-events';

/** localStorage key of a Tianditu key the user asked us to remember. */
const KEY_STORE = 'plan-map:tianditu-key';

/**
 * Chooses the basemap: the offline one (default, no network) or an online
 * one from `BASEMAPS` (Tianditu with the user's own key, OpenStreetMap).
 * Nothing online is contacted unless the user picks it. A Tianditu key is
 * kept in memory only, or in localStorage when the user ticks "remember".
 * Shows the attribution and the 审图号 rule for published maps.
 *
 * @fires plan-basemap-change - a basemap was applied; `detail: { id }` (never the key)
 * @csspart panel - the switcher box
 * @csspart toggle - the header button (folds the switcher)
 * @csspart option - one basemap choice
 * @csspart key - the key field
 * @csspart note - the attribution and 审图号 note
 * @cssprop --plan-surface - background
 * @cssprop --plan-border - borders
 */
@planElement('plan-basemap-switcher')
export class PlanBasemapSwitcher extends MapConsumer {
  static override styles = [
    uiStyles,
    css`
      :host { display: block; pointer-events: auto; }
      .panel { background: var(--plan-surface, #fff); font-size: 0.92em; }
      :host([overlay]) .panel { border-radius: var(--plan-radius, 6px); box-shadow: 0 1px 4px #0003; padding: 0 0.5rem 0.3rem; max-width: 280px; }
      .toggle { background: none; border: none; font-weight: 600; padding: 0.3rem 0.1rem; width: 100%; text-align: start; }
      fieldset { border: none; margin: 0; padding: 0; }
      legend { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      .option { display: flex; align-items: center; gap: 0.4rem; padding: 0.15rem 0; cursor: pointer; }
      .keybox { margin: 0.3rem 0 0.3rem 1.4rem; display: flex; flex-direction: column; gap: 0.25rem; }
      .keybox input[type='text'] { padding: 0.25rem 0.4rem; border: 1px solid var(--plan-border, #c9ced6); border-radius: var(--plan-radius, 4px); width: 100%; }
      .keybox label { display: flex; gap: 0.35rem; align-items: center; }
      .note { font-size: 0.85em; margin: 0.35rem 0 0; }
      .warn { color: var(--plan-error-text, #a32020); font-size: 0.88em; margin: 0.2rem 0; }
    `,
  ];

  /** Folded to its title. */
  @property({ type: Boolean, reflect: true }) collapsed = false;
  /** Floating box over the map (set automatically inside `<plan-map>`). */
  @property({ type: Boolean, reflect: true }) overlay = false;

  @state() private pending?: string;
  @state() private key = '';
  @state() private remember = false;
  @state() private message = '';

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode();
    if (root instanceof ShadowRoot && root.host.localName === 'plan-map') {
      this.overlay = true;
      this.collapsed = true;
    }
    const stored = safeStorage()?.getItem(KEY_STORE);
    if (stored) {
      this.key = stored;
      this.remember = true;
    }
  }

  override render() {
    const lang = this.uiLang;
    const ctrl = this.controller;
    const chosen = this.pending ?? ctrl?.options.basemap ?? 'offline';
    const shown = getBasemap(ctrl?.basemapId);
    const fellBack = ctrl && ctrl.status === 'ready' && ctrl.options.basemap !== ctrl.basemapId && !this.pending;
    return html`<section class="panel" part="panel" aria-labelledby="bm-title">
      <button class="toggle" part="toggle" id="bm-title" aria-expanded=${this.collapsed ? 'false' : 'true'} aria-controls="bm-body" @click=${() => (this.collapsed = !this.collapsed)}>
        <span aria-hidden="true">${this.collapsed ? '▸' : '▾'}</span> ${pick(S.title, lang)}: ${pick(shown.title, lang)}
      </button>
      <div id="bm-body" ?hidden=${this.collapsed}>
        <fieldset>
          <legend>${pick(S.title, lang)}</legend>
          ${BASEMAPS.map((b) => this.renderOption(b, chosen))}
        </fieldset>
        ${fellBack ? html`<p class="warn" role="alert">${pick(S.fellBack, lang)}</p>` : nothing}
        <p class="note muted" part="note">${pick(shown.attribution, lang)}</p>
        ${getBasemap(chosen).online ? html`<p class="note muted">${pick(S.onlineNote, lang)}</p>` : nothing}
        <p class="note muted" part="note">${pick(S.review, lang)}</p>
      </div>
    </section>`;
  }

  private renderOption(b: BasemapDefinition, chosen: string) {
    const lang = this.uiLang;
    const checked = b.id === chosen;
    return html`<label class="option" part="option">
        <input type="radio" name="basemap" .checked=${checked} @change=${() => this.choose(b)} />
        <span>${pick(b.title, lang)}</span>
        ${b.online ? html`<span class="badge">${pick(S.online, lang)}</span>` : nothing}
      </label>
      ${checked && b.needsKey
        ? html`<div class="keybox">
            <label>${pick(S.key, lang)}</label>
            <input type="text" part="key" autocomplete="off" spellcheck="false" aria-label=${pick(S.key, lang)} .value=${this.key} @input=${(e: Event) => (this.key = (e.target as HTMLInputElement).value.trim())} />
            <span class="muted note">${pick(S.keyHelp, lang)}</span>
            <label><input type="checkbox" .checked=${this.remember} @change=${this.onRemember} /> ${pick(S.remember, lang)}</label>
            <button @click=${() => this.apply(b)}>${pick(S.use, lang)}</button>
            ${this.message ? html`<p class="warn" role="alert">${this.message}</p>` : nothing}
          </div>`
        : nothing}`;
  }

  private onRemember = (e: Event): void => {
    this.remember = (e.target as HTMLInputElement).checked;
    // Unticking forgets a stored key at once; ticking stores it when the basemap is used.
    if (!this.remember) safeStorage()?.removeItem(KEY_STORE);
  };

  private choose(b: BasemapDefinition): void {
    this.message = '';
    if (b.needsKey) {
      // Wait for the key; nothing is fetched until the user presses "use".
      this.pending = b.id;
      return;
    }
    this.apply(b);
  }

  private apply(b: BasemapDefinition): void {
    const lang = this.uiLang;
    if (b.needsKey && !this.key) {
      this.message = pick(S.needKey, lang);
      return;
    }
    const store = safeStorage();
    if (b.needsKey) {
      if (this.remember) store?.setItem(KEY_STORE, this.key);
      else store?.removeItem(KEY_STORE);
    }
    this.pending = undefined;
    this.message = '';
    const key = b.needsKey ? this.key : undefined;
    const map = findPlanMap(this, this.for);
    if (map) {
      if (key !== undefined) map.basemapKey = key;
      map.basemap = b.id;
    } else this.controller?.setBasemap(b.id, key);
    fire<PlanBasemapChangeDetail>(this, 'plan-basemap-change', { id: b.id });
  }
}

/** localStorage, or undefined where it is blocked (sandboxed iframes, privacy modes). */
function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-basemap-switcher': PlanBasemapSwitcher;
  }
}
