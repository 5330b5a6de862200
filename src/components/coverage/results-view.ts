/**
 * The result section of the coverage panel: headline, warnings, chart,
 * table (area in the chosen unit, share, population, per type), ranked
 * gaps, suggested sites, reach matrix, the method note and exports.
 */
import type { Feature } from 'geojson';
import { html, nothing, type TemplateResult } from 'lit';
import type { CoverageOutcome, I18nText } from '../../analysis-worker/coverage-protocol';
import { formatArea, formatShare, type AreaUnit } from '../../analysis/index';
import { pick, type Lang } from '../../i18n/lang';
import { fmt } from '../../i18n/strings/format';
import { S } from '../../i18n/strings/coverage-panel';
import { barChart } from './chart-view';
import { chartBars, headline, resultRows } from './result-rows';

export interface ResultsHost {
  readonly lang: Lang;
  readonly outcome: CoverageOutcome;
  /** What was run: target name, what reach, schematic inputs. */
  readonly run: { targetLabel: I18nText; what: I18nText; schematicInputs: number; facilityCount: number; schematicRoads: number; outOfReach: number };
  readonly unit: AreaUnit;
  setUnit(u: AreaUnit): void;
  show(f: Feature): void;
  exportGeoJson(): void;
  exportCsv(): void;
  clear(): void;
}

const UNITS: Array<[AreaUnit, I18nText]> = [['m2', { zh: '平方米', en: 'm²' }], ['ha', { zh: '公顷', en: 'ha' }], ['mu', { zh: '亩', en: 'mu' }], ['km2', { zh: '平方公里', en: 'km²' }]];

function headlineText(h: ResultsHost): string {
  const o = h.outcome;
  const lang = h.lang;
  const target = pick(h.run.targetLabel, lang);
  const hl = headline(o);
  if (o.kind === 'siting') return fmt(S.headlineSiting, lang, { k: o.sites.features.length, before: formatShare(o.levels[0].share) });
  if (o.kind === 'green') return fmt(S.headlineGreen, lang, { target });
  if (o.kind === 'reach') return fmt(S.headlineReach, lang, { m: o.reach?.minutes.at(-1) ?? '' });
  return fmt(hl.by === 'population' ? S.headlinePop : S.headlineArea, lang, { target, what: pick(h.run.what, lang) });
}

function table(h: ResultsHost): TemplateResult {
  const o = h.outcome;
  const lang = h.lang;
  const rows = resultRows(o, lang);
  const weighted = o.weighting === 'population';
  const hasTypes = rows.some((r) => r.section === 'type');
  const area = (m2: number) => formatArea(m2, { unit: h.unit, lang });
  return html`<div class="row unit">
      <label>${pick(S.unit, lang)}
        <select data-field="unit" @change=${(e: Event) => h.setUnit((e.target as HTMLSelectElement).value as AreaUnit)}>
          ${UNITS.map(([u, t]) => html`<option value=${u} ?selected=${h.unit === u}>${pick(t, lang)}</option>`)}
        </select></label>
      <span class="muted">${fmt(S.targetArea, lang, { a: area(o.targetArea) })}</span>
    </div>
    <table class="results" part="results">
      <thead><tr>
        <th scope="col">${pick(S.colItem, lang)}</th>
        ${hasTypes ? html`<th scope="col" class="num">${pick(S.colCount, lang)}</th>` : nothing}
        <th scope="col" class="num">${pick(S.colCovered, lang)}</th>
        <th scope="col" class="num">${pick(S.colShare, lang)}</th>
        <th scope="col" class="num">${pick(S.colGap, lang)}</th>
        ${weighted ? html`<th scope="col" class="num">${pick(S.colPopulation, lang)}</th>` : nothing}
      </tr></thead>
      <tbody>
        ${rows.map((r) => html`<tr data-row=${r.key} class=${r.section}>
          <th scope="row">${r.section === 'type' ? html`<span class="indent">${r.label}</span>` : r.label}</th>
          ${hasTypes ? html`<td class="num">${r.count ?? ''}</td>` : nothing}
          <td class="num" data-col="covered">${area(r.coveredArea)}</td>
          <td class="num" data-col="share">${formatShare(r.share)}</td>
          <td class="num" data-col="gap">${area(r.gapArea)}</td>
          ${weighted ? html`<td class="num" data-col="population">${r.population === null ? '' : `${Math.round(r.population).toLocaleString()} (${formatShare(r.populationShare ?? 0)})`}</td>` : nothing}
        </tr>`)}
      </tbody>
    </table>`;
}

function gapsView(h: ResultsHost): TemplateResult {
  const gaps = h.outcome.gaps.features;
  const lang = h.lang;
  if (gaps.length === 0) return html`<p class="muted">${pick(S.noGaps, lang)}</p>`;
  const top = gaps.slice(0, 5);
  return html`<h3>${pick(S.gaps, lang)}</h3>
    <ol class="gaps">
      ${top.map((g) => html`<li data-gap=${g.properties.rank}>
        <span>${fmt(S.gap, lang, { n: g.properties.rank })} · ${formatArea(g.properties.area_m2, { lang })}</span>
        <button type="button" class="link" @click=${() => h.show(g)}>${pick(S.show, lang)}</button></li>`)}
    </ol>
    ${gaps.length > top.length ? html`<p class="muted">${fmt(S.moreGaps, lang, { n: gaps.length - top.length })}</p>` : nothing}`;
}

function sitesView(h: ResultsHost): TemplateResult | typeof nothing {
  const o = h.outcome;
  if (o.kind !== 'siting') return nothing;
  const lang = h.lang;
  return html`<h3>${pick(S.sites, lang)}</h3>
    <ol class="sites">
      ${o.sites.features.map((f) => html`<li data-site=${f.properties.rank}>
        <span>${fmt(S.site, lang, { n: f.properties.rank, lon: f.geometry.coordinates[0].toFixed(5), lat: f.geometry.coordinates[1].toFixed(5), share: formatShare(f.properties.share_after) })}</span>
        <button type="button" class="link" @click=${() => h.show(f)}>${pick(S.show, lang)}</button></li>`)}
    </ol>
    ${o.siting?.stoppedEarly ? html`<p class="muted">${pick(S.stoppedEarly, lang)}</p>` : nothing}`;
}

function reachTable(h: ResultsHost): TemplateResult | typeof nothing {
  const r = h.outcome.reach;
  if (!r) return nothing;
  const lang = h.lang;
  const [short] = r.minutes;
  const long = r.minutes[r.minutes.length - 1];
  const cell = (origin: string, place: string) => {
    const row = r.rows.find((x) => x.origin === origin && x.place === place);
    const m = row?.minutes ?? null;
    const cls = m === null ? 'none' : m <= short ? 'near' : m <= long ? 'far' : 'none';
    return html`<td class=${`num reach-${cls}`}>${m === null ? pick(S.unreachable, lang) : Math.round(m)}</td>`;
  };
  return html`<div class="scroll-x"><table class="reach" aria-label=${pick(S.reachTable, lang)}>
    <caption>${pick(S.reachTable, lang)}</caption>
    <thead><tr><th></th>${r.origins.map((o) => html`<th scope="col" class="num">${o}</th>`)}</tr></thead>
    <tbody>${r.places.map((p) => html`<tr><th scope="row">${p}</th>${r.origins.map((o) => cell(o, p))}</tr>`)}</tbody>
  </table></div>`;
}

/** Most places unreachable means the road layer is incomplete, not that the places are remote. */
function sparse(h: ResultsHost): TemplateResult | typeof nothing {
  const places = h.outcome.places.features;
  const none = places.filter((f) => f.properties?.minutes === null || f.properties?.minutes === undefined).length;
  if (h.outcome.kind !== 'reach' || none === 0 || none < places.length / 3) return nothing;
  return html`<p class="warn" role="note" data-warning="sparse-roads">⚠ ${fmt(S.sparseRoads, h.lang, { n: none, total: places.length })}</p>`;
}

export function resultsView(h: ResultsHost): TemplateResult {
  const o = h.outcome;
  const lang = h.lang;
  return html`<section class="result" part="result" aria-label=${pick(S.results, lang)}>
    <h3>${pick(S.results, lang)}</h3>
    <p class="headline" data-kind=${o.kind}><strong>${formatShare(headline(o).share)}</strong>${lang === 'zh' ? '' : ' '}${headlineText(h)}</p>
    ${h.run.schematicInputs > 0 ? html`<p class="warn" role="note" data-warning="schematic-result">⚠ ${fmt(S.schematicWarning, lang, { n: h.run.schematicInputs, total: h.run.facilityCount })}</p>` : nothing}
    ${h.run.schematicRoads > 0 ? html`<p class="warn" role="note">⚠ ${fmt(S.schematicRoads, lang, { n: h.run.schematicRoads })}</p>` : nothing}
    ${sparse(h)}
    ${o.unsnapped > 0 ? html`<p class="warn" role="note">⚠ ${fmt(S.unsnapped, lang, { n: o.unsnapped })}</p>` : nothing}
    ${o.weighting === 'area' && o.kind !== 'reach' ? html`<p class="muted small">${pick(S.byArea, lang)}</p>` : nothing}
    ${barChart(chartBars(o, lang), pick(S.chart, lang))}
    ${o.kind === 'reach' ? reachTable(h) : html`${table(h)}${sitesView(h)}${gapsView(h)}`}
    <details class="method" open>
      <summary>${pick(S.methodNote, lang)}</summary>
      <p data-method>${pick(o.method, lang)}</p>
    </details>
    <p class="muted small">${fmt(S.elapsed, lang, { s: (o.elapsedMs / 1000).toFixed(2), n: h.run.facilityCount })}
      ${h.run.outOfReach > 0 ? fmt(S.outOfReach, lang, { n: h.run.outOfReach }) : ''}</p>
    <div class="row">
      <button type="button" data-action="export-geojson" @click=${() => h.exportGeoJson()}>${pick(S.exportGeoJson, lang)}</button>
      <button type="button" data-action="export-csv" @click=${() => h.exportCsv()}>${pick(S.exportCsv, lang)}</button>
      <button type="button" data-action="clear" @click=${() => h.clear()}>${pick(S.clear, lang)}</button>
    </div>
  </section>`;
}
