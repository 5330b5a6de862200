import { describe, expect, test } from 'vitest';
import { checkQuote, parsePlanText, quoteInContext } from './plan-text';
import { validateAll } from './validate-all';
import { validateLayerData } from './validate-features';
import { validateManifest } from './validate-manifest';

const plan = parsePlanText('L1: 第一篇\nL179: 在县域范围内着力构建以县城为核心的空间结构\nL180: 图2 “十四五”时期县域发展格局');

const feature = (props: Record<string, unknown>, geometry: unknown = { type: 'Point', coordinates: [111.04, 34.05] }) => ({
  type: 'Feature',
  properties: {
    id: 'ucs_main', name: '县城', name_en: 'County seat', plan_ref: 'L179', quote: '以县城为核心',
    status: '现状', accuracy: 'approximate', placement_basis: 'county government point', ...props,
  },
  geometry,
});
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

const manifest = () => ({
  spec_version: 1,
  id: 'test-plan',
  title: { zh: '测试', en: 'Test' },
  plan_text: 'plan.txt',
  attribution: { zh: '来源', en: 'Source' },
  view: { center: [111, 34], zoom: 9 },
  groups: [{ id: 'structure', title: { zh: '结构', en: 'Structure' } }],
  layers: [
    {
      id: 'centres', group: 'structure', title: { zh: '中心', en: 'Centres' }, geometry: 'point',
      data: 'data/centres.geojson', style: { color: '#c0392b' }, legend: [{ label: { zh: '中心', en: 'Centre' } }], visible: true,
    },
  ],
  reference: [],
  catalogue: 'catalogue.json',
});

describe('plan text and quotes', () => {
  test('a verbatim quote passes', () => {
    expect(checkQuote(plan, 'L179', '以县城为核心')).toBeNull();
  });
  test('a quote from another line names the line it is on', () => {
    expect(checkQuote(plan, 'L1', '以县城为核心')).toBe('quote "以县城为核心" does not occur verbatim on L1 (it occurs on L179)');
  });
  test('a paraphrase is rejected', () => {
    expect(checkQuote(plan, 'L179', '以县城为中心')).toMatch(/occurs nowhere in the plan/);
  });
  test('a malformed or missing plan_ref is rejected', () => {
    expect(checkQuote(plan, '179', 'x')).toMatch(/not of the form L<number>/);
    expect(checkQuote(plan, 'L999', 'x')).toMatch(/not a line of the plan text/);
  });
  test('quoteInContext splits the paragraph around the quote', () => {
    expect(quoteInContext(plan, 'L179', '以县城为核心')).toEqual({ before: '在县域范围内着力构建', quote: '以县城为核心', after: '的空间结构' });
  });
});

describe('manifest', () => {
  test('a valid manifest has no errors', () => {
    expect(validateManifest(manifest())).toEqual([]);
  });
  test('wrong spec version, unknown group, bad colour and a typo each give a precise error', () => {
    const m = manifest() as Record<string, unknown> & { layers: Record<string, unknown>[] };
    m.spec_version = 2;
    m.layers[0].group = 'nope';
    m.layers[0].style = { color: 'red' };
    m.layers[0].visble = true;
    const errors = validateManifest(m).map((e) => `${e.path}: ${e.message}`);
    expect(errors).toContain('$.spec_version: spec_version must be 1 (this app reads spec version 1), got 2');
    expect(errors).toContain('$.layers[0].group: layer "centres" names group "nope", which is not in $.groups');
    expect(errors).toContain('$.layers[0].style.color: must be a hex colour such as "#d7191c" (or give color_by)');
    expect(errors.some((e) => e.startsWith('$.layers[0].visble: unknown key'))).toBe(true);
  });
  test('legend values must match color_by values both ways', () => {
    const m = manifest();
    m.layers[0].style = { color_by: { property: 'kind', values: { main: '#ff0000', sub: '#00ff00' }, default: '#999999' } } as never;
    m.layers[0].legend = [{ value: 'main', label: { zh: '主', en: 'Main' } }, { value: 'other', label: { zh: '他', en: 'Other' } }] as never;
    const errors = validateManifest(m).map((e) => e.message);
    expect(errors).toContain('legend value "other" is not a key of style.color_by.values');
    expect(errors).toContain('style.color_by value "sub" has no legend entry');
  });
  test('data paths may not leave layers/', () => {
    const m = manifest();
    m.layers[0].data = '../../etc/passwd.geojson';
    expect(validateManifest(m).map((e) => e.path)).toContain('$.layers[0].data');
  });
});

describe('layer data', () => {
  const check = (data: unknown) => validateLayerData(data, 'point', plan, 'data/centres.geojson').map((e) => `${e.file} ${e.path}: ${e.message}`);
  test('a complete feature passes', () => {
    expect(check(fc(feature({})))).toEqual([]);
  });
  test('a wrong quote names the file, the feature and the problem', () => {
    expect(check(fc(feature({ quote: '以县城为中心' })))).toEqual([
      'data/centres.geojson $.features[0] (id "ucs_main").properties.quote: quote "以县城为中心" does not occur verbatim on L179 (it occurs nowhere in the plan)',
    ]);
  });
  test('a missing property is named', () => {
    expect(check(fc(feature({ name_en: undefined })))).toEqual([
      'data/centres.geojson $.features[0] (id "ucs_main").properties.name_en: missing required property "name_en"',
    ]);
  });
  test('status and accuracy must come from the spec; non-surveyed needs a placement_basis', () => {
    const errors = check(fc(feature({ status: '目标', accuracy: 'schematic', placement_basis: undefined })));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/status "目标" must be one of 现状 \/ 规划 \/ 在建 \/ 改扩建 \/ 前期/);
    expect(errors[1]).toMatch(/accuracy "schematic" needs a placement_basis/);
  });
  test('projected coordinates are caught', () => {
    expect(check(fc(feature({}, { type: 'Point', coordinates: [37_500_000, 3_770_000] })))[0]).toMatch(/not longitude\/latitude in degrees/);
  });
  test('an unclosed ring and a self-intersecting polygon are invalid geometry', () => {
    const open = feature({}, { type: 'Polygon', coordinates: [[[111, 34], [111.1, 34], [111.1, 34.1], [111, 34.1]]] });
    const bowtie = feature({ id: 'b' }, { type: 'Polygon', coordinates: [[[111, 34], [111.1, 34.1], [111.1, 34], [111, 34.1], [111, 34]]] });
    const errors = validateLayerData(fc(open, bowtie), 'polygon', plan, 'x.geojson').map((e) => e.message);
    expect(errors[0]).toBe('outer ring is not closed: its last position must repeat the first [111, 34]');
    expect(errors[1]).toMatch(/^polygon intersects itself at \[111\.05, 34\.05\]/);
  });
  test('the geometry kind must match the layer', () => {
    const line = feature({}, { type: 'LineString', coordinates: [[111, 34], [111.1, 34]] });
    expect(check(fc(line))[0]).toMatch(/geometry type "LineString" does not match the layer's geometry "point"/);
  });
});

describe('validateAll', () => {
  const files = (over: Record<string, unknown> = {}) => {
    const all: Record<string, unknown> = {
      'manifest.json': manifest(),
      'plan.txt': 'L179: 在县域范围内着力构建以县城为核心的空间结构',
      'data/centres.geojson': fc(feature({ related: ['ucs_cluster'] })),
      'catalogue.json': {
        spec_version: 1,
        entries: [
          {
            id: 'ucs_cluster', group: 'structure', type: 'composite', members: ['ucs_main'],
            properties: { id: 'ucs_cluster', name: '组团', name_en: 'Cluster', plan_ref: 'L179', quote: '空间结构', status: '规划' },
          },
        ],
      },
      ...over,
    };
    return async (p: string) => (all[p] === undefined ? null : typeof all[p] === 'string' ? (all[p] as string) : JSON.stringify(all[p]));
  };
  test('a consistent folder validates', async () => {
    const r = await validateAll(files());
    expect(r.errors).toEqual([]);
    expect(r.loaded?.data.get('centres')?.features).toHaveLength(1);
  });
  test('dangling relations, duplicate ids and missing files are reported', async () => {
    const r = await validateAll(
      files({
        'data/centres.geojson': fc(feature({ related: ['nowhere'] }), feature({ name: '重复' })),
        'catalogue.json': undefined,
      }),
    );
    const messages = r.errors.map((e) => `${e.file} ${e.message}`);
    expect(messages).toContain('data/centres.geojson refers to "nowhere", which is neither a mapped feature nor a catalogue entry');
    expect(messages).toContain('data/centres.geojson duplicate id "ucs_main", also in data/centres.geojson');
    expect(messages).toContain('catalogue.json file not found');
  });
});
