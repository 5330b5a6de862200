/**
 * State of the import panel as plain data: one job per dropped file (or
 * shapefile bundle, or URL), each running, done, failed or cancelled, with
 * the options it ran with, and the one-click fixes an error or a warning
 * suggests. A pure reducer, so the panel's behaviour is unit-tested.
 */
import type { SerializedIoError } from '../io/errors';
import type { ImportOptions, ImportProgress, I18nText, IoWarning, OffsetHint, RepairRecord, TextEncodingName } from '../io/types';

/** Options the panel lets the user set. `auto` leaves the choice to detection. */
export interface UiImportOptions {
  crs: string;
  encoding: 'auto' | TextEncodingName;
  csv?: { x?: string; y?: string; xy?: string };
  swapXY?: boolean;
  repair?: boolean;
}

export const AUTO_OPTIONS: UiImportOptions = { crs: 'auto', encoding: 'auto' };

/** What a job reads: files (a shapefile bundle is one zip) or an address. */
export type JobInput = { kind: 'file'; file: File } | { kind: 'url'; url: string; mode: UrlMode };
export type UrlMode = 'auto' | 'file' | 'ogc' | 'raster';

/** What one imported layer turned out as, for the report. */
export interface LayerReport {
  layerIds: string[];
  name: string;
  format: string;
  count: number;
  crs: { id: string; name: I18nText; source: string; approximateDatum: boolean };
  encoding: { name: string; source: string } | null;
  warnings: IoWarning[];
  repairs: RepairRecord[];
  offsetHint?: OffsetHint;
  fields: string[];
  landClassField?: string;
  /** CSV only: the columns used and all headers (for the column picker). */
  csv?: { columns: { x?: string; y?: string; xy?: string }; headers: string[] };
}

export type JobPhase = 'running' | 'done' | 'failed' | 'cancelled';

export interface ImportJob {
  id: number;
  name: string;
  input: JobInput;
  options: UiImportOptions;
  phase: JobPhase;
  progress?: ImportProgress;
  error?: SerializedIoError;
  reports: LayerReport[];
  /** Raster overlay added by a URL job. */
  rasterId?: string;
}

export type ImportAction =
  | { type: 'start'; id: number; name: string; input: JobInput; options: UiImportOptions }
  | { type: 'progress'; id: number; progress: ImportProgress }
  | { type: 'done'; id: number; reports: LayerReport[]; rasterId?: string }
  | { type: 'failed'; id: number; error: SerializedIoError }
  | { type: 'cancelled'; id: number }
  | { type: 'dismiss'; id: number };

/**
 * Next job list. A `start` with a known id is a retry: the job runs again
 * with new options, and its earlier layers stay until the retry succeeds.
 * @example importReducer([], { type: 'start', id: 1, name: 'a.zip', input, options: AUTO_OPTIONS })[0].phase // 'running'
 */
export function importReducer(jobs: readonly ImportJob[], a: ImportAction): ImportJob[] {
  const update = (id: number, f: (j: ImportJob) => ImportJob) => jobs.map((j) => (j.id === id ? f(j) : j));
  switch (a.type) {
    case 'start': {
      const existing = jobs.find((j) => j.id === a.id);
      if (existing) return update(a.id, (j) => ({ ...j, options: a.options, input: a.input, phase: 'running', progress: undefined, error: undefined }));
      return [{ id: a.id, name: a.name, input: a.input, options: a.options, phase: 'running', reports: [] }, ...jobs];
    }
    case 'progress':
      return update(a.id, (j) => (j.phase === 'running' ? { ...j, progress: a.progress } : j));
    case 'done':
      return update(a.id, (j) => ({ ...j, phase: 'done', progress: undefined, error: undefined, reports: a.reports, rasterId: a.rasterId ?? j.rasterId }));
    case 'failed':
      // Keep earlier reports: a failed retry leaves the layers of the last success on the map.
      return update(a.id, (j) => ({ ...j, phase: 'failed', progress: undefined, error: a.error }));
    case 'cancelled':
      return update(a.id, (j) => ({ ...j, phase: 'cancelled', progress: undefined }));
    case 'dismiss':
      return jobs.filter((j) => j.id !== a.id);
  }
}

/** Library options for a job's UI options. */
export function toImportOptions(o: UiImportOptions): ImportOptions {
  return {
    ...(o.crs !== 'auto' ? { crs: o.crs } : {}),
    ...(o.encoding !== 'auto' ? { encoding: o.encoding } : {}),
    ...(o.csv ? { csv: { ...o.csv } } : {}),
    ...(o.swapXY ? { swapXY: true } : {}),
    ...(o.repair ? { repair: true } : {}),
  };
}

/** A one-click fix: re-run the job with `patch` applied, or open a picker. */
export interface FixChoice {
  key: string;
  label: I18nText;
  patch?: Partial<UiImportOptions>;
  /** The UI shows a picker instead of re-running at once. */
  pick?: 'crs' | 'csv' | 'encoding';
}

const CRS_CODES = new Set(['LOOKS_PROJECTED', 'CRS_UNKNOWN', 'CRS_MISMATCH']);

function crsChoice(id: string, name?: I18nText): FixChoice {
  const n = name ? `（${name.zh}）` : '';
  const ne = name ? ` (${name.en})` : '';
  return { key: `crs:${id}`, label: { zh: `按 ${id}${n} 重新导入`, en: `Import again as ${id}${ne}` }, patch: { crs: id } };
}

/**
 * The fixes an import error suggests, best first: its `retryWith`, ranked CRS
 * suggestions, and a picker where the user must choose.
 * @example retryChoices(err).map((c) => c.key) // ['crs:EPSG:4546', 'crs:EPSG:4525', 'pick:crs']
 */
export function retryChoices(error: SerializedIoError): FixChoice[] {
  const out: FixChoice[] = [];
  const r = error.retryWith ?? {};
  const suggestions = (error.details?.suggestions as { crs: string; name?: I18nText }[] | undefined) ?? [];
  if (r.crs !== undefined) out.push(crsChoice(String(r.crs), suggestions.find((s) => s.crs === String(r.crs))?.name));
  for (const s of suggestions.slice(0, 3)) if (!out.some((c) => c.key === `crs:${s.crs}`)) out.push(crsChoice(s.crs, s.name));
  if (r.swapXY) out.push({ key: 'swap', label: { zh: '交换 X/Y 后重新导入', en: 'Swap X/Y and import again' }, patch: { swapXY: true } });
  if (r.repair) out.push({ key: 'repair', label: { zh: '修复几何后重新导入', en: 'Repair geometry and import again' }, patch: { repair: true } });
  if (r.encoding) out.push({ key: `enc:${r.encoding}`, label: { zh: `按 ${r.encoding} 编码重新导入`, en: `Import again as ${r.encoding}` }, patch: { encoding: r.encoding } });
  if (r.csv) out.push({ key: 'csv', label: { zh: '使用建议的坐标列重新导入', en: 'Import again with the suggested columns' }, patch: { csv: { ...r.csv } } });
  if (CRS_CODES.has(error.code)) out.push({ key: 'pick:crs', label: { zh: '选择坐标系…', en: 'Choose a CRS…' }, pick: 'crs' });
  if (error.code === 'CSV_COLUMNS') out.push({ key: 'pick:csv', label: { zh: '选择坐标列…', en: 'Choose the coordinate columns…' }, pick: 'csv' });
  return out;
}

/**
 * Fixes a successful import's report suggests (repair invalid geometry,
 * convert GCJ-02/BD-09, change encoding or CRS).
 */
export function reportChoices(report: LayerReport, options: UiImportOptions): FixChoice[] {
  const out: FixChoice[] = [];
  const codes = new Set(report.warnings.map((w) => w.code));
  if (codes.has('INVALID_GEOMETRY') && !options.repair) out.push({ key: 'repair', label: { zh: '修复几何', en: 'Repair geometry' }, patch: { repair: true } });
  if (report.offsetHint && options.crs !== report.offsetHint.suspected) {
    const id = report.offsetHint.suspected;
    out.push({ key: `crs:${id}`, label: { zh: `按 ${id === 'GCJ02' ? 'GCJ-02（高德/腾讯）' : 'BD-09（百度）'}纠偏`, en: `Convert from ${id === 'GCJ02' ? 'GCJ-02 (Amap/Tencent)' : 'BD-09 (Baidu)'}` }, patch: { crs: id } });
  }
  if (codes.has('CRS_ASSUMED_WGS84') && !report.offsetHint) out.push({ key: 'crs:GCJ02', label: { zh: '数据来自高德/腾讯地图（GCJ-02）', en: 'Data is from Amap/Tencent (GCJ-02)' }, patch: { crs: 'GCJ02' } });
  if (codes.has('ENCODING_MISMATCH') || codes.has('CPG_UNKNOWN') || report.encoding?.source === 'detected') out.push({ key: 'pick:encoding', label: { zh: '文字乱码？选择编码…', en: 'Garbled text? Choose the encoding…' }, pick: 'encoding' });
  return out;
}

/** CSV columns used, from the `CSV_COLUMNS_USED` warning. */
export function csvInfo(warnings: readonly IoWarning[]): LayerReport['csv'] {
  const w = warnings.find((x) => x.code === 'CSV_COLUMNS_USED');
  const d = w?.details as { columns?: { x?: string; y?: string; xy?: string }; headers?: string[] } | undefined;
  return d?.columns && Array.isArray(d.headers) ? { columns: d.columns, headers: d.headers } : undefined;
}
