import { describe, expect, it } from 'vitest';
import { LooksProjectedError, MalformedFileError, SwappedAxesError, CsvColumnsError, type SerializedIoError } from '../io/errors';
import { AUTO_OPTIONS, csvInfo, importReducer, reportChoices, retryChoices, toImportOptions, type ImportJob, type LayerReport } from './import-state';

const input = { kind: 'url' as const, url: 'https://example.org/a.geojson', mode: 'auto' as const };
const report = (over: Partial<LayerReport> = {}): LayerReport => ({
  layerIds: ['imp-1'], name: 'a', format: 'geojson', count: 3,
  crs: { id: 'EPSG:4326', name: { zh: 'WGS 84', en: 'WGS 84' }, source: 'format-default', approximateDatum: false },
  encoding: null, warnings: [], repairs: [], fields: [], ...over,
});

describe('import job reducer', () => {
  it('runs, reports progress, and finishes with reports', () => {
    let jobs: ImportJob[] = importReducer([], { type: 'start', id: 1, name: 'a', input, options: AUTO_OPTIONS });
    expect(jobs[0]).toMatchObject({ id: 1, phase: 'running', reports: [] });
    jobs = importReducer(jobs, { type: 'progress', id: 1, progress: { phase: 'reading', loadedBytes: 5, totalBytes: 10 } });
    expect(jobs[0].progress?.loadedBytes).toBe(5);
    jobs = importReducer(jobs, { type: 'done', id: 1, reports: [report()] });
    expect(jobs[0]).toMatchObject({ phase: 'done', progress: undefined, reports: [{ layerIds: ['imp-1'] }] });
  });

  it('a failed retry keeps the reports of the last success (those layers stay on the map)', () => {
    let jobs = importReducer([], { type: 'start', id: 1, name: 'a', input, options: AUTO_OPTIONS });
    jobs = importReducer(jobs, { type: 'done', id: 1, reports: [report()] });
    jobs = importReducer(jobs, { type: 'start', id: 1, name: 'a', input, options: { ...AUTO_OPTIONS, crs: 'EPSG:4546' } });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ phase: 'running', options: { crs: 'EPSG:4546' } });
    const error = new MalformedFileError('GeoJSON', { zh: '坏', en: 'bad' }).toJSON();
    jobs = importReducer(jobs, { type: 'failed', id: 1, error });
    expect(jobs[0]).toMatchObject({ phase: 'failed', error: { code: 'MALFORMED_FILE' }, reports: [{ layerIds: ['imp-1'] }] });
  });

  it('newest job first; cancel and dismiss', () => {
    let jobs = importReducer([], { type: 'start', id: 1, name: 'a', input, options: AUTO_OPTIONS });
    jobs = importReducer(jobs, { type: 'start', id: 2, name: 'b', input, options: AUTO_OPTIONS });
    expect(jobs.map((j) => j.id)).toEqual([2, 1]);
    jobs = importReducer(jobs, { type: 'cancelled', id: 2 });
    expect(jobs[0].phase).toBe('cancelled');
    // Progress after cancel is ignored.
    jobs = importReducer(jobs, { type: 'progress', id: 2, progress: { phase: 'parsing' } });
    expect(jobs[0].progress).toBeUndefined();
    expect(importReducer(jobs, { type: 'dismiss', id: 2 }).map((j) => j.id)).toEqual([1]);
  });

  it('turns panel options into library options, leaving "auto" to detection', () => {
    expect(toImportOptions(AUTO_OPTIONS)).toEqual({});
    expect(toImportOptions({ crs: 'EPSG:4546', encoding: 'gbk', swapXY: true, repair: true, csv: { x: '经度', y: '纬度' } })).toEqual({ crs: 'EPSG:4546', encoding: 'gbk', swapXY: true, repair: true, csv: { x: '经度', y: '纬度' } });
  });
});

describe('one-click fixes', () => {
  it('projected coordinates: the ranked CRS suggestions, then "choose a CRS…"', () => {
    const e = new LooksProjectedError({ zh: '像高斯-克吕格米', en: 'looks like GK metres' }, { zh: '选坐标系', en: 'choose a CRS' }, {
      retryWith: { crs: 'EPSG:4546' },
      details: { suggestions: [{ crs: 'EPSG:4546', name: { zh: 'CGCS2000 111E', en: 'CGCS2000 CM 111E' } }, { crs: 'EPSG:4525', name: { zh: '37带', en: 'zone 37' } }] },
    }).toJSON();
    const c = retryChoices(e);
    expect(c.map((x) => x.key)).toEqual(['crs:EPSG:4546', 'crs:EPSG:4525', 'pick:crs']);
    expect(c[0].patch).toEqual({ crs: 'EPSG:4546' });
    expect(c[0].label.zh).toContain('EPSG:4546');
    expect(c[2].pick).toBe('crs');
  });

  it('swapped axes offer "swap X/Y"; CSV without columns offers the column picker', () => {
    const swapped = new SwappedAxesError({ zh: '颠倒', en: 'swapped' }).toJSON();
    expect(retryChoices(swapped)).toEqual([expect.objectContaining({ key: 'swap', patch: { swapXY: true } })]);
    const cols = new CsvColumnsError({ zh: '找不到坐标列', en: 'no columns' }, ['名称', 'a', 'b']).toJSON();
    expect(retryChoices(cols).map((c) => c.key)).toEqual(['pick:csv']);
  });

  it('a plain malformed file has no fix to offer', () => {
    const e: SerializedIoError = new MalformedFileError('GeoJSON', { zh: 'x', en: 'x' }).toJSON();
    expect(retryChoices(e)).toEqual([]);
  });

  it('reports suggest repair for invalid geometry and GCJ-02 for Amap-looking data, once', () => {
    const r = report({
      warnings: [{ code: 'INVALID_GEOMETRY', text: { zh: '', en: '' } }],
      offsetHint: { suspected: 'GCJ02', reason: { zh: '字段像高德', en: 'Amap-like fields' }, evidence: ['gcj_lng'] },
    });
    expect(reportChoices(r, AUTO_OPTIONS).map((c) => c.key)).toEqual(['repair', 'crs:GCJ02']);
    expect(reportChoices(r, { ...AUTO_OPTIONS, repair: true, crs: 'GCJ02' })).toEqual([]);
  });

  it('reads the CSV columns used from the CSV_COLUMNS_USED warning', () => {
    const w = [{ code: 'CSV_COLUMNS_USED', text: { zh: '', en: '' }, details: { columns: { x: '经度', y: '纬度' }, headers: ['名称', '经度', '纬度'], delimiter: ',' } }];
    expect(csvInfo(w)).toEqual({ columns: { x: '经度', y: '纬度' }, headers: ['名称', '经度', '纬度'] });
    expect(csvInfo([])).toBeUndefined();
  });
});
