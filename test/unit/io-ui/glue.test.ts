import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { displayCollection, displayIndex } from '../../../src/io-ui/display-data';
import { bboxOf, exportableLayers, layerFeatures, suggestedExportCrs } from '../../../src/io-ui/export-choices';
import { bundleShapefile, groupShapefileParts } from '../../../src/io-ui/file-bundle';
import { addImported, urlKind } from '../../../src/io-ui/import-runner';
import { workFor } from '../../../src/io-ui/user-work';
import { importFixture } from '../io/helpers';
import { fakeController } from './fake-controller';

const blob = (name: string, text = name) => ({ name, arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer });

describe('dropped files', () => {
  it('groups loose Shapefile parts by base name and zips them', async () => {
    const files = [blob('地类图斑.shp'), blob('地类图斑.DBF'), blob('地类图斑.prj'), blob('roads.shp'), blob('a.geojson')];
    const { single, bundles } = groupShapefileParts(files);
    expect(single.map((f) => f.name)).toEqual(['a.geojson']);
    expect(bundles.map((b) => [b.base, b.parts.length])).toEqual([['地类图斑', 3], ['roads', 1]]);
    const zip = await bundleShapefile('地类图斑', bundles[0].parts);
    expect(zip.name).toBe('地类图斑.zip');
    expect(Object.keys(unzipSync(new Uint8Array(await zip.arrayBuffer()))).sort()).toEqual(['地类图斑.DBF', '地类图斑.prj', '地类图斑.shp']);
  });
});

describe('map copy of user data', () => {
  it('gives every feature a namespaced id and keeps a source id as source_id', () => {
    const fc = displayCollection('imp-1', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'zones-1', n: 1 }, geometry: null }, { type: 'Feature', properties: null, geometry: null }] });
    expect(fc.features.map((f) => f.properties)).toEqual([{ id: 'imp-1/0', source_id: 'zones-1', n: 1 }, { id: 'imp-1/1' }]);
    expect(displayIndex('imp-1', 'imp-1/1')).toBe(1);
    expect(displayIndex('imp-1', 'zones-1')).toBe(-1);
  });
});

describe('URL kinds', () => {
  it('recognises raster services, OGC API Features and files', () => {
    expect(urlKind('https://t0.example.org/tiles/{z}/{x}/{y}.png', 'auto')).toBe('raster');
    expect(urlKind('https://example.org/geoserver/wms?SERVICE=WMS&LAYERS=a', 'auto')).toBe('raster');
    expect(urlKind('https://example.org/ogc/collections/schools/items?limit=10', 'auto')).toBe('ogc');
    expect(urlKind('https://example.org/ogc/collections/schools', 'auto')).toBe('ogc');
    expect(urlKind('https://example.org/data/parcels.fgb', 'auto')).toBe('file');
    expect(urlKind('https://example.org/anything', 'ogc')).toBe('ogc');
  });
});

describe('export choices', () => {
  it('suggests the CGCS2000 zones covering Lushi: EPSG:4546 and 4525 first after the geographic ones', () => {
    expect(suggestedExportCrs([110.57, 33.55, 111.37, 34.39]).map((c) => c.id)).toEqual(['EPSG:4326', 'EPSG:4490', 'EPSG:4546', 'EPSG:4525', 'EPSG:4508', 'EPSG:4497']);
    expect(suggestedExportCrs(null).map((c) => c.id)).toEqual(['EPSG:4326', 'EPSG:4490']);
  });

  it('lists imported layers with their original features; plan layers come from the plan data', async () => {
    const ctrl = fakeController();
    const { layers } = await importFixture('gk-cm111-gbk.zip');
    const reports = addImported(ctrl, layers, { fileName: 'gk.zip' });
    const id = reports[0].layerIds[0];
    (ctrl as unknown as { layerSpecs: () => unknown[] }).layerSpecs = () => [...ctrl.userLayers.values()];
    const list = exportableLayers(ctrl);
    expect(list.map((l) => [l.id, l.source])).toEqual(reports.flatMap((r) => r.layerIds).map((i) => [i, 'imported']));
    expect(layerFeatures(ctrl, id)).toBe(workFor(ctrl).get(id)!.fc);
    const b = bboxOf(layerFeatures(ctrl, id)!)!;
    expect(b[0]).toBeGreaterThan(110.5);
    expect(b[3]).toBeLessThan(34.5);
  });

  it('a retry replaces the layers of the earlier run instead of adding more', async () => {
    const ctrl = fakeController();
    const { layers } = await importFixture('gk-cm111-gbk.zip');
    const first = addImported(ctrl, layers, { fileName: 'gk.zip' });
    const again = addImported(ctrl, layers.slice(0, 1), { fileName: 'gk.zip' }, first);
    expect(again[0].layerIds).toEqual(first[0].layerIds);
    expect(workFor(ctrl).layers().map((l) => l.id)).toEqual(first[0].layerIds);
    expect([...ctrl.userLayers.keys()]).toEqual(first[0].layerIds);
  });
});

describe('project files from elsewhere', () => {
  it('keep only well-typed style keys and skip captured layers whose spec could not be drawn', async () => {
    const { cleanStyle, projectToWork } = await import('../../../src/io-ui/project-io');
    expect(cleanStyle({ color: '#fff', label: { evil: 1 }, width: '3', opacity: 0.5, color_by: { property: 'k', values: { a: 'red' }, default: '#000' }, extra: 1 })).toEqual({ color: '#fff', opacity: 0.5 });
    const fc = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [111, 34] } }] };
    const spec = { id: 'measurements', group: 'user', title: { zh: '量测', en: 'M' }, geometry: 'point', data: 'm', style: { color: '#f00' }, legend: [] };
    const state = projectToWork({
      format: 'lushi-plan-map-project', version: 1, savedAt: '2025-01-01T00:00:00Z', settings: { rasterLayers: [{ id: 'r', name: 'x', kind: 'xyz', url: 'javascript:1', source: { type: 'raster', tiles: ['javascript:alert(1)'], tileSize: 256 }, opacity: 1, visible: true }] },
      layers: [], sketches: [],
      results: [
        { id: 'ok', name: 'ok', analysis: 'map-layer', params: { layer: spec, visible: true }, createdAt: '2025-01-01T00:00:00Z', featureCollection: fc },
        { id: 'bad', name: 'bad', analysis: 'map-layer', params: { layer: { ...spec, id: 'bad', style: { color_by: { property: 'k', values: 3, default: '#000' } } } }, createdAt: '2025-01-01T00:00:00Z', featureCollection: fc },
      ],
    });
    expect(state.captured.map((c) => c.spec.id)).toEqual(['measurements']);
    expect(state.rasters).toEqual([]);
    expect(state.droppedRasters).toBe(1);
  });
});
