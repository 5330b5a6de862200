import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { pick } from '../i18n/lang';
import { S } from '../i18n/strings/share-dialog';
import { BASEMAPS } from '../map/basemaps';
import {
  SIZE_PRESETS,
  compactLayers,
  embedPageUrl,
  iframeSnippet,
  scriptSnippet,
  type EmbedView,
  type SizeId,
} from '../embed/share-snippets';
import { planElement } from './define';
import { MapConsumer } from './map-consumer';
import { PREVIEW_WIDTH, shareDialogStyles } from './share-dialog-styles';
import { uiStyles } from './ui-styles';
import { fire } from './workspace-events';

type CopyKind = 'permalink' | 'iframe' | 'script';

/**
 * The "Share / 嵌入" dialog: for the bound map's current view, layers and
 * language it gives the permalink, an iframe snippet (embed.html) and a
 * script + `<plan-map>` snippet, at a size preset (400×300, 600×450,
 * 800×600, responsive), with copy buttons and a live preview (an iframe of
 * embed.html). A modal `<dialog>`: Esc closes it, focus stays inside.
 * Open it with `open = true` (or the `open` attribute, or `show()`); the
 * view is taken when it opens.
 *
 * @fires plan-share-close - the dialog was closed; `detail: {}`
 * @fires plan-share-copy - a link or snippet was copied; `detail: { kind: 'permalink' | 'iframe' | 'script', ok }`
 * @csspart dialog - the dialog box
 * @csspart snippet - the link field and the code boxes
 * @csspart copy - the copy buttons
 * @csspart preview - the preview iframe
 * @cssprop --plan-surface - dialog background
 * @cssprop --plan-border - borders of the dialog and code boxes
 * @cssprop --plan-radius - corner radius
 * @cssprop --plan-muted - hint text colour
 * @cssprop --plan-code-bg - background of the code boxes (default #f6f7f9)
 * @cssprop --plan-accent - selected size and focus colours
 */
@planElement('plan-share-dialog')
export class PlanShareDialog extends MapConsumer {
  static override styles = [uiStyles, shareDialogStyles];

  /** Shows the dialog. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The link to share; defaults to the page's URL when the dialog opens (the app keeps its state in the URL). */
  @property() permalink?: string;
  /** URL of embed.html; defaults to `embed.html` next to the page. */
  @property({ attribute: 'embed-page' }) embedPage?: string;
  /** URL of the widget module; defaults to `embed/plan-map.js` next to the page. */
  @property({ attribute: 'widget-url' }) widgetUrl?: string;

  @state() private size: SizeId = '600x450';
  @state() private showLayers = false;
  @state() private showLegend = true;
  @state() private view?: Omit<EmbedView, 'controls'>;
  @state() private keyNeeded = false;
  @state() private link = '';
  @state() private message = '';

  @query('dialog') private dialog?: HTMLDialogElement;

  show(): void {
    this.open = true;
  }

  close(): void {
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('open') && this.open) this.snapshot();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open') || !this.dialog) return;
    if (this.open && !this.dialog.open) this.dialog.showModal();
    if (!this.open && this.dialog.open) this.dialog.close();
  }

  override render() {
    const lang = this.uiLang;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.onClose}>
      <header>
        <h2 id="title">${pick(S.title, lang)}</h2>
        <button class="icon" aria-label=${pick(S.close, lang)} @click=${this.close}>✕</button>
      </header>
      ${this.open && this.view ? this.renderBody(this.view) : html`<p class="intro">${pick(S.noMap, lang)}</p>`}
      <p role="status" aria-live="polite">${this.message}</p>
    </dialog>`;
  }

  private renderBody(base: Omit<EmbedView, 'controls'>) {
    const lang = this.uiLang;
    const view: EmbedView = { ...base, controls: ['zoom', 'fullscreen', ...(this.showLayers ? ['layers'] : []), ...(this.showLegend ? ['legend'] : [])] };
    const size = SIZE_PRESETS.find((s) => s.id === this.size) ?? SIZE_PRESETS[1];
    const page = this.embedPage ? new URL(this.embedPage, document.baseURI).href : new URL('embed.html', document.baseURI).href;
    const widget = this.widgetUrl ? new URL(this.widgetUrl, document.baseURI).href : new URL('embed/plan-map.js', document.baseURI).href;
    const src = embedPageUrl(page, view);
    const iframe = iframeSnippet(src, size, pick(S.frameTitle, base.lang));
    const script = scriptSnippet(widget, view, size);
    const scale = size.width ? Math.min(1, PREVIEW_WIDTH / size.width) : 1;
    const frameStyle = size.width
      ? { width: `${size.width}px`, height: `${size.height}px`, transform: `scale(${scale})` }
      : { width: '100%', aspectRatio: '4 / 3' };
    const boxStyle = size.width ? { height: `${Math.round(size.height! * scale)}px` } : {};
    return html`
      <p class="intro">${pick(S.intro, lang)}</p>
      <label for="permalink">${pick(S.permalink, lang)}</label>
      <div class="row">
        <input id="permalink" part="snippet" readonly .value=${this.link} @focus=${selectAll} />
        <button part="copy" @click=${() => this.copy('permalink', this.link)}>${pick(S.copy, lang)}</button>
      </div>
      <fieldset>
        <legend>${pick(S.size, lang)}</legend>
        <div class="options">
          ${SIZE_PRESETS.map(
            (s) => html`<label><input type="radio" name="size" .checked=${s.id === this.size} @change=${() => (this.size = s.id)} />
              ${s.width ? `${s.width} × ${s.height}` : pick(S.responsive, lang)}</label>`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>${pick(S.controls, lang)}</legend>
        <div class="options">
          <label><input type="checkbox" .checked=${this.showLayers} @change=${(e: Event) => (this.showLayers = (e.target as HTMLInputElement).checked)} />
            ${pick(S.controlLayers, lang)}</label>
          <label><input type="checkbox" .checked=${this.showLegend} @change=${(e: Event) => (this.showLegend = (e.target as HTMLInputElement).checked)} />
            ${pick(S.controlLegend, lang)}</label>
        </div>
      </fieldset>
      ${this.keyNeeded ? html`<p class="note">${pick(S.keyNote, lang)}</p>` : nothing}
      <label for="iframe">${pick(S.iframe, lang)}</label>
      <p class="hint">${pick(S.iframeHint, lang)}</p>
      <div class="row">
        <textarea id="iframe" part="snippet" readonly rows="3" .value=${iframe} @focus=${selectAll}></textarea>
        <button part="copy" @click=${() => this.copy('iframe', iframe)}>${pick(S.copy, lang)}</button>
      </div>
      <label for="script">${pick(S.script, lang)}</label>
      <p class="hint">${pick(S.scriptHint, lang)}</p>
      <div class="row">
        <textarea id="script" part="snippet" readonly rows="4" .value=${script} @focus=${selectAll}></textarea>
        <button part="copy" @click=${() => this.copy('script', script)}>${pick(S.copy, lang)}</button>
      </div>
      <h3>${pick(S.preview, lang)} ${scale < 1 ? pick(S.previewScaled, lang) : nothing}</h3>
      <div class="box" style=${styleMap(boxStyle)}>
        <iframe part="preview" src=${src} title=${pick(S.preview, lang)} style=${styleMap(frameStyle)} allowfullscreen></iframe>
      </div>
    `;
  }

  /** Takes the bound map's view, visible plan layers, language and basemap. */
  private snapshot(): void {
    const ctrl = this.controller;
    const map = ctrl?.map;
    this.message = '';
    this.link = this.permalink ?? location.href;
    if (!ctrl?.data || !map) {
      this.view = undefined;
      return;
    }
    const manifest = new Set(ctrl.data.manifest.layers.map((l) => l.id));
    const basemap = BASEMAPS.find((b) => b.id === ctrl.basemapId);
    this.keyNeeded = !!basemap?.needsKey;
    const c = map.getCenter();
    this.view = {
      center: [c.lng, c.lat],
      zoom: map.getZoom(),
      layers: compactLayers(ctrl.layerSpecs().filter((l) => manifest.has(l.id))),
      lang: ctrl.lang,
      basemap: basemap && !basemap.needsKey ? basemap.id : undefined,
    };
  }

  private async copy(kind: CopyKind, text: string): Promise<void> {
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // No clipboard API (insecure page, denied permission): copy the selected field the old way.
      const field = this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${kind}`);
      field?.select();
      ok = !!field && document.execCommand('copy');
    }
    this.message = pick(ok ? S.copied : S.copyFailed, this.uiLang);
    fire(this, 'plan-share-copy', { kind, ok });
  }

  private onClose(): void {
    if (this.open) this.open = false;
    fire(this, 'plan-share-close', {});
  }
}

function selectAll(e: Event): void {
  (e.target as HTMLInputElement | HTMLTextAreaElement).select();
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-share-dialog': PlanShareDialog;
  }
  interface HTMLElementEventMap {
    'plan-share-close': CustomEvent<Record<string, never>>;
    'plan-share-copy': CustomEvent<{ kind: CopyKind; ok: boolean }>;
  }
}
