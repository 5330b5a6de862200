import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { exportProject, importProject } from '../../../src/io/project/project-file';
import { ProjectStore } from '../../../src/io/project/project-store';
import { emptyProject, type Project, type ProjectLayer } from '../../../src/io/project/schema';
import { ProjectFileError } from '../../../src/io/errors';
import { importFixture } from './helpers';

async function sampleProject(): Promise<Project> {
  const { layers } = await importFixture('gk-cm111-gbk.zip');
  const parcels = layers.find((l) => l.name === '地类图斑')!;
  return {
    ...emptyProject(),
    view: { center: [111.05, 34.05], zoom: 11.5, bearing: 0 },
    settings: { coverage: { radius_m: 500, targets: ['parks'] }, language: 'zh' },
    layers: [{
      id: 'imp-1', name: parcels.name, visible: true,
      style: { color: '#e07b39', opacity: 0.8, color_by: { property: 'DLMC', values: { 旱地: '#f5e3a1', 乔木林地: '#3c8d3c' }, default: '#cccccc' }, theme: 'ydyh' },
      featureCollection: parcels.featureCollection,
      origin: { fileName: 'gk-cm111-gbk.zip', format: 'shapefile', crs: parcels.sourceCrs.id, encoding: 'gbk' },
    }],
    sketches: [{ id: 'sk-1', name: '规划公园草图', featureCollection: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { 名称: '滨河公园' }, geometry: { type: 'Point', coordinates: [111.05, 34.05] } }] } }],
    results: [{ id: 'res-1', name: '500米见园', analysis: 'coverage', params: { radius_m: 500 }, createdAt: '2025-01-01T00:00:00.000Z', table: { columns: [{ key: 'zone', title: '分区' }], rows: [{ zone: '城关镇' }] } }],
  };
}

describe('project files', () => {
  it('round-trips layers, styles, sketches, results, settings and view', async () => {
    const p = await sampleProject();
    const bytes = exportProject(p);
    const back = importProject(bytes);
    expect(back.format).toBe('lushi-plan-map-project');
    expect(back.version).toBe(1);
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify({ ...p, savedAt: back.savedAt })));
  });

  it('rejects a broken file whole, listing every problem with its path', () => {
    const bad = { format: 'lushi-plan-map-project', version: 1, layers: [
      { id: 'a', name: 'x', visible: 'yes', style: { color: 'not-a-colour', opacity: 3 }, featureCollection: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [500000, 3700000] } }] } },
      { id: 'a', name: '', visible: true, style: {}, featureCollection: {} },
    ] };
    let err: ProjectFileError | undefined;
    try {
      importProject(JSON.stringify(bad));
    } catch (e) {
      err = e as ProjectFileError;
    }
    expect(err).toBeInstanceOf(ProjectFileError);
    expect(err!.code).toBe('PROJECT_INVALID');
    const paths = (err!.details!.problems as { path: string }[]).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining([
      '$.layers[0].visible', '$.layers[0].style.color', '$.layers[0].style.opacity', '$.layers[0].featureCollection.features[0].geometry',
      '$.layers[1].id', '$.layers[1].name', '$.layers[1].featureCollection',
    ]));
    expect(err!.text.zh).toMatch(/未导入任何内容/);
  });

  it('names files from newer versions and non-JSON clearly', () => {
    expect(() => importProject(JSON.stringify({ ...emptyProject(), version: 9 }))).toThrowError(/newer version/);
    expect(() => importProject('{"format":')).toThrowError(expect.objectContaining({ code: 'PROJECT_NOT_JSON' }));
    expect(() => importProject('{"type":"FeatureCollection","features":[]}')).toThrowError(expect.objectContaining({ code: 'PROJECT_INVALID' }));
  });

  it('sanitises attribute keys from project files', () => {
    const text = `{"format":"lushi-plan-map-project","version":1,"settings":{},"layers":[{"id":"a","name":"a","visible":true,"style":{},"featureCollection":{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"__proto__":{"polluted":true},"ok":1},"geometry":null}]}}],"sketches":[],"results":[]}`;
    const p = importProject(text);
    const props = p.layers[0].featureCollection.features[0].properties!;
    expect(Object.keys(props)).toEqual(['ok']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('ProjectStore (IndexedDB)', () => {
  let n = 0;
  const stores: ProjectStore[] = [];
  const open = async (name: string) => {
    const s = await ProjectStore.open(name);
    stores.push(s);
    return s;
  };
  afterEach(() => stores.splice(0).forEach((s) => s.close()));

  it('keeps layers, sketches, results, view and settings across a reopen (a page reload)', async () => {
    const name = `db-${n++}`;
    const p = await sampleProject();
    const a = await open(name);
    await a.saveLayer(p.layers[0]);
    await a.saveSketch(p.sketches[0]);
    await a.saveResult(p.results[0]);
    await a.saveView(p.view!);
    await a.saveSettings(p.settings);
    a.close();
    const b = await open(name);
    const loaded = await b.loadProject();
    expect(JSON.parse(JSON.stringify(loaded.layers))).toEqual(JSON.parse(JSON.stringify(p.layers)));
    expect(loaded.sketches).toEqual(p.sketches);
    expect(loaded.results).toEqual(p.results);
    expect(loaded.view).toEqual(p.view);
    expect(loaded.settings).toEqual(p.settings);
    expect(importProject(exportProject(loaded)).layers[0].name).toBe('地类图斑');
  });

  it('keeps layer order, updates in place and deletes', async () => {
    const s = await open(`db-${n++}`);
    const layer = (id: string, name: string): ProjectLayer => ({ id, name, visible: true, style: {}, featureCollection: { type: 'FeatureCollection', features: [] } });
    await s.saveLayer(layer('b', '二'));
    await s.saveLayer(layer('a', '一'));
    await s.saveLayer({ ...layer('b', '二（改）'), visible: false });
    expect((await s.listLayers()).map((l) => [l.id, l.name, l.visible])).toEqual([['b', '二（改）', false], ['a', '一', true]]);
    await s.deleteLayer('b');
    expect((await s.listLayers()).map((l) => l.id)).toEqual(['a']);
    expect(await s.getLayer('a')).toMatchObject({ name: '一' });
  });

  it('refuses invalid data without touching what is stored', async () => {
    const s = await open(`db-${n++}`);
    const p = await sampleProject();
    await s.replaceProject(p);
    const broken = { ...p.layers[0], id: 'x', style: { color: 'nope' } };
    await expect(s.saveLayer(broken)).rejects.toThrowError(expect.objectContaining({ code: 'ITEM_INVALID' }));
    const badProject = { ...p, layers: [...p.layers, broken] } as Project;
    await expect(s.replaceProject(badProject)).rejects.toBeInstanceOf(ProjectFileError);
    expect((await s.listLayers()).map((l) => l.id)).toEqual(['imp-1']);
  });

  it('replaces everything in one transaction (an imported project fully replaces the old work)', async () => {
    const s = await open(`db-${n++}`);
    const p = await sampleProject();
    await s.replaceProject(p);
    await s.replaceProject({ ...emptyProject(), layers: [{ ...p.layers[0], id: 'new' }] });
    const loaded = await s.loadProject();
    expect(loaded.layers.map((l) => l.id)).toEqual(['new']);
    expect(loaded.sketches).toEqual([]);
    expect(loaded.results).toEqual([]);
    expect(loaded.view).toBeUndefined();
    await s.clear();
    expect((await s.loadProject()).layers).toEqual([]);
  });
});
