import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTiles } from '../../scripts/build-tiles';
import { BASEMAP_VECTOR_LAYERS, offlineBasemapStyle, resolveTileJson, type Lang } from './basemap-style';
import { BASEMAPS, BasemapKeyError, basemapStyleSpec, DEFAULT_BASEMAP, getBasemap, tiandituTiles } from './basemaps';
import { buildFontFaces, FONT_NAME } from './font-faces';

const faces = buildFontFaces({ latin: 'U+0-FF', '[7]': 'U+4E00-9FFF' }, (s) => `https://example.org/f/${s}.woff2`);
const TILES = 'https://example.org/tiles/basemap/{z}/{x}/{y}.pbf';
const tmp = mkdtempSync(join(tmpdir(), 'basemap-test-'));
let tileJson: { vector_layers: { id: string; fields: Record<string, string> }[]; bounds: [number, number, number, number] };

beforeAll(async () => {
  await buildTiles({ layersDir: resolve('layers'), outDir: tmp });
  tileJson = JSON.parse(readFileSync(join(tmp, 'tiles.json'), 'utf8'));
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('offlineBasemapStyle', () => {
  for (const lang of ['zh', 'en'] as Lang[]) {
    it(`validates with MapLibre's style validator (${lang})`, () => {
      const style = basemapStyleSpec(getBasemap('offline'), { tilesUrl: TILES, lang, bounds: tileJson.bounds }, faces);
      expect(validateStyleMin(style)).toEqual([]);
      expect(style.glyphs).toBeUndefined();
      expect(style['font-faces']).toHaveProperty([FONT_NAME]);
    });
  }

  it('reads only vector layers and fields that tiles.json lists', () => {
    const { layers } = offlineBasemapStyle({ tilesUrl: TILES, lang: 'zh' });
    const inTiles = new Map(tileJson.vector_layers.map((l) => [l.id, l.fields]));
    const used = layers.flatMap((l) => ('source-layer' in l && l['source-layer'] ? [l['source-layer']] : []));
    expect(new Set(used)).toEqual(new Set(BASEMAP_VECTOR_LAYERS));
    for (const l of used) expect(inTiles.has(l), `source-layer ${l}`).toBe(true);
    const fields = JSON.stringify(layers).match(/\["get","([\w-]+)"\]/g)!.map((g) => g.slice(8, -2));
    const known = new Set([...inTiles.values()].flatMap((f) => Object.keys(f)));
    expect(fields.filter((f) => !known.has(f))).toEqual([]);
  });

  it('labels in Chinese by default and in English for lang "en", always with the bundled font', () => {
    const zh = offlineBasemapStyle({ tilesUrl: TILES, lang: 'zh' }).layers.filter((l) => l.type === 'symbol');
    const en = offlineBasemapStyle({ tilesUrl: TILES, lang: 'en' }).layers.filter((l) => l.type === 'symbol');
    expect(zh.length).toBeGreaterThan(2);
    for (const l of zh) expect(l.layout).toMatchObject({ 'text-font': [FONT_NAME], 'text-field': ['get', 'name'] });
    for (const l of en) expect(JSON.stringify(l.layout?.['text-field'])).toContain('name_en');
  });

  it('keeps requests inside the tile bounds and zooms', () => {
    const src = offlineBasemapStyle({ tilesUrl: TILES, lang: 'zh', bounds: tileJson.bounds, maxzoom: 12 }).sources.basemap;
    expect(src).toMatchObject({ type: 'vector', tiles: [TILES], bounds: tileJson.bounds, maxzoom: 12 });
  });
});

describe('resolveTileJson', () => {
  it('makes the relative tile template absolute without encoding the braces', () => {
    const r = resolveTileJson({ tiles: ['{z}/{x}/{y}.pbf'], bounds: [1, 2, 3, 4], minzoom: 0, maxzoom: 12, attribution: 'A' }, 'http://127.0.0.1:5173/tiles/basemap/tiles.json');
    expect(r).toEqual({ tilesUrl: 'http://127.0.0.1:5173/tiles/basemap/{z}/{x}/{y}.pbf', bounds: [1, 2, 3, 4], minzoom: 0, maxzoom: 12, attribution: 'A' });
    expect(resolveTileJson({ tiles: ['../t/{z}/{x}/{y}.pbf'] }, 'https://h/a/b/tiles.json').tilesUrl).toBe('https://h/a/t/{z}/{x}/{y}.pbf');
  });

  it('rejects a file that is not TileJSON', () => {
    expect(() => resolveTileJson({ foo: 1 }, 'x/tiles.json')).toThrow(/lists no "tiles"/);
  });
});

describe('BASEMAPS', () => {
  const opts = { tilesUrl: TILES, lang: 'zh' as Lang };

  it('defaults to the offline basemap, which needs no network or key', () => {
    expect(DEFAULT_BASEMAP).toBe('offline');
    expect(BASEMAPS[0]).toMatchObject({ id: 'offline', online: false, needsKey: false });
    expect(getBasemap('no-such-basemap').id).toBe('offline');
    const hosts = JSON.stringify(BASEMAPS[0].build(opts)).match(/https?:\/\/[^/"]+/g) ?? [];
    expect(new Set(hosts)).toEqual(new Set(['https://example.org']));
  });

  it('has Tianditu vector and imagery (key required) and OpenStreetMap, all online', () => {
    expect(BASEMAPS.map((b) => b.id)).toEqual(['offline', 'tianditu-vec', 'tianditu-img', 'osm']);
    expect(BASEMAPS.filter((b) => b.needsKey).map((b) => b.id)).toEqual(['tianditu-vec', 'tianditu-img']);
    for (const b of BASEMAPS.slice(1)) expect(b.online).toBe(true);
  });

  it('refuses to build Tianditu without a key, in both languages', () => {
    expect(() => getBasemap('tianditu-vec').build(opts)).toThrow(BasemapKeyError);
    expect(() => getBasemap('tianditu-img').build({ ...opts, key: '  ' })).toThrow(/天地图底图需要密钥/);
  });

  it('builds Tianditu WMTS tiles on t0–t7 with the key, annotation in the map language', () => {
    expect(tiandituTiles('vec', 'k&1')).toHaveLength(8);
    expect(tiandituTiles('vec', 'k&1')[7]).toBe(
      'https://t7.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=k%261',
    );
    const zh = JSON.stringify(getBasemap('tianditu-img').build({ ...opts, key: 'K' }));
    expect(zh).toContain('/img_w/');
    expect(zh).toContain('/cia_w/');
    expect(JSON.stringify(getBasemap('tianditu-vec').build({ ...opts, lang: 'en', key: 'K' }))).toContain('/eva_w/');
  });

  it('every online style validates and keeps the county outline on top', () => {
    for (const b of BASEMAPS.slice(1)) {
      const style: StyleSpecification = basemapStyleSpec(b, { ...opts, key: 'K' }, faces);
      expect(validateStyleMin(style), b.id).toEqual([]);
      expect(style.layers.at(-1)?.id).toBe('basemap-county-line');
      expect(b.attribution.zh.length).toBeGreaterThan(0);
    }
    expect(JSON.stringify(getBasemap('osm').build(opts))).toContain('OpenStreetMap');
  });
});
