import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { pick } from '../i18n/lang';
import { S } from '../i18n/strings/catalogue';
import { S as C } from '../i18n/strings/common';
import { fmt } from '../i18n/strings/format';
import { ENTRY_TYPE_LABEL } from '../i18n/strings/terms';
import type { CatalogueEntry } from '../manifest/types';
import { memberTree, treeIds, type TreeNode } from './catalogue-tree';
import { catalogueStyles } from './catalogue-styles';
import { planElement } from './define';
import { displayName, isI18n, text, treeLookup } from './element-info';
import { memberTreeView } from './member-tree-view';
import { MapConsumer } from './map-consumer';
import { uiStyles } from './ui-styles';
import { fire, type PlanSelectDetail } from './workspace-events';

type TypeFilter = CatalogueEntry['type'] | 'all';

/**
 * Browses the catalogue: what the plan names without a location
 * (`unlocated`), the structures made of several elements (`composite`, shown
 * as a tree: 一主两副 → main centre, sub-centres with their towns, …) and
 * targets (`indicator`), by group. Each entry shows its quote, why it is not
 * on the map and what the plan leaves unspecified. Mapped members fly the map
 * to themselves; unlocated ones open their own entry.
 *
 * @fires plan-select - an entry or member was opened; `detail: PlanSelectDetail`
 * @csspart panel - the catalogue box
 * @csspart group - one group of entries
 * @csspart entry - one entry
 * @csspart quote - an entry's quote
 * @csspart tree - a composite's member tree
 * @cssprop --plan-surface - background
 * @cssprop --plan-border - separators
 * @cssprop --plan-quote-bg - background of quotes
 * @cssprop --plan-focus - focus ring colour
 */
@planElement('plan-catalogue')
export class PlanCatalogue extends MapConsumer {
  static override styles = [uiStyles, catalogueStyles];

  @state() private typeFilter: TypeFilter = 'all';
  @state() private query = '';
  @state() private openGroups = new Set<string>();
  @state() private openEntries = new Set<string>();

  /** Expands the entry `id` (and its group), scrolls to it and moves focus there. */
  async openEntry(id: string): Promise<void> {
    const e = this.controller?.index.entry(id);
    if (!e) return;
    this.typeFilter = 'all';
    this.query = '';
    this.openGroups = new Set([...this.openGroups, e.group]);
    this.openEntries = new Set([...this.openEntries, id]);
    await this.updateComplete;
    const btn = this.shadowRoot?.querySelector<HTMLElement>(`[data-entry="${CSS.escape(id)}"] > .entry-head`);
    btn?.scrollIntoView({ block: 'nearest' });
    btn?.focus();
  }

  override render() {
    const ctrl = this.controller;
    const lang = this.uiLang;
    const data = ctrl?.data;
    if (!data) return html`<section part="panel" class="panel"><p class="muted" role="status">${pick(ctrl ? C.loading : C.notBound, lang)}</p></section>`;
    const q = this.query.trim().toLowerCase();
    const entries = data.catalogue.entries.filter(
      (e) =>
        (this.typeFilter === 'all' || e.type === this.typeFilter) &&
        (!q || [e.id, e.properties.name, e.properties.name_en, e.properties.quote].some((s) => String(s ?? '').toLowerCase().includes(q))),
    );
    const groups = [...data.manifest.groups.map((g) => g.id), ...new Set(data.catalogue.entries.map((e) => e.group))].filter(
      (g, i, a) => a.indexOf(g) === i,
    );
    const types: TypeFilter[] = ['all', 'unlocated', 'composite', 'indicator'];
    return html`<section part="panel" class="panel" aria-labelledby="cat-title">
      <h2 id="cat-title" class="title">${pick(S.title, lang)}</h2>
      <p class="intro muted">${pick(S.intro, lang)}</p>
      <div class="tools">
        <input type="search" .value=${this.query} placeholder=${pick(S.filterText, lang)} aria-label=${pick(S.filterText, lang)} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
        <div class="types" role="group" aria-label=${pick(S.typeFilter, lang)}>
          ${types.map(
            (t) => html`<button aria-pressed=${this.typeFilter === t ? 'true' : 'false'} @click=${() => (this.typeFilter = t)}>
              ${t === 'all' ? pick(S.all, lang) : pick(ENTRY_TYPE_LABEL[t], lang)}
            </button>`,
          )}
        </div>
      </div>
      ${entries.length === 0 ? html`<p class="muted">${pick(S.none, lang)}</p>` : nothing}
      <ul class="groups">
        ${groups.map((g) => {
          const list = entries.filter((e) => e.group === g);
          if (list.length === 0) return nothing;
          const title = data.manifest.groups.find((x) => x.id === g)?.title ?? { zh: g, en: g };
          const open = this.openGroups.has(g) || q !== '';
          return html`<li class="group" part="group">
            <button class="disclosure" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.toggle('openGroups', g)}>
              <span class="chev" aria-hidden="true">${open ? '▾' : '▸'}</span>${pick(title, lang)}
              <span class="muted n">${fmt(S.entries, lang, { n: list.length })}</span>
            </button>
            ${open ? html`<ul class="entries">${list.map((e) => this.renderEntry(e))}</ul>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderEntry(e: CatalogueEntry) {
    const lang = this.uiLang;
    const p = e.properties;
    const open = this.openEntries.has(e.id);
    const name = displayName({ id: e.id, props: p }, lang);
    return html`<li class="entry ${e.type}" part="entry" data-entry=${e.id}>
      <button class="entry-head" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.toggle('openEntries', e.id)}>
        <span class="chev" aria-hidden="true">${open ? '▾' : '▸'}</span>
        <span class="ename">${name}</span>
        <span class="badge type-${e.type}">${pick(ENTRY_TYPE_LABEL[e.type], lang)}</span>
      </button>
      ${open ? this.renderDetails(e) : nothing}
    </li>`;
  }

  private renderDetails(e: CatalogueEntry) {
    const lang = this.uiLang;
    const p = e.properties;
    const ctrl = this.controller!;
    const tree = e.members?.length ? memberTree(e.members, treeLookup(ctrl.index)) : [];
    const mapped = treeIds(tree).filter((id) => ctrl.index.feature(id));
    return html`<div class="details">
      <blockquote part="quote"><span class="ref">${text(p.plan_ref)}</span> “${text(p.quote)}”</blockquote>
      ${e.value ? html`<p><strong>${pick(S.value, lang)}：</strong>${pick(e.value, lang)}</p>` : nothing}
      ${e.reason ? html`<p><strong>${pick(S.reason, lang)}：</strong>${pick(e.reason, lang)}</p>` : nothing}
      ${isI18n(p.unspecified) ? html`<p class="unspecified"><strong>${pick(S.unspecified, lang)}：</strong>${pick(p.unspecified, lang)}</p>` : nothing}
      ${tree.length
        ? html`<h3 class="members-title">${pick(S.members, lang)}</h3>
            <ul class="tree" part="tree">${memberTreeView(tree, ctrl, lang, S, (id, kind) => this.openMember(id, kind))}</ul>`
        : nothing}
      <div class="actions">
        <button @click=${() => this.select(e.id, 'entry')}>${pick(S.openDetails, lang)}</button>
        ${mapped.length ? html`<button @click=${() => ctrl.highlight(mapped)}>${pick(S.showOnMap, lang)}</button>` : nothing}
      </div>
    </div>`;
  }

  private openMember(id: string, kind: TreeNode['kind']): void {
    if (kind === 'feature') {
      this.controller?.flyTo(id);
      this.select(id, 'feature');
    } else {
      this.select(id, 'entry');
      void this.openEntry(id);
    }
  }

  private select(id: string, kind: PlanSelectDetail['kind']): void {
    this.controller?.select(id);
    fire<PlanSelectDetail>(this, 'plan-select', { id, kind, source: 'catalogue' });
  }

  private toggle(which: 'openGroups' | 'openEntries', id: string): void {
    const next = new Set(this[which]);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this[which] = next;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-catalogue': PlanCatalogue;
  }
}
