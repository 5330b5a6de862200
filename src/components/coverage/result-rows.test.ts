import { describe, expect, it } from 'vitest';
import { emptyOutcome } from '../../analysis-worker/outcome';
import type { CoverageOutcome } from '../../analysis-worker/coverage-protocol';
import { chartBars, csvTable, headline, resultRows } from './result-rows';
import { resultLayers } from './result-layers';
import { toCsvString } from '../../io/index';

function outcome(): CoverageOutcome {
  const o = emptyOutcome('straight', { zh: '直线距离覆盖。', en: 'Straight-line coverage.' });
  o.targetArea = 4_000_000;
  o.levels = [{ key: '1000', label: { zh: '15分钟生活圈（1000 米）', en: '15-minute life circle (1000 m)' }, coveredArea: 3_000_000, gapArea: 1_000_000, share: 0.75, population: null }];
  o.types = [
    { type: '托育机构', count: 2, coveredArea: 1_000_000, gapArea: 3_000_000, share: 0.25, population: null },
    { type: '公共服务中心', count: 1, coveredArea: 2_000_000, gapArea: 2_000_000, share: 0.5, population: null },
  ];
  o.allTypes = { coveredArea: 400_000, gapArea: 3_600_000, share: 0.1, population: null, missing: [] };
  o.gaps = {
    type: 'FeatureCollection',
    features: [600_000, 400_000].map((a, i) => ({ type: 'Feature', properties: { area_m2: a, rank: i + 1 }, geometry: { type: 'Polygon', coordinates: [[[111, 34], [111.01, 34], [111.01, 34.01], [111, 34]]] } })),
  };
  o.covered = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { area_m2: 3_000_000 }, geometry: { type: 'MultiPolygon', coordinates: [] } }] };
  return o;
}

describe('result rows', () => {
  it('lists the level, then each type, then all types at once', () => {
    const rows = resultRows(outcome(), 'zh');
    expect(rows.map((r) => [r.section, r.label, r.count, r.share])).toEqual([
      ['level', '15分钟生活圈（1000 米）', null, 0.75],
      ['type', '托育机构', 2, 0.25],
      ['type', '公共服务中心', 1, 0.5],
      ['all', '全部类型同时覆盖', null, 0.1],
    ]);
    expect(rows[0].population).toBeNull();
    expect(resultRows(outcome(), 'en')[0].label).toBe('15-minute life circle (1000 m)');
    expect(headline(outcome())).toEqual({ share: 0.75, by: 'area' });
    expect(chartBars(outcome(), 'zh').map((b) => b.share)).toEqual([0.75, 0.25, 0.5, 0.1]);
  });

  it('leads with the population share when a population layer was used', () => {
    const o = outcome();
    o.weighting = 'population';
    o.levels[0].population = { covered: 900, total: 1000, share: 0.9, skipped: 0 };
    expect(headline(o)).toEqual({ share: 0.9, by: 'population' });
    const r = resultRows(o, 'zh')[0];
    expect([r.population, r.populationTotal, r.populationShare]).toEqual([900, 1000, 0.9]);
    expect(chartBars(o, 'zh')[0].share).toBe(0.9);
  });

  it('writes CSV rows with every area unit, share and the ranked gaps', () => {
    const { rows, columns } = csvTable(outcome(), 'zh');
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({ section: '覆盖', item: '15分钟生活圈（1000 米）', covered_m2: 3_000_000, covered_ha: 300, covered_mu: 4500, covered_km2: 3, share: 0.75, gap_ha: 100, target_km2: 4 });
    expect(rows[4]).toMatchObject({ section: '缺口', item: '缺口 1', gap_m2: 600_000, gap_mu: 900 });
    const csv = toCsvString(rows, columns);
    const [head, first] = csv.split('\r\n');
    expect(head).toBe('类别,项目,设施数,覆盖面积（平方米）,覆盖面积（公顷）,覆盖面积（亩）,覆盖面积（平方公里）,覆盖率,缺口面积（平方米）,缺口面积（公顷）,缺口面积（亩）,缺口面积（平方公里）,目标面积（平方米）,目标面积（公顷）,目标面积（亩）,目标面积（平方公里）,覆盖人口,人口总数,人口覆盖率');
    expect(first).toBe('覆盖,15分钟生活圈（1000 米）,,3000000,300,4500,3,0.75,1000000,100,1500,1,4000000,400,6000,4,,,');
    expect(csvTable(outcome(), 'en').columns[3]).toEqual({ key: 'covered_m2', title: 'Covered area (m²)' });
  });

  it('writes reach results as origin × place rows', () => {
    const o = emptyOutcome('reach', { zh: '', en: '' });
    o.reach = { origins: ['县城'], places: ['范里镇', '木桐乡'], minutes: [30, 60], rows: [
      { origin: '县城', place: '范里镇', minutes: 24.44, within: { 30: true, 60: true } },
      { origin: '县城', place: '木桐乡', minutes: null, within: { 30: false, 60: false } },
    ] };
    const { rows, columns } = csvTable(o, 'zh');
    expect(toCsvString(rows, columns).split('\r\n').slice(0, 3)).toEqual(['出发地,地点,驾车时间（分钟）,30分钟内,60分钟内', '县城,范里镇,24.4,1,1', '县城,木桐乡,,0,0']);
  });

  it('draws covered, ranked gaps (labelled, top five) in the analysis group; schematic inputs hatch them', () => {
    const layers = resultLayers(outcome(), 'zh', true);
    expect(layers.map((l) => l.spec.id)).toEqual(['analysis-coverage-covered', 'analysis-coverage-gaps']);
    expect(layers.every((l) => l.spec.group === 'analysis')).toBe(true);
    const gaps = layers[1].fc.features;
    expect(gaps.map((f) => f.properties?.id)).toEqual(['cov-gap-1', 'cov-gap-2']);
    expect(gaps[0].properties).toMatchObject({ accuracy: 'schematic', label: '缺口 1\n60.00 公顷' });
    expect(resultLayers(outcome(), 'en', false)[1].fc.features[0].properties).toMatchObject({ accuracy: 'approximate', label: 'Gap 1\n60.00 ha' });
  });
});
