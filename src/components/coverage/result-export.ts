/**
 * Exports of a coverage result: GeoJSON (every result feature with its
 * layer, plus the method note and parameters) and CSV (UTF-8 with BOM via
 * `toCsv`, so Excel on Chinese Windows reads it).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { CoverageOutcome } from '../../analysis-worker/coverage-protocol';
import { pick, type Lang } from '../../i18n/lang';
import { toCsv } from '../../io/index';
import { S } from '../../i18n/strings/coverage-panel';
import { downloadBlob } from '../download-blob';
import { csvTable } from './result-rows';

/** One FeatureCollection of the result, each feature tagged with `result_layer`. */
export function resultGeoJson(o: CoverageOutcome, lang: Lang, params: string): FeatureCollection & { metadata: Record<string, unknown> } {
  const tag = (name: string, fs: Feature[]) => fs.map((f) => ({ ...f, properties: { result_layer: name, ...f.properties } }));
  return {
    type: 'FeatureCollection',
    features: [
      ...tag('covered', o.covered.features),
      ...tag('gap', o.gaps.features),
      ...tag('band', o.bands.features),
      ...tag('suggested_site', o.sites.features),
      ...tag('place', o.places.features),
    ],
    metadata: {
      analysis: o.kind,
      method: pick(o.method, lang),
      target_area_m2: o.targetArea,
      weighting: o.weighting,
      levels: o.levels.map((l) => ({ item: pick(l.label, lang), covered_m2: l.coveredArea, share: l.share, population: l.population })),
      params,
      created: new Date().toISOString(),
    },
  };
}

export function geoJsonBlob(o: CoverageOutcome, lang: Lang, params: string): Blob {
  return new Blob([JSON.stringify(resultGeoJson(o, lang, params))], { type: 'application/geo+json' });
}

export function csvBlob(o: CoverageOutcome, lang: Lang): Blob {
  const { rows, columns } = csvTable(o, lang);
  return new Blob([toCsv(rows, columns) as BlobPart], { type: 'text/csv;charset=utf-8' });
}

/** `覆盖分析-15分钟生活圈-20260101.csv` style names. */
export function exportName(base: string, ext: 'geojson' | 'csv', date = new Date()): string {
  const d = `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
  return `${base.replace(/[\\/:*?"<>|\s]+/g, '-')}-${d}.${ext}`;
}

/** Saves the result as a file named after the analysis and the date. */
export function downloadResult(format: 'geojson' | 'csv', o: CoverageOutcome, lang: Lang, title: string, params: string): void {
  const blob = format === 'csv' ? csvBlob(o, lang) : geoJsonBlob(o, lang, params);
  downloadBlob(blob, exportName(`${pick(S.fileBase, lang)}-${title}`, format));
}
