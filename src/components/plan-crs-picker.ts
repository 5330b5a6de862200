import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getCrs, listCrs, type CrsInfo } from '../io/crs/registry';
import { isExportCrs } from '../io/export/index';
import { pick } from '../i18n/lang';
import { fmt } from '../i18n/strings/format';
import { CRS_SOURCE, S } from '../i18n/strings/crs-picker';
import type { PlanCrsChangeDetail } from './data-events';
import { dataToolStyles } from './data-tools-styles';
import { planElement } from './define';
import { MapConsumer } from './map-consumer';
import { uiStyles } from './ui-styles';
import { fire } from './workspace-events';

type GroupKey = 'suggested' | 'geographic' | 'cgcs3' | 'cgcs6' | 'xian' | 'beijing' | 'offset' | 'other';

function groupOf(c: CrsInfo): GroupKey {
  if (c.kind === 'offset') return 'offset';
  if (c.kind === 'geographic') return 'geographic';
  if (c.gk && c.datum === 'CGCS2000') return c.gk.zoneWidth === 3 ? 'cgcs3' : 'cgcs6';
  if (c.datum === 'Xian1980') return 'xian';
  if (c.datum === 'Beijing1954') return 'beijing';
  return 'other';
}

/**
 * True when `c` matches a search text: EPSG code, id, Chinese or English
 * name, or a central meridian / zone number ("111", "37").
 */
export function crsMatches(c: CrsInfo, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const hay = [c.id, String(c.code ?? ''), c.name.zh, c.name.en, c.gk ? `${c.gk.centralMeridian}` : '', c.gk ? `zone ${c.gk.zone} 第${c.gk.zone}带` : ''].join(' ').toLowerCase();
  return q.split(/\s+/).every((t) => hay.includes(t.replace(/^epsg:?/, '')));
}

/**
 * A searchable list of the supported coordinate systems (every
 * `listCrs()` entry, or only the export ones), grouped by datum and zone
 * width, with suggestions first. With `allow-auto` the first choice is
 * "detect automatically", labelled with what detection found. Choosing
 * GCJ-02, BD-09 or an approximate datum shows what that means.
 *
 * @fires plan-crs-change - the user picked a CRS; `detail: { id }` (`auto` for detection)
 * @csspart search - the search field
 * @csspart list - the list box
 * @cssprop --plan-crs-list-rows - height of the list in rows (default 7)
 */
@planElement('plan-crs-picker')
export class PlanCrsPicker extends MapConsumer {
  static override styles = [
    uiStyles,
    dataToolStyles,
    css`
      select {
        width: 100%;
      }
      input[type='search'] {
        width: 100%;
      }
      .selected {
        margin: 0.2rem 0;
        font-size: 0.9em;
      }
    `,
  ];

  /** Selected CRS id, or `auto`. */
  @property() value = 'auto';
  /** Offer "detect automatically". */
  @property({ type: Boolean, attribute: 'allow-auto' }) allowAuto = false;
  /** Only CRSs the exporters can write. */
  @property({ type: Boolean, attribute: 'export-only' }) exportOnly = false;
  /** Ids listed first, under "suggested". */
  @property({ attribute: false }) suggested: string[] = [];
  /** What detection found (shown with the auto choice). */
  @property({ attribute: false }) detected?: { id: string; source: string };
  /** Visible label (defaults to "coordinate system"). */
  @property() label?: string;

  @state() private query = '';

  override render() {
    const lang = this.uiLang;
    const all = listCrs().filter((c) => !this.exportOnly || isExportCrs(c.id));
    const hits = all.filter((c) => crsMatches(c, this.query));
    const suggested = this.suggested.map((id) => getCrs(id)).filter((c): c is CrsInfo => !!c && hits.includes(c));
    const groups = new Map<GroupKey, CrsInfo[]>();
    for (const c of hits) {
      const g = groupOf(c);
      groups.set(g, [...(groups.get(g) ?? []), c]);
    }
    const selected = getCrs(this.value);
    const src = this.detected ? (CRS_SOURCE as Record<string, { zh: string; en: string }>)[this.detected.source] : undefined;
    const autoLabel = this.detected ? fmt(S.autoDetected, lang, { id: this.detected.id, source: src ? pick(src, lang) : this.detected.source }) : pick(S.auto, lang);
    const opt = (c: CrsInfo, prefix = '') => html`<option value=${`${prefix}${c.id}`} ?selected=${this.value === c.id && (prefix !== '' || !suggested.includes(c))}>${c.id} · ${pick(c.name, lang)}</option>`;
    return html`
      <label class="field">
        <span>${this.label ?? pick(S.label, lang)}</span>
        <input part="search" type="search" .value=${this.query} placeholder=${pick(S.search, lang)} aria-label=${pick(S.search, lang)} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
      </label>
      <select part="list" size=${7} aria-label=${this.label ?? pick(S.label, lang)} @change=${this.onSelect}>
        ${this.allowAuto ? html`<option value="auto" ?selected=${this.value === 'auto'}>${autoLabel}</option>` : nothing}
        ${suggested.length ? html`<optgroup label=${pick(S.suggested, lang)}>${suggested.map((c) => opt(c, '*'))}</optgroup>` : nothing}
        ${(['geographic', 'cgcs3', 'cgcs6', 'other', 'offset', 'xian', 'beijing'] as GroupKey[]).map((g) =>
          groups.get(g)?.length ? html`<optgroup label=${pick(S[g], lang)}>${groups.get(g)!.map((c) => opt(c))}</optgroup>` : nothing,
        )}
      </select>
      <p class="hint" aria-live="polite">${hits.length ? fmt(S.count, lang, { n: hits.length }) : pick(S.noMatch, lang)}</p>
      ${selected ? html`<p class="selected"><strong>${selected.id}</strong> · ${pick(selected.name, lang)}</p>` : nothing}
      ${selected?.id === 'GCJ02' ? html`<p class="msg warn">${pick(S.gcjNote, lang)}</p>` : nothing}
      ${selected?.id === 'BD09' ? html`<p class="msg warn">${pick(S.bdNote, lang)}</p>` : nothing}
      ${selected?.approximateDatum ? html`<p class="msg warn">${pick(S.approxNote, lang)}</p>` : nothing}
    `;
  }

  private onSelect = (e: Event): void => {
    const id = (e.target as HTMLSelectElement).value.replace(/^\*/, '');
    this.value = id;
    fire<PlanCrsChangeDetail>(this, 'plan-crs-change', { id });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-crs-picker': PlanCrsPicker;
  }
}
