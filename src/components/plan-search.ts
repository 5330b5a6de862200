import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { pick } from '../i18n/lang';
import { fmt } from '../i18n/strings/format';
import { S } from '../i18n/strings/search';
import { ENTRY_TYPE_LABEL } from '../i18n/strings/terms';
import { planElement } from './define';
import { displayName, elementInfo } from './element-info';
import { layerTitle } from './kind-label';
import { MapConsumer } from './map-consumer';
import { buildDocs, loadPinyin, searchDocs, type PinyinFns, type SearchDoc, type SearchHit, type SearchItem } from './search-index';
import { uiStyles } from './ui-styles';
import { fire, type PlanSelectDetail } from './workspace-events';

/**
 * Finds plan elements by Chinese name, English name, pinyin (full or
 * initials) or id, across mapped features and catalogue entries. A mapped
 * result flies the map there and selects it; a catalogue result opens its
 * entry. ARIA combobox: ↑/↓ move through results, Enter opens, Esc closes.
 *
 * @fires plan-select - a result was opened; `detail: PlanSelectDetail`
 * @csspart input - the search field
 * @csspart listbox - the result list
 * @csspart option - one result
 * @cssprop --plan-surface - background of the result list
 * @cssprop --plan-active - background of the active result (default #e8f0fe)
 * @cssprop --plan-search-width - width of the field (default 100%)
 */
@planElement('plan-search')
export class PlanSearch extends MapConsumer {
  static override styles = [
    uiStyles,
    css`
      :host {
        display: block;
        position: relative;
        width: var(--plan-search-width, 100%);
      }
      input {
        width: 100%;
        padding: 0.35rem 2rem 0.35rem 0.6rem;
        border: 1px solid var(--plan-border, #c9ced6);
        border-radius: var(--plan-radius, 4px);
        background: var(--plan-input-bg, #fff);
        color: var(--plan-text, #1d2329);
        min-height: 32px;
      }
      .clear {
        position: absolute;
        right: 3px;
        top: 50%;
        transform: translateY(-50%);
        width: 26px;
        height: 26px;
        min-height: 0;
        border: none;
        background: none;
        color: var(--plan-muted, #5c6670);
      }
      [role='listbox'] {
        position: absolute;
        z-index: 20;
        left: 0;
        right: 0;
        top: calc(100% + 2px);
        max-height: min(60vh, 420px);
        overflow: auto;
        background: var(--plan-surface, #fff);
        color: var(--plan-text, #1d2329);
        border: 1px solid var(--plan-border, #c9ced6);
        border-radius: var(--plan-radius, 4px);
        box-shadow: 0 4px 14px #0003;
        min-width: 260px;
      }
      [role='option'] {
        padding: 0.35rem 0.6rem;
        cursor: pointer;
        display: flex;
        flex-direction: column;
        border-bottom: 1px solid var(--plan-border, #eef0f2);
      }
      [role='option'][aria-selected='true'] {
        background: var(--plan-active, #e8f0fe);
        outline: 2px solid var(--plan-focus, #1a5fd0);
        outline-offset: -2px;
      }
      .sub {
        font-size: 0.82em;
        color: var(--plan-muted, #5c6670);
      }
      .status {
        padding: 0.4rem 0.6rem;
        font-size: 0.85em;
        color: var(--plan-muted, #5c6670);
      }
    `,
  ];

  @state() private query = '';
  @state() private hits: SearchHit[] = [];
  @state() private expanded = false;
  @state() private active = -1;
  private docs?: SearchDoc[];
  private docsKey = '';
  private pinyin?: PinyinFns;
  private pinyinLoading?: Promise<void>;

  protected override controllerChanged(): void {
    const key = this.key();
    if (key !== this.docsKey) this.docs = undefined;
  }

  override render() {
    const lang = this.uiLang;
    const open = this.expanded && this.query.trim() !== '';
    return html`<input
        part="input"
        type="search"
        role="combobox"
        aria-label=${pick(S.label, lang)}
        aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="results"
        aria-activedescendant=${open && this.active >= 0 ? `opt-${this.active}` : ''}
        autocomplete="off"
        spellcheck="false"
        placeholder=${pick(S.placeholder, lang)}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKey}
        @focus=${() => this.ensurePinyin()}
        @blur=${() => setTimeout(() => (this.expanded = false), 150)}
      />
      ${this.query ? html`<button class="clear icon" aria-label=${pick(S.clear, lang)} title=${pick(S.clear, lang)} tabindex="-1" @click=${this.clear}>✕</button>` : nothing}
      <div id="results" part="listbox" role="listbox" aria-label=${pick(S.results, lang)} ?hidden=${!open}>
        ${open && this.hits.length === 0 ? html`<div class="status">${fmt(S.none, lang, { q: this.query.trim() })}</div>` : nothing}
        ${open ? this.hits.map((h, i) => this.renderHit(h, i)) : nothing}
      </div>
      <div class="sr-only" role="status" aria-live="polite">${open ? (this.hits.length ? fmt(S.count, lang, { n: this.hits.length }) : fmt(S.none, lang, { q: this.query.trim() })) : ''}</div>`;
  }

  private renderHit(h: SearchHit, i: number) {
    const lang = this.uiLang;
    const ctrl = this.controller!;
    const info = elementInfo(ctrl.index, h.doc.id);
    const where = info.kind === 'feature' ? layerTitle(ctrl, info.layerId, lang) : `${pick(S.entry, lang)} · ${info.entry ? pick(ENTRY_TYPE_LABEL[info.entry.type], lang) : ''}`;
    const other = lang === 'en' ? h.doc.name : h.doc.nameEn;
    return html`<div
      id=${`opt-${i}`}
      part="option"
      role="option"
      aria-selected=${i === this.active ? 'true' : 'false'}
      data-id=${h.doc.id}
      @mousedown=${(e: Event) => e.preventDefault()}
      @click=${() => this.openHit(h)}
    >
      <span class="name">${displayName(info, lang)}</span>
      <span class="sub">${where}${other ? ` · ${other}` : ''}</span>
    </div>`;
  }

  private onInput = (e: Event): void => {
    this.query = (e.target as HTMLInputElement).value;
    this.expanded = true;
    this.run();
  };

  private onKey = (e: KeyboardEvent): void => {
    const n = this.hits.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        this.expanded = true;
        if (n) this.active = (this.active + 1) % n;
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (n) this.active = this.active <= 0 ? n - 1 : this.active - 1;
        break;
      case 'Enter': {
        const h = this.hits[this.active >= 0 ? this.active : 0];
        if (h && this.expanded) {
          e.preventDefault();
          this.openHit(h);
        }
        break;
      }
      case 'Escape':
        if (this.expanded && this.query) {
          e.preventDefault();
          e.stopPropagation();
          this.expanded = false;
        } else if (this.query) this.clear();
        break;
      default:
        return;
    }
    if (this.active >= 0) this.updateComplete.then(() => this.shadowRoot?.getElementById(`opt-${this.active}`)?.scrollIntoView({ block: 'nearest' }));
  };

  private openHit(h: SearchHit): void {
    const ctrl = this.controller;
    if (!ctrl) return;
    if (h.doc.kind === 'feature') ctrl.flyTo(h.doc.id);
    ctrl.select(h.doc.id);
    this.expanded = false;
    fire<PlanSelectDetail>(this, 'plan-select', { id: h.doc.id, kind: h.doc.kind, source: 'search' });
  }

  private clear = (): void => {
    this.query = '';
    this.hits = [];
    this.active = -1;
    this.shadowRoot?.querySelector('input')?.focus();
  };

  private run(): void {
    this.hits = searchDocs(this.getDocs(), this.query);
    this.active = this.hits.length ? 0 : -1;
  }

  private getDocs(): SearchDoc[] {
    const key = this.key();
    if (!this.docs || key !== this.docsKey) {
      this.docsKey = key;
      this.docs = buildDocs(this.items(), this.pinyin);
    }
    return this.docs;
  }

  private items(): SearchItem[] {
    const ctrl = this.controller;
    if (!ctrl) return [];
    const out: SearchItem[] = [];
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    for (const [id, f] of ctrl.index.allFeatures()) out.push({ id, kind: 'feature', name: str(f.feature.properties?.name), nameEn: str(f.feature.properties?.name_en) });
    for (const e of ctrl.index.allEntries()) out.push({ id: e.id, kind: 'entry', name: str(e.properties.name), nameEn: str(e.properties.name_en) });
    return out;
  }

  private key(): string {
    const c = this.controller;
    return `${c?.data ? 'd' : '-'}:${c?.userLayers.size ?? 0}:${[...(c?.userLayers.keys() ?? [])].join(',')}:${this.pinyin ? 'p' : '-'}`;
  }

  private ensurePinyin(): void {
    if (this.pinyin || this.pinyinLoading) return;
    this.pinyinLoading = loadPinyin()
      .then((py) => {
        this.pinyin = py;
        this.docs = undefined;
        if (this.query) this.run();
      })
      .catch(() => {
        // Without pinyin the search still matches Chinese, English and ids.
      });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-search': PlanSearch;
  }
}
