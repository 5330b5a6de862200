import { describe, expect, it, vi } from 'vitest';
import shp from 'shpjs';
import parseDbf from 'parsedbf';
import { unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import type { Feature, Geometry, Position } from 'geojson';
import { exportLayer, toCsv } from '../../../src/io/export/index';
import { writeDbf } from '../../../src/io/export/dbf-writer';
import { ExportError } from '../../../src/io/errors';
import { importFile } from '../../../src/io/import/index';
import { eachPosition } from '../../../src/io/crs/transform';
import type { WgsFeatureCollection } from '../../../src/io/types';
import { importFixture, metres } from './helpers';

vi.spyOn(console, 'debug').mockImplementation(() => {});

/** A small plan-like layer: polygons with a hole, attributes in Chinese. */
async function sample(): Promise<WgsFeatureCollection> {
  const { layers } = await importFixture('gk-cm111-gbk.zip');
  return layers.find((l) => l.name === '地类图斑')!.featureCollection;
}

function positions(f: Feature<Geometry | null>): Position[] {
  const out: Position[] = [];
  eachPosition(f.geometry, (p) => out.push(p));
  return out;
}

/** Same features (matched by BSM) and attributes; vertices within `tolDeg` degrees (as a set per feature: shapefile rings may be rewound). */
function expectSame(a: WgsFeatureCollection, b: WgsFeatureCollection, tolMetres: number, attrs: (p: Record<string, unknown>) => Record<string, unknown> = (p) => ({ ...p })) {
  expect(b.features).toHaveLength(a.features.length);
  const byKey = new Map(b.features.map((f) => [f.properties!.BSM, f]));
  for (const f of a.features) {
    const g = byKey.get(f.properties!.BSM)!;
    expect(g, `feature BSM=${f.properties!.BSM}`).toBeDefined();
    expect(attrs(g.properties!)).toEqual(attrs(f.properties!));
    const pa = positions(f);
    const pb = positions(g);
    expect(pb).toHaveLength(pa.length);
    for (const p of pa) expect(Math.min(...pb.map((q) => metres(p, q)))).toBeLessThan(tolMetres);
  }
}

/** What a Shapefile can hold: field names cut to 10 bytes (as the export warning lists), text outside GBK as '?'. */
function asShapefileHolds(props: Record<string, unknown>, renamed: { from: string; to: string }[], gbk = false): Record<string, unknown> {
  const map = new Map(renamed.map((r) => [r.from, r.to]));
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [map.get(k) ?? k, gbk && typeof v === 'string' ? v.replace('㐀', '?') : v]));
}

const roundTrip = async (fc: WgsFeatureCollection, format: 'geojson' | 'flatgeobuf' | 'csv' | 'shapefile', crs?: string, encoding?: 'utf-8' | 'gbk') => {
  const files = exportLayer(fc, format, { name: '地类图斑', crs, encoding });
  expect(files).toHaveLength(1);
  const renamed = (files[0].warnings.find((w) => w.code === 'DBF_FIELDS_RENAMED')?.details?.fields ?? []) as { from: string; to: string }[];
  const layer = (await importFile({ name: files[0].fileName, bytes: files[0].bytes }, { crs: format === 'csv' && crs ? crs : undefined })).layers[0];
  return { ...layer, renamed };
};

describe('export → import round trips', () => {
  // 1e-7° is about 1 cm; 1 mm is the stricter bound used for all formats.
  it.each([['geojson'], ['flatgeobuf'], ['shapefile']] as const)('%s in WGS 84: same features and attributes, vertices within 1 mm', async (format) => {
    const fc = await sample();
    const back = await roundTrip(fc, format);
    expect(back.sourceCrs.id).toBe('EPSG:4326');
    expect(back.renamed).toEqual(format === 'shapefile' ? [{ from: '权属单位', to: '权属单' }] : []);
    expectSame(fc, back.featureCollection, 0.001, (p) => asShapefileHolds(p, back.renamed));
  });

  it.each([['geojson'], ['flatgeobuf'], ['shapefile']] as const)('%s in EPSG:4546 (CGCS2000 GK CM 111°E): CRS written, read back within 1 mm', async (format) => {
    const fc = await sample();
    const back = await roundTrip(fc, format, 'EPSG:4546');
    expect(back.sourceCrs.id).toBe('EPSG:4546');
    expectSame(fc, back.featureCollection, 0.001, (p) => asShapefileHolds(p, back.renamed));
  });

  it('shapefile with GBK attributes (.cpg GBK, LDID 936) round-trips', async () => {
    const fc = await sample();
    const back = await roundTrip(fc, 'shapefile', 'EPSG:4525', 'gbk');
    expect(back.encoding).toEqual({ name: 'gbk', source: 'cpg' });
    expect(back.renamed).toEqual([]);
    expectSame(fc, back.featureCollection, 0.001, (p) => asShapefileHolds(p, [], true));
  });

  it('CSV: attributes plus centroid, UTF-8 with BOM, read back', async () => {
    const fc: WgsFeatureCollection = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { BSM: 1, 名称: '卢氏县人民医院', 床位: 600, 备注: '含"引号", 逗号\n换行' }, geometry: { type: 'Point', coordinates: [111.0468, 34.0537] } },
      { type: 'Feature', properties: { BSM: 2, 名称: '城关镇卫生院', 床位: 80, 备注: '' }, geometry: { type: 'Point', coordinates: [111.0612, 34.0581] } },
    ] };
    const [file] = exportLayer(fc, 'csv', { name: '设施' });
    expect(Array.from(file.bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const back = (await importFile({ name: file.fileName, bytes: file.bytes })).layers[0];
    expectSame(fc, back.featureCollection, 0.001, ({ lon: _x, lat: _y, ...rest }) => rest);
  });

  it('CSV of polygons in a GK zone gives area centroids in metres (east_x / north_y)', async () => {
    const fc = await sample();
    const [file] = exportLayer(fc, 'csv', { crs: 'EPSG:4546' });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(text.split('\r\n')[0]).toBe('\uFEFFBSM,DLBM,DLMC,权属单位,MJ,备注,east_x,north_y');
    const back = (await importFile({ name: 'c.csv', bytes: file.bytes }, { crs: 'EPSG:4546' })).layers[0];
    expect(back.featureCollection.features).toHaveLength(4);
    expect(metres((back.featureCollection.features[0].geometry as { coordinates: Position }).coordinates, [111.033, 34.0425])).toBeLessThan(2);
  });
});

describe('shapefile export details', () => {
  it('is readable by shpjs (independent reader, applies our .prj with proj4)', async () => {
    const fc = await sample();
    for (const crs of ['EPSG:4326', 'EPSG:4546', 'EPSG:4525']) {
      const [file] = exportLayer(fc, 'shapefile', { crs, name: '地类图斑' });
      const read = (await (shp as unknown as (b: Uint8Array) => Promise<WgsFeatureCollection>)(file.bytes));
      expectSame(fc, read, 0.01, (p) => asShapefileHolds(p, [{ from: '权属单位', to: '权属单' }]));
    }
  });

  it('zips .shp .shx .dbf .prj .cpg, one zip per geometry kind', () => {
    const fc: WgsFeatureCollection = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { a: 1 }, geometry: { type: 'Point', coordinates: [111, 34] } },
      { type: 'Feature', properties: { a: 2 }, geometry: { type: 'LineString', coordinates: [[111, 34], [111.1, 34.1]] } },
      { type: 'Feature', properties: { a: 3 }, geometry: null },
    ] };
    const files = exportLayer(fc, 'shapefile', { name: '混合' });
    expect(files.map((f) => f.fileName)).toEqual(['混合_point.zip', '混合_line.zip']);
    expect(Object.keys(unzipSync(files[0].bytes)).sort()).toEqual(['混合_point.cpg', '混合_point.dbf', '混合_point.prj', '混合_point.shp', '混合_point.shx']);
    expect(files[0].warnings.map((w) => w.code)).toContain('SHAPEFILE_SKIPPED_FEATURES');
  });

  it('cuts field names to 10 bytes at character boundaries, keeps them unique, and says so', () => {
    const { bytes, fields, warnings } = writeDbf([{ 规划用地面积平方米: 1.5, 规划用地面积公顷: 2, short: 'x' }], 'utf-8');
    expect(fields.map((f) => f.name)).toEqual(['规划用', '规划_1', 'short']);
    expect(fields.every((f) => new TextEncoder().encode(f.name).length <= 10)).toBe(true);
    expect(warnings[0].code).toBe('DBF_FIELDS_RENAMED');
    const rows = parseDbf(new DataView(bytes.buffer), 'utf-8') as Record<string, unknown>[];
    expect(rows[0]).toEqual({ 规划用: 1.5, 规划_1: 2, short: 'x' });
    const gbk = writeDbf([{ 规划用地面积平方米: 1 }], 'gbk');
    expect(gbk.fields[0].name).toBe('规划用地面');
  });

  it('writes GBK that iconv-lite and parsedbf decode, and flags characters GBK lacks', () => {
    const { bytes, warnings } = writeDbf([{ 名称: '卢氏县人民医院', 备注: '表情😀' }], 'gbk');
    expect(bytes[29]).toBe(0x4d);
    const rows = parseDbf(new DataView(bytes.buffer), 'gbk') as Record<string, unknown>[];
    expect(rows[0]['名称']).toBe('卢氏县人民医院');
    expect(rows[0]['备注']).toBe('表情?');
    expect(iconv.decode(Buffer.from(bytes.subarray(32, 36)), 'gbk')).toBe('名称');
    expect(warnings.map((w) => w.code)).toContain('GBK_UNMAPPABLE');
  });

  it('refuses CRSs it cannot write honestly', () => {
    expect(() => exportLayer({ type: 'FeatureCollection', features: [] }, 'geojson', { crs: 'EPSG:2382' })).toThrow(ExportError);
    expect(() => exportLayer({ type: 'FeatureCollection', features: [] }, 'shapefile', { crs: 'GCJ02' })).toThrow(ExportError);
  });
});

describe('toCsv for statistics tables', () => {
  it('writes a BOM, CRLF, quotes what needs quoting and defuses formulas', () => {
    const bytes = toCsv(
      [{ zone: '城关镇', area: 12.5, note: 'a,b', f: '=HYPERLINK("x")', neg: -3 }, { zone: '官道口镇', area: null, note: '说"明"', f: '+1', neg: '-2 号' }],
      [{ key: 'zone', title: '分区' }, { key: 'area', title: '面积（平方公里）' }, 'note', 'f', 'neg'],
    );
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe(
      '分区,面积（平方公里）,note,f,neg\r\n城关镇,12.5,"a,b","\'=HYPERLINK(""x"")",-3\r\n官道口镇,,"说""明""",+1,\'-2 号\r\n',
    );
  });
});
