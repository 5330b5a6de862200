import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Point } from 'geojson';
import { fetchOgcFeatures } from '../../../src/io/remote/ogc-features';
import { importFromUrl } from '../../../src/io/remote/url-import';
import { fetchFlatGeobufBbox } from '../../../src/io/remote/flatgeobuf-bbox';
import { rasterSourceFromUrl, wmsSource, wmtsSource, xyzSource } from '../../../src/io/remote/raster';
import { validateHttpUrl } from '../../../src/io/remote/url';
import { writeFlatGeobuf } from '../../../src/io/export/flatgeobuf';
import { fromWgs84Fn } from '../../../src/io/crs/transform';
import { getCrs } from '../../../src/io/crs/registry';
import { FileTooLargeError, ImportCancelledError, RemoteSourceError } from '../../../src/io/errors';
import { fixture, metres, rejection } from './helpers';

vi.spyOn(console, 'debug').mockImplementation(() => {});

const points = Array.from({ length: 25 }, (_, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [110.6 + (i % 5) * 0.15, 33.6 + Math.floor(i / 5) * 0.15] } }));
const gridFgb = writeFlatGeobuf({ type: 'FeatureCollection', features: points } as never);
const projectedFgb = writeFlatGeobuf({ type: 'FeatureCollection', features: points.map((p) => ({ ...p, geometry: { type: 'Point', coordinates: fromWgs84Fn(getCrs(4546)!)(p.geometry.coordinates) } })) } as never, { crsCode: 4546 });
const noIndexFgb = writeFlatGeobuf({ type: 'FeatureCollection', features: points } as never, { indexNodeSize: 0 });
let server: Server;
let base: string;
const requests: string[] = [];

function sendRange(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, body: Uint8Array) {
  const m = /bytes=(\d+)-(\d+)/.exec(req.headers.range ?? '');
  res.setHeader('Accept-Ranges', 'bytes');
  if (!m) return res.end(body);
  const start = Number(m[1]);
  const end = Math.min(Number(m[2]), body.length - 1);
  res.writeHead(206, { 'Content-Range': `bytes ${start}-${end}/${body.length}`, 'Content-Length': end - start + 1 });
  res.end(body.subarray(start, end + 1));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    requests.push(url.pathname + url.search);
    if (url.pathname === '/ogc/collections/pois/items') {
      const limit = Number(url.searchParams.get('limit'));
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const page = points.slice(offset, offset + limit);
      const next = offset + limit < points.length ? [{ rel: 'next', type: 'application/geo+json', href: offset === 0 ? `items?limit=${limit}&offset=${offset + limit}` : `${base}/ogc/collections/pois/items?limit=${limit}&offset=${offset + limit}` }] : [];
      res.setHeader('Content-Type', 'application/geo+json');
      return res.end(JSON.stringify({ type: 'FeatureCollection', features: page, links: [{ rel: 'self', href: req.url }, ...next] }));
    }
    if (url.pathname === '/ogc/collections/gk/items') {
      res.setHeader('Content-Crs', '<http://www.opengis.net/def/crs/EPSG/0/4546>');
      return res.end(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [504616.531, 3769208.712] } }], links: [] }));
    }
    if (url.pathname === '/data/facilities.csv') return res.end(fixture('facilities-utf8.csv'));
    if (url.pathname === '/data/parcels') {
      res.setHeader('Content-Type', 'application/geo+json');
      return res.end(JSON.stringify({ type: 'FeatureCollection', features: points }));
    }
    if (url.pathname === '/data/grid.fgb') return sendRange(req, res, gridFgb);
    if (url.pathname === '/data/projected.fgb') return sendRange(req, res, projectedFgb);
    if (url.pathname === '/data/noindex.fgb') return sendRange(req, res, noIndexFgb);
    if (url.pathname === '/data/big.geojson') {
      res.setHeader('Content-Length', String(60 * 1024 * 1024));
      return res.end('{');
    }
    if (url.pathname === '/slow') {
      res.write('{"type":"FeatureCollection","features":[');
      return setTimeout(() => res.end(']}'), 5000);
    }
    res.statusCode = 404;
    res.end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }));

describe('OGC API Features', () => {
  it('follows next links (relative and absolute) with the page size asked for', async () => {
    requests.length = 0;
    const progress: number[] = [];
    const { layers } = await fetchOgcFeatures(`${base}/ogc/collections/pois`, { limit: 10, onProgress: (p) => p.phase === 'reading' && progress.push(p.features!) });
    expect(layers[0].featureCollection.features).toHaveLength(25);
    expect(layers[0].name).toBe('pois');
    expect(layers[0].format).toBe('ogc-features');
    expect(requests).toEqual(['/ogc/collections/pois/items?limit=10', '/ogc/collections/pois/items?limit=10&offset=10', '/ogc/collections/pois/items?limit=10&offset=20']);
    expect(progress).toEqual([10, 20, 25]);
  });

  it('stops at maxFeatures and says so', async () => {
    const { layers } = await fetchOgcFeatures(`${base}/ogc/collections/pois/items`, { limit: 10, maxFeatures: 15 });
    expect(layers[0].featureCollection.features).toHaveLength(15);
    expect(layers[0].warnings.map((w) => w.code)).toContain('OGC_TRUNCATED');
  });

  it('honours the Content-Crs header', async () => {
    const { layers } = await fetchOgcFeatures(`${base}/ogc/collections/gk/items`);
    expect(layers[0].sourceCrs).toMatchObject({ id: 'EPSG:4546', source: 'response-header' });
    expect(metres((layers[0].featureCollection.features[0].geometry as Point).coordinates, [111.05, 34.05])).toBeLessThan(0.01);
  });

  it('gives clear errors for a wrong address and a 404', async () => {
    expect((await rejection(fetchOgcFeatures(`${base}/ogc/whatever`))).code).toBe('OGC_NOT_ITEMS_URL');
    const err = await rejection(fetchOgcFeatures(`${base}/ogc/collections/none/items`));
    expect(err).toBeInstanceOf(RemoteSourceError);
    expect(err).toMatchObject({ code: 'HTTP_ERROR', details: { status: 404 } });
  });
});

describe('files by URL', () => {
  it('imports a CSV or a GeoJSON without extension (by content type)', async () => {
    expect((await importFromUrl(`${base}/data/facilities.csv`)).layers[0].featureCollection.features).toHaveLength(3);
    expect((await importFromUrl(`${base}/data/parcels`)).layers[0].featureCollection.features).toHaveLength(25);
  });

  it('refuses a download announced as too large before reading it', async () => {
    expect(await rejection(importFromUrl(`${base}/data/big.geojson`))).toBeInstanceOf(FileTooLargeError);
  });

  it('cancels a download in flight', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    expect(await rejection(importFromUrl(`${base}/slow`, { signal: controller.signal }))).toBeInstanceOf(ImportCancelledError);
  });

  it('explains a network failure (server gone / CORS)', async () => {
    const err = await rejection(importFromUrl('http://127.0.0.1:9/nothing.geojson'));
    expect(err).toMatchObject({ code: 'NETWORK_ERROR' });
    expect(err.hint!.en).toMatch(/CORS/);
  });
});

describe('FlatGeobuf by bbox (HTTP range requests)', () => {
  it('returns only the features in the box, reading parts of the file', async () => {
    requests.length = 0;
    const { layers } = await fetchFlatGeobufBbox(`${base}/data/grid.fgb`, [110.7, 33.7, 110.95, 33.95]);
    const got = layers[0].featureCollection.features.map((f) => f.properties!.i).sort((a, b) => (a as number) - (b as number));
    expect(got).toEqual([6, 7, 11, 12]);
  });

  it('converts the box into the file CRS (EPSG:4546)', async () => {
    const { layers } = await fetchFlatGeobufBbox(`${base}/data/projected.fgb`, [110.7, 33.7, 110.95, 33.95]);
    expect(layers[0].sourceCrs.id).toBe('EPSG:4546');
    expect(layers[0].featureCollection.features.map((f) => f.properties!.i).sort((a, b) => (a as number) - (b as number))).toEqual([6, 7, 11, 12]);
  });

  it('explains a file without index and an empty box', async () => {
    expect((await rejection(fetchFlatGeobufBbox(`${base}/data/noindex.fgb`, [110, 33, 112, 35]))).code).toBe('FGB_NO_INDEX');
    expect((await rejection(fetchFlatGeobufBbox(`${base}/data/grid.fgb`, [100, 20, 100.1, 20.1]))).code).toBe('NO_FEATURES_IN_BBOX');
  });
});

describe('URL validation and raster descriptors', () => {
  it('rejects unsafe or broken URLs with clear codes', () => {
    for (const [u, code] of [['javascript:alert(1)', 'URL_SCHEME'], ['file:///etc/passwd', 'URL_SCHEME'], ['not a url', 'INVALID_URL'], ['https://user:pw@example.org/x', 'URL_CREDENTIALS']]) {
      expect(() => validateHttpUrl(u)).toThrowError(expect.objectContaining({ code }));
    }
  });

  it('builds XYZ sources, expanding {s} and {-y}', () => {
    expect(xyzSource('https://{s}.tile.example.org/{z}/{x}/{y}.png', { attribution: '© 示例', maxzoom: 18 }).source).toEqual({
      type: 'raster', tiles: ['https://a.tile.example.org/{z}/{x}/{y}.png', 'https://b.tile.example.org/{z}/{x}/{y}.png', 'https://c.tile.example.org/{z}/{x}/{y}.png'], tileSize: 256, maxzoom: 18, attribution: '© 示例',
    });
    expect(xyzSource('https://t.example.org/{z}/{x}/{-y}.png').source.scheme).toBe('tms');
    expect(() => xyzSource('https://t.example.org/tiles.png')).toThrowError(expect.objectContaining({ code: 'RASTER_TEMPLATE' }));
  });

  it('builds WMTS (Tianditu-style KVP) and refuses geographic matrix sets', () => {
    const d = wmtsSource('https://t0.tianditu.gov.cn/img_w/wmts?tk=KEY', { layer: 'img', tileMatrixSet: 'w', format: 'tiles' });
    const url = new URL(d.source.tiles[0].replace(/[{}]/g, ''));
    expect(d.source.tiles[0]).toContain('TILEMATRIX={z}&TILEROW={y}&TILECOL={x}');
    expect(url.searchParams.get('tk')).toBe('KEY');
    expect(url.searchParams.get('LAYER')).toBe('img');
    expect(() => wmtsSource('https://t0.tianditu.gov.cn/img_c/wmts', { layer: 'img', tileMatrixSet: 'c' })).toThrowError(expect.objectContaining({ code: 'RASTER_CRS_UNSUPPORTED' }));
    expect(wmtsSource('https://example.org/wmts/1.0.0/layer/default/{TileMatrixSet}/{TileMatrix}/{TileRow}/{TileCol}.png', { tileMatrixSet: 'GoogleMapsCompatible' }).source.tiles[0]).toBe('https://example.org/wmts/1.0.0/layer/default/GoogleMapsCompatible/{z}/{y}/{x}.png');
  });

  it('builds a WMS GetMap tile URL with {bbox-epsg-3857}, keeping the service parameters', () => {
    const d = wmsSource('https://example.org/geoserver/wms?map=plan&SRS=EPSG:4326', { layers: '规划:用地' });
    const tile = d.source.tiles[0];
    expect(tile).toContain('BBOX={bbox-epsg-3857}');
    expect(tile).toContain('CRS=EPSG%3A3857');
    expect(tile).not.toMatch(/SRS=/);
    expect(tile).toContain('map=plan');
    expect(new URL(tile.replace('{bbox-epsg-3857}', '0,0,1,1')).searchParams.get('LAYERS')).toBe('规划:用地');
    expect(() => wmsSource('https://example.org/wms')).toThrowError(expect.objectContaining({ code: 'WMS_PARAMS' }));
  });

  it('recognises a pasted URL', () => {
    expect(rasterSourceFromUrl('https://x.org/{z}/{x}/{y}.png').kind).toBe('xyz');
    expect(rasterSourceFromUrl('https://x.org/ows?SERVICE=WMS&LAYERS=a').kind).toBe('wms');
    expect(() => rasterSourceFromUrl('https://x.org/image.png')).toThrowError(expect.objectContaining({ code: 'RASTER_UNKNOWN' }));
  });
});
