import { describe, expect, it } from 'vitest';
import type { LineString, MultiLineString, Point } from 'geojson';
import { CsvColumnsError, LooksProjectedError, SwappedAxesError } from '../../../src/io/errors';
import { importFile } from '../../../src/io/import/index';
import { parseCoordinate } from '../../../src/io/import/csv';
import { detectCoordinateColumns } from '../../../src/io/import/csv-columns';
import { importFixture, metres, rejection, TRUTH } from './helpers';

const pointAt = (f: { geometry: unknown }) => (f.geometry as Point).coordinates;

describe('CSV import', () => {
  it.each([
    ['facilities-utf8.csv', { name: 'utf-8', source: 'bom' }],
    ['facilities-gbk.csv', { name: 'gbk', source: 'detected' }],
    ['facilities.tsv', { name: 'utf-8', source: 'detected' }],
  ])('%s: finds 经度/纬度, decodes Chinese, types numbers', async (file, encoding) => {
    const { layers } = await importFixture(file);
    const [layer] = layers;
    expect(layer.encoding).toEqual(encoding);
    expect(layer.featureCollection.features).toHaveLength(3);
    layer.featureCollection.features.forEach((f, i) => {
      expect(pointAt(f)).toEqual(TRUTH.facilities[i].lonlat);
      expect(f.properties!['名称']).toBe(TRUTH.facilities[i].name);
      expect(f.properties!['床位']).toBe(TRUTH.facilities[i].beds);
    });
    expect(layer.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['CSV_COLUMNS_USED', 'CRS_ASSUMED_WGS84']));
  });

  it('accepts a forced encoding and column choice', async () => {
    const text = '名称;东;北;备注\n甲;111.05;34.05;x\n';
    const { layers } = await importFile({ name: 't.txt', bytes: new TextEncoder().encode(text) }, { csv: { x: '东', y: '北', delimiter: ';' }, encoding: 'utf-8' });
    expect(pointAt(layers[0].featureCollection.features[0])).toEqual([111.05, 34.05]);
    const err = await rejection(importFile({ name: 't.csv', bytes: new TextEncoder().encode(text) }, { csv: { x: 'lon', y: 'lat' } }));
    expect(err).toBeInstanceOf(CsvColumnsError);
    expect(err.details!.headers).toEqual(['名称', '东', '北', '备注']);
  });

  it('reads Chinese survey tables (X = north, Y = east with zone prefix) once the CRS is known', async () => {
    const err = await rejection(importFixture('survey-xy-gbk.csv'));
    expect(err).toBeInstanceOf(LooksProjectedError);
    expect(err.retryWith).toEqual({ crs: 'EPSG:4525' });
    expect(err.text!.en).toMatch(/zone prefix 37/);
    const { layers } = await importFixture('survey-xy-gbk.csv', { crs: 'EPSG:4525' });
    expect(layers[0].warnings.map((w) => w.code)).toContain('SURVEY_AXIS_ORDER');
    layers[0].featureCollection.features.forEach((f, i) => expect(metres(pointAt(f), TRUTH.facilities[i].lonlat)).toBeLessThan(1));
    expect(layers[0].featureCollection.features[0].properties!['说明']).toBe(TRUTH.facilities[0].name);
  });

  it('reads an Amap "lng,lat" location column, hints GCJ-02, and converts on request to within 1 m', async () => {
    const plain = await importFixture('amap-poi.csv');
    expect(plain.layers[0].offsetHint?.suspected).toBe('GCJ02');
    expect(plain.layers[0].offsetHint?.reason.zh).toMatch(/无法仅凭坐标判断/);
    // Unconverted GCJ-02 points are hundreds of metres off.
    expect(metres(pointAt(plain.layers[0].featureCollection.features[0]), TRUTH.pois[0].lonlat)).toBeGreaterThan(100);
    const { layers } = await importFixture('amap-poi.csv', { crs: 'GCJ02' });
    expect(layers[0].offsetHint).toBeUndefined();
    expect(layers[0].sourceCrs.id).toBe('GCJ02');
    layers[0].featureCollection.features.forEach((f, i) => expect(metres(pointAt(f), TRUTH.pois[i].lonlat)).toBeLessThan(1));
    expect(layers[0].featureCollection.features[0].properties!.adcode).toBe('411224');
  });

  it('skips rows without coordinates and says which lines', async () => {
    const csv = 'name,lon,lat\na,111.05,34.05\nb,,\nc,abc,34\n';
    const { layers } = await importFile({ name: 'x.csv', bytes: new TextEncoder().encode(csv) });
    expect(layers[0].featureCollection.features).toHaveLength(1);
    const w = layers[0].warnings.find((x) => x.code === 'CSV_ROWS_WITHOUT_COORDINATES')!;
    expect(w.text.en).toMatch(/lines 3, 4/);
  });

  it('keeps strings as strings: codes, leading zeros, formulas', async () => {
    const csv = 'DLBM,编号,n,f,lon,lat\n0103,001,7,=SUM(A1),111.05,34.05\n';
    const { layers } = await importFile({ name: 'x.csv', bytes: new TextEncoder().encode(csv) });
    expect({ ...layers[0].featureCollection.features[0].properties }).toMatchObject({ DLBM: '0103', 编号: '001', n: 7, f: '=SUM(A1)' });
  });

  it('detects coordinate columns by many names', () => {
    expect(detectCoordinateColumns(['名称', '经度(°)', '纬度(°)'])).toEqual({ x: '经度(°)', y: '纬度(°)' });
    expect(detectCoordinateColumns(['X坐标', 'Y坐标'])).toEqual({ x: 'X坐标', y: 'Y坐标' });
    expect(detectCoordinateColumns(['东坐标', '北坐标'])).toEqual({ x: '东坐标', y: '北坐标' });
    expect(detectCoordinateColumns(['Longitude', 'Latitude'])).toEqual({ x: 'Longitude', y: 'Latitude' });
    expect(detectCoordinateColumns(['lng_gcj02', 'lat_gcj02'])).toEqual({ x: 'lng_gcj02', y: 'lat_gcj02' });
    expect(detectCoordinateColumns(['name', 'location'], [['a', '111.05,34.05']])).toEqual({ xy: 'location' });
    expect(detectCoordinateColumns(['名称', '地址'])).toEqual({});
  });

  it('parses degree-minute-second cells', () => {
    expect(parseCoordinate('111°2′30″E')).toBeCloseTo(111.041667, 6);
    expect(parseCoordinate('34度3分')).toBeCloseTo(34.05, 6);
    expect(parseCoordinate('-12.5')).toBe(-12.5);
    expect(parseCoordinate('abc')).toBeNull();
  });
});

describe('GeoJSON import', () => {
  it('hints GCJ-02 for Amap-style POIs and converts to within 1 m when asked', async () => {
    const raw = await importFixture('gcj02-poi.geojson');
    expect(raw.layers[0].offsetHint).toMatchObject({ suspected: 'GCJ02' });
    expect(raw.layers[0].sourceCrs).toMatchObject({ id: 'EPSG:4326', source: 'format-default' });
    const { layers } = await importFixture('gcj02-poi.geojson', { crs: 'GCJ02' });
    layers[0].featureCollection.features.forEach((f, i) => expect(metres(pointAt(f), TRUTH.pois[i].lonlat)).toBeLessThan(1));
  });

  it('converts BD-09 on request', async () => {
    const { default: gcoord } = await import('gcoord');
    const bd = gcoord.transform([111.05, 34.05], gcoord.WGS84, gcoord.BD09);
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { 百度uid: 'x' }, geometry: { type: 'Point', coordinates: bd } }] };
    const bytes = new TextEncoder().encode(JSON.stringify(fc));
    expect((await importFile({ name: 'baidu.json', bytes })).layers[0].offsetHint?.suspected).toBe('BD09');
    const { layers } = await importFile({ name: 'baidu.json', bytes }, { crs: 'BD09' });
    expect(metres(pointAt(layers[0].featureCollection.features[0]), [111.05, 34.05])).toBeLessThan(1);
  });

  it('reads the legacy crs member (projected GeoJSON from GDAL)', async () => {
    const fc = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4546' } }, features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [504616.531, 3769208.712] } }] };
    const { layers } = await importFile({ name: 'p.geojson', bytes: new TextEncoder().encode(JSON.stringify(fc)) });
    expect(layers[0].sourceCrs).toMatchObject({ id: 'EPSG:4546', source: 'geojson-crs' });
    expect(metres(pointAt(layers[0].featureCollection.features[0]), [111.05, 34.05])).toBeLessThan(0.01);
  });

  it('accepts a bare Feature or geometry', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ type: 'Point', coordinates: [111.05, 34.05] }));
    const { layers } = await importFile({ name: 'g.json', bytes });
    expect(layers[0].featureCollection.features).toHaveLength(1);
  });

  it('refuses swapped lat/lon with a one-click retry', async () => {
    const err = await rejection(importFixture('bad/swapped.geojson'));
    expect(err).toBeInstanceOf(SwappedAxesError);
    const { layers } = await importFixture('bad/swapped.geojson', err.retryWith);
    layers[0].featureCollection.features.forEach((f, i) => expect(pointAt(f)).toEqual(TRUTH.facilities[i].lonlat));
  });

  it('warns when the data lies far outside the county, with a configurable reference area', async () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [116.4, 39.9] } }] };
    const bytes = new TextEncoder().encode(JSON.stringify(fc));
    const { layers } = await importFile({ name: 'beijing.geojson', bytes });
    const w = layers[0].warnings.find((x) => x.code === 'OUTSIDE_REFERENCE_AREA')!;
    expect(w.details!.distanceKm).toBeGreaterThan(600);
    expect(w.text.zh).toMatch(/卢氏县/);
    const none = await importFile({ name: 'beijing.geojson', bytes }, { referenceBbox: null });
    expect(none.layers[0].warnings).toEqual([]);
  });
});

describe('KML and GPX import', () => {
  it('reads KML placemarks with names, extended data and MultiGeometry', async () => {
    const { layers } = await importFixture('trails.kml');
    const [layer] = layers;
    expect(layer.name).toBe('卢氏县步道');
    const types = layer.featureCollection.features.map((f) => f.geometry!.type);
    expect(types).toEqual(['Point', 'LineString', 'MultiLineString', 'Polygon']);
    expect(layer.featureCollection.features[0].properties).toMatchObject({ name: TRUTH.facilities[0].name, 等级: '县级' });
    expect((layer.featureCollection.features[2].geometry as MultiLineString).coordinates).toHaveLength(2);
    expect(layer.warnings.map((w) => w.code)).toContain('GEOMETRY_COLLECTION_CONVERTED');
  });

  it('reads GPX waypoints and tracks', async () => {
    const { layers } = await importFixture('track.gpx');
    expect(layers[0].name).toBe('外业调查轨迹');
    const track = layers[0].featureCollection.features.find((f) => f.geometry!.type === 'LineString')!;
    expect((track.geometry as LineString).coordinates.map((c) => c.slice(0, 2))).toEqual(TRUTH.facilities.map((f) => f.lonlat));
    expect(layers[0].featureCollection.features.filter((f) => f.geometry!.type === 'Point')).toHaveLength(2);
  });
});
