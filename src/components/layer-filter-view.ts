import { html, nothing } from 'lit';
import type { Lang } from '../i18n/lang';
import { pick } from '../i18n/lang';
import { fmt } from '../i18n/strings/format';
import { S } from '../i18n/strings/layer-panel';
import { ACCURACY_HINT, ACCURACY_LABEL, STATUS_LABEL } from '../i18n/strings/terms';
import { ACCURACIES, STATUSES, type Accuracy, type Status } from '../manifest/types';
import type { FeatureFilter } from '../map/layer-state';

export interface FilterViewOptions {
  lang: Lang;
  filter: FeatureFilter;
  hidden: number;
  open: boolean;
  onToggleOpen: () => void;
  onStatus: (s: Status, on: boolean) => void;
  onAccuracy: (a: Accuracy, on: boolean) => void;
  onReset: () => void;
}

/**
 * The status / accuracy filter of the layer panel: a disclosure with two
 * groups of checkboxes. Accuracy chips carry the same dash/halo hint as the
 * map so the words and the drawing connect.
 */
export function filterView(o: FilterViewOptions) {
  const { lang, filter } = o;
  const active = filter.statuses.size < STATUSES.length || filter.accuracies.size < ACCURACIES.length;
  return html`<div class="filter" part="filter">
    <button class="disclosure" aria-expanded=${o.open ? 'true' : 'false'} aria-controls="filter-body" @click=${o.onToggleOpen}>
      <span class="chev" aria-hidden="true">${o.open ? '▾' : '▸'}</span>${pick(S.filter, lang)}
      ${active ? html`<span class="badge active">${fmt(S.filterHidden, lang, { n: o.hidden })}</span>` : nothing}
    </button>
    <div id="filter-body" ?hidden=${!o.open}>
      <fieldset>
        <legend>${pick(S.byStatus, lang)}</legend>
        ${STATUSES.map(
          (s) => html`<label class="chip">
            <input type="checkbox" .checked=${filter.statuses.has(s)} @change=${(e: Event) => o.onStatus(s, (e.target as HTMLInputElement).checked)} />
            <span class="dash status-${s === '现状' ? 'solid' : s === '前期' ? 'dotted' : 'dashed'}" aria-hidden="true"></span>
            ${pick(STATUS_LABEL[s], lang)}
          </label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${pick(S.byAccuracy, lang)}</legend>
        ${ACCURACIES.map(
          (a) => html`<label class="chip" title=${pick(ACCURACY_HINT[a], lang)}>
            <input type="checkbox" .checked=${filter.accuracies.has(a)} @change=${(e: Event) => o.onAccuracy(a, (e.target as HTMLInputElement).checked)} />
            <span class="acc acc-${a}" aria-hidden="true"></span>
            ${pick(ACCURACY_LABEL[a], lang)}
          </label>`,
        )}
      </fieldset>
      ${active ? html`<button class="reset" @click=${o.onReset}>${pick(S.resetFilter, lang)}</button>` : nothing}
    </div>
  </div>`;
}
