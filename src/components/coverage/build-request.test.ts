import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { greenAccess } from '../../analysis/index';
import { buildRequest, clipToReach, RequestProblem, TYPE_PROPERTY } from './build-request';
import { layerChoices } from './layer-choices';
import { defaultParams, type CoverageParams } from './params';
import { presetParams } from './presets';
import { planSource } from './test-source';

const pt = (lon: number, lat: number, props: Record<string, unknown>): Feature => ({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: [lon, lat] } });
const POP: FeatureCollection = { type: 'FeatureCollection', features: [pt(111.04, 34.055, { 人口: 1200 }), pt(111.0, 34.06, { 人口: '300' })] };
const minLat = (f: Feature) => Math.min(...JSON.stringify(f.geometry).match(/-?\d+\.\d+/g)!.map(Number).filter((v) => v < 90));
const src = planSource([{ spec: { id: 'imp-pop', geometry: 'point' }, fc: POP }]);
const choices = layerChoices(src);

describe('layer choices', () => {
  it('offers plan and imported layers with kinds (legend labels), schematic counts and numeric fields', () => {
    const pub = choices.find((c) => c.id === 'public-points')!;
    expect(pub.geometry).toBe('point');
    expect(pub.user).toBe(false);
    expect(pub.kinds.find((k) => k.value === 'childcare')).toEqual({ value: 'childcare', count: 2, label: { zh: '托育机构', en: 'Nursery' } });
    expect(pub.schematic).toBe(5);
    const zones = choices.find((c) => c.id === 'zones-five')!;
    expect(zones.features.map((f) => f.id)).toContain('fz_west');
    const imp = choices.find((c) => c.id === 'imp-pop')!;
    expect(imp.user).toBe(true);
    expect(imp.numericFields).toEqual(['人口']);
  });
});

describe('request building from layer choices', () => {
  it('15-minute preset: plan facilities near the county seat (MultiPoints split, typed by legend label) on the five zones', () => {
    const p = presetParams('life15', choices);
    expect(p.facilities).toEqual([{ layer: 'public-points' }]);
    expect(p.target).toEqual({ layer: 'zones-five' });
    const b = buildRequest(p, src, 'zh');
    expect(b.request.kind).toBe('straight');
    if (b.request.kind !== 'straight') return;
    // Of 41 (4 single points + 19 + 18 positions of the two MultiPoints), those within 1 km of the zones:
    // the hub, 4 medical–elderly care sites, 2 nurseries and 3 community centres. Township ones are left out.
    expect(b.request.facilities.features).toHaveLength(10);
    expect(b.outOfReach).toBe(31);
    expect(b.request.facilities.features.every((f) => f.geometry.type === 'Point')).toBe(true);
    expect(new Set(b.request.facilities.features.map((f) => f.properties?.[TYPE_PROPERTY]))).toEqual(new Set(['公共服务中心', '医养结合机构', '托育机构', '街镇“三中心”']));
    expect(b.request.typeProperty).toBe(TYPE_PROPERTY);
    expect(b.request.reach).toEqual({ tier: '15min', fifteenMinuteRadius: 1000 });
    expect(b.request.target.features).toHaveLength(5);
    expect(b.schematicInputs).toBe(9);
    expect(b.schematicTarget).toBe(5);
    expect(b.targetLabel).toEqual({ zh: '县城五大功能区', en: 'Five county-seat zones' });
  });

  it('filters by kind, adds placed what-if points and one target feature, weights by population', () => {
    const p: CoverageParams = {
      ...defaultParams(), facilities: [{ layer: 'public-points', kinds: ['childcare'] }], placed: [[111.01, 34.06], [111.2, 34.2]],
      target: { layer: 'zones-five', feature: 'fz_west' }, population: { layer: 'imp-pop', field: '人口' }, tier: '10min',
    };
    const b = buildRequest(p, src, 'en');
    if (b.request.kind !== 'straight') throw new Error('straight expected');
    // The east nursery and the second placed point lie beyond 500 m of the west zone.
    expect(b.request.facilities.features.map((f) => f.properties?.[TYPE_PROPERTY])).toEqual(['Nursery', 'What-if facility']);
    expect(b.outOfReach).toBe(2);
    expect(b.request.target.features.map((f) => f.properties?.id)).toEqual(['fz_west']);
    expect(b.targetLabel.zh).toBe('西城品质生活区');
    expect(b.request.population).toEqual({ layer: POP, property: '人口' });
    expect(b.request.reach).toEqual({ tier: '10min', fifteenMinuteRadius: 1000 });
  });

  it('network mode: the road lines, drive speeds per class and a key that changes with the options', () => {
    const p: CoverageParams = { ...presetParams('life15', choices), mode: 'network', travel: 'drive', minutes: [10, 30], speeds: { urban: 25 } };
    const b = buildRequest(p, src, 'zh');
    if (b.request.kind !== 'network') throw new Error('network expected');
    const net = b.request.network;
    expect(net.lines.features.length).toBe(9);
    expect(net.options).toMatchObject({ mode: 'drive', walkSpeedKmh: 4, classProperty: 'kind' });
    expect(net.options.speeds).toEqual({ national: 70, urban: 25, expressway: 100, provincial: 60, trunk: 80 });
    expect(b.schematicRoads).toBe(9);
    const again = buildRequest(p, src, 'zh');
    if (again.request.kind !== 'network') throw new Error();
    expect(again.request.network.key).toBe(net.key);
    const walk = buildRequest({ ...p, travel: 'walk' }, src, 'zh');
    if (walk.request.kind !== 'network') throw new Error();
    expect(walk.request.network.key).not.toBe(net.key);
    expect(walk.request.network.options.speeds).toBeUndefined();
  });

  it('reach preset: centres as origins, township seats as places, plan roads', () => {
    const b = buildRequest(presetParams('reach', choices), src, 'zh');
    if (b.request.kind !== 'reach') throw new Error('reach expected');
    expect(b.request.origins.features.map((f) => f.properties?.name)).toEqual(['县城（主中心）', '五里川镇', '朱阳关镇', '官道口镇', '杜关镇']);
    expect(b.request.places.features).toHaveLength(16);
    expect(b.request.minutes).toEqual([30, 60]);
    expect(b.request.network.options.mode).toBe('drive');
  });

  it('siting preset with K = 2; placed points become candidates when asked', () => {
    const p = { ...presetParams('siting', choices), placed: [[111.0, 34.05], [111.1, 34.09]] as [number, number][] };
    const b = buildRequest(p, src, 'zh');
    if (b.request.kind !== 'siting') throw new Error('siting expected');
    expect(b.request.k).toBe(2);
    expect(b.request.existing!.features).toHaveLength(12);
    expect(b.request.candidates).toBeNull();
    const c = buildRequest({ ...p, candidates: 'placed' }, src, 'zh');
    if (c.request.kind !== 'siting') throw new Error();
    expect(c.request.candidates!.features).toHaveLength(2);
    expect(c.request.existing!.features).toHaveLength(10);
  });

  it('green preset uses the green layers as green spaces and parks', () => {
    const b = buildRequest(presetParams('green', choices), src, 'zh');
    if (b.request.kind !== 'green') throw new Error('green expected');
    expect(b.request.green.features.map((f) => f.properties?.id)).toEqual(['eco_core_forest_park', 'eco_core_wetland_park']);
    // The forest park reaches south of the county seat (to 33.988°N): it is cut to the zones' box grown by 330 m.
    expect(minLat(src.data('ecology-areas')!.features[0])).toBeLessThan(33.99);
    expect(minLat(b.request.green.features[0])).toBeGreaterThan(34.01);
    expect(b.request.greenRadius).toBe(300);
    expect(b.request.parkRadius).toBe(500);
  });

  it('cutting green polygons to the reach of the target does not change the green access result', { timeout: 60_000 }, () => {
    const target = src.data('zones-five')!;
    const green = src.data('ecology-areas')!.features;
    const cut = clipToReach(green, target, 300);
    expect(minLat(cut[0])).toBeGreaterThan(minLat(green[0]) + 0.02);
    const whole = greenAccess({ type: 'FeatureCollection', features: green }, null, target, { greenRadius: 300, parkRadius: 300 });
    const part = greenAccess({ type: 'FeatureCollection', features: cut }, null, target, { greenRadius: 300, parkRadius: 300 });
    expect(part.green.coveredArea).toBeGreaterThan(0);
    expect(Math.abs(part.green.coveredArea - whole.green.coveredArea) / whole.green.coveredArea).toBeLessThan(1e-3);
  });

  it('says what to do when a choice cannot run', () => {
    const problem = (p: CoverageParams) => {
      try {
        buildRequest(p, src, 'zh');
      } catch (e) {
        expect(e).toBeInstanceOf(RequestProblem);
        return (e as RequestProblem).text;
      }
      throw new Error('expected a problem');
    };
    expect(problem(defaultParams()).zh).toContain('目标范围');
    expect(problem({ ...defaultParams(), target: { layer: 'zones-five' } }).en).toContain('No facilities');
    expect(problem({ ...defaultParams(), facilities: [{ layer: 'gone' }], target: { layer: 'zones-five' } }).en).toContain('"gone"');
    expect(problem({ ...presetParams('life15', choices), target: { layer: 'public-points' } }).en).toContain('no polygon');
    expect(problem({ ...presetParams('life15', choices), mode: 'network', roads: [] }).zh).toContain('道路图层');
    expect(problem({ ...presetParams('life15', choices), population: { layer: 'imp-pop', field: 'nope' } }).en).toContain('"nope"');
  });
});
