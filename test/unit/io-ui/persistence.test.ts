import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectFileError, StorageError } from '../../../src/io/errors';
import { ProjectStore } from '../../../src/io/project/project-store';
import { addImported } from '../../../src/io-ui/import-runner';
import { withMode } from '../../../src/io-ui/layer-spec';
import { bindPersistence } from '../../../src/io-ui/persistence';
import { openProjectFile, projectFileBytes } from '../../../src/io-ui/project-open';
import { addResultLayer, userLayerData, userLayerList } from '../../../src/io-ui/user-layers';
import { workFor } from '../../../src/io-ui/user-work';
import { importFixture, metres, TRUTH } from '../io/helpers';
import { fakeController } from './fake-controller';

let db = 0;
const dbName = () => `io-ui-test-${++db}`;
const stores: ProjectStore[] = [];
async function open(name: string) {
  const s = await ProjectStore.open(name);
  stores.push(s);
  return s;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function importGk(ctrl: ReturnType<typeof fakeController>) {
  const { layers } = await importFixture('gk-cm111-gbk.zip');
  return addImported(ctrl, layers, { fileName: 'gk-cm111-gbk.zip' });
}

describe('nothing lost: IndexedDB persistence of the planner’s work', () => {
  it('imported layers come back after a reload with ids, attributes, positions and styles', async () => {
    const name = dbName();
    const a = fakeController();
    const pa = bindPersistence(a, { store: await open(name) });
    await pa.ready;
    const reports = await importGk(a);
    const parcelsId = reports.find((r) => r.landClassField === 'DLMC')!.layerIds[0];
    const work = workFor(a);
    work.setStyle(parcelsId, withMode(work.get(parcelsId)!.style, work.get(parcelsId)!.fc, 'landuse', 'DLMC'));
    await pa.flush();

    // "Reload": a new map controller on the same database.
    const b = fakeController();
    const pb = bindPersistence(b, { store: await open(name) });
    await pb.ready;
    const restored = workFor(b).get(parcelsId)!;
    expect(restored.name).toBe(work.get(parcelsId)!.name);
    expect(restored.style.theme).toBe('ydyh');
    expect(restored.style.color_by?.values['旱地']).toBe('#f5f8dc');
    expect(b.userLayers.get(parcelsId)?.group).toBe('imported');
    const fc = userLayerData(b, parcelsId)!;
    expect(fc.features.map((f) => f.properties?.DLMC).sort()).toEqual(TRUTH.parcels.map((p) => p.DLMC).sort());
    const first = fc.features.find((f) => f.properties?.BSM === 1)!;
    const ring = (first.geometry as GeoJSON.MultiPolygon | GeoJSON.Polygon).type === 'Polygon' ? (first.geometry as GeoJSON.Polygon).coordinates[0] : (first.geometry as GeoJSON.MultiPolygon).coordinates[0][0];
    expect(metres(ring[0], TRUTH.parcels[0].polygons[0][0][0])).toBeLessThan(1);
    // The map copy has namespaced ids; the data for analyses keeps the file's attributes.
    expect(b.userLayerData.get(parcelsId)!.features[0].properties!.id).toBe(`${parcelsId}/0`);
    expect(fc.features[0].properties!.id).toBeUndefined();
    expect(userLayerList(b).map((l) => l.id).sort()).toEqual(reports.flatMap((r) => r.layerIds).sort());
  });

  it('removing a layer removes it from storage; visibility and opacity changes are kept', async () => {
    const name = dbName();
    const a = fakeController();
    const pa = bindPersistence(a, { store: await open(name) });
    await pa.ready;
    const ids = (await importGk(a)).flatMap((r) => r.layerIds);
    a.setLayerVisible(ids[0], false);
    a.setLayerOpacity(ids[0], 0.4);
    workFor(a).remove(ids[1]);
    await wait(500);
    await pa.flush();
    const b = fakeController();
    await bindPersistence(b, { store: await open(name) }).ready;
    expect(workFor(b).layers().map((l) => l.id)).toEqual([ids[0]]);
    expect(b.state.get(ids[0])).toMatchObject({ visible: false, opacity: 0.4 });
  });

  it('the draw order the planner gave the imported layers is kept', async () => {
    const name = dbName();
    const a = fakeController();
    const pa = bindPersistence(a, { store: await open(name) });
    await pa.ready;
    const ids = (await importGk(a)).flatMap((r) => r.layerIds);
    expect(ids).toHaveLength(2);
    const added = a.state.order.filter((id) => ids.includes(id));
    // Put the first-added layer on top.
    a.moveLayerBefore(added[0], undefined);
    const moved = a.state.order.filter((id) => ids.includes(id));
    expect(moved).toEqual([added[1], added[0]]);
    await wait(500);
    await pa.flush();
    const b = fakeController();
    await bindPersistence(b, { store: await open(name) }).ready;
    expect(b.state.order.filter((id) => ids.includes(id))).toEqual(moved);
  });

  it('sketches, analysis results and other tools’ run-time layers persist too', async () => {
    const name = dbName();
    const a = fakeController();
    const pa = bindPersistence(a, { store: await open(name) });
    await pa.ready;
    workFor(a).setSketches([{ type: 'Feature', geometry: { type: 'Point', coordinates: [111.05, 34.05] }, properties: { sid: 'sk-1', name: '新公园', category: '规划建议' } }]);
    const [resultId] = addResultLayer(a, { name: '500米见园', analysis: 'coverage', params: { radius_m: 500 }, featureCollection: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { covered: true }, geometry: { type: 'Polygon', coordinates: [[[111, 34], [111.01, 34], [111.01, 34.01], [111, 34]]] } }] } });
    a.addUserLayer({ id: 'measurements', group: 'user', title: { zh: '量测', en: 'Measurements' }, geometry: 'polygon', data: 'm.geojson', style: { color: '#ff0000' }, legend: [], visible: true },
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'm1' }, geometry: { type: 'LineString', coordinates: [[111, 34], [111.1, 34.1]] } }] });
    await wait(500);
    await pa.flush();
    const b = fakeController();
    await bindPersistence(b, { store: await open(name) }).ready;
    expect(workFor(b).sketches.map((f) => f.properties?.name)).toEqual(['新公园']);
    expect(b.userLayers.has('sketches-point')).toBe(true);
    expect(userLayerData(b, 'sketches-point')!.features[0].properties!.category).toBe('规划建议');
    expect(workFor(b).get(resultId)).toMatchObject({ kind: 'result', group: 'analysis', result: { analysis: 'coverage', params: { radius_m: 500 } } });
    expect(b.userLayers.get('measurements')?.title.zh).toBe('量测');
    expect(userLayerData(b, 'measurements')!.features).toHaveLength(1);
  });
});

describe('project files', () => {
  it('export → open in another browser gives the same layers, styles, sketches', async () => {
    const a = fakeController();
    const ids = (await importGk(a)).flatMap((r) => r.layerIds);
    workFor(a).setStyle(ids[0], { ...workFor(a).get(ids[0])!.style, color: '#112233' });
    workFor(a).setSketches([{ type: 'Feature', geometry: { type: 'LineString', coordinates: [[111, 34], [111.1, 34]] }, properties: { sid: 's', name: '路' } }]);
    const bytes = projectFileBytes(a);

    const b = fakeController();
    const name = dbName();
    const pb = bindPersistence(b, { store: await open(name) });
    await pb.ready;
    const r = await openProjectFile(b, bytes);
    expect(r).toMatchObject({ layers: ids.length, sketches: 1 });
    expect(workFor(b).layers().map((l) => l.id)).toEqual(ids);
    expect(workFor(b).get(ids[0])!.style.color).toBe('#112233');
    expect(b.userLayers.has('sketches-line')).toBe(true);
    // …and it was stored: a reload of b finds it.
    const c = fakeController();
    await bindPersistence(c, { store: await open(name) }).ready;
    expect(workFor(c).layers().map((l) => l.id)).toEqual(ids);
  });

  it('a broken project file changes nothing and lists its problems', async () => {
    const a = fakeController();
    await bindPersistence(a, { store: await open(dbName()) }).ready;
    const ids = (await importGk(a)).flatMap((r) => r.layerIds);
    const bad = JSON.parse(new TextDecoder().decode(projectFileBytes(a)));
    bad.layers[0].style.color = 'javascript:alert(1)';
    bad.layers[1].featureCollection.features[0].geometry.coordinates = [[[500, 500]]];
    const err = await openProjectFile(a, new TextEncoder().encode(JSON.stringify(bad))).catch((e) => e);
    expect(err).toBeInstanceOf(ProjectFileError);
    expect((err.details.problems as { path: string }[]).map((p) => p.path)).toEqual(expect.arrayContaining(['$.layers[0].style.color']));
    expect(workFor(a).layers().map((l) => l.id)).toEqual(ids);
    await expect(openProjectFile(a, new TextEncoder().encode('{not json'))).rejects.toMatchObject({ code: 'PROJECT_NOT_JSON' });
    expect([...a.userLayers.keys()].sort()).toEqual([...ids].sort());
  });

  it('if storing the project fails, the map keeps the current work', async () => {
    const a = fakeController();
    const store = await open(dbName());
    const p = bindPersistence(a, { store });
    await p.ready;
    const ids = (await importGk(a)).flatMap((r) => r.layerIds);
    const other = fakeController();
    addResultLayer(other, { name: 'x', analysis: 'coverage', featureCollection: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [111, 34] } }] } });
    const bytes = projectFileBytes(other);
    store.replaceProject = () => Promise.reject(new StorageError('STORAGE_FULL', { zh: '满', en: 'full' }, { zh: '', en: '' }));
    await expect(openProjectFile(a, bytes)).rejects.toMatchObject({ code: 'STORAGE_FULL' });
    expect(workFor(a).layers().map((l) => l.id)).toEqual(ids);
  });
});
