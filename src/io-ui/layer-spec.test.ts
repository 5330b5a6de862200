import { describe, expect, it } from 'vitest';
import { colorExpression, planLayerStyles } from '../map/plan-style';
import { defaultStyle, splitByGeometry, styleMode, userLayerSpec, withMode } from './layer-spec';
import { OTHER_COLOR, categoricalColors, distinctValues, palette } from './palette';

const poly = (c: number, props: Record<string, unknown>): GeoJSON.Feature => ({
  type: 'Feature',
  properties: props,
  geometry: { type: 'Polygon', coordinates: [[[c, 34], [c + 0.01, 34], [c + 0.01, 34.01], [c, 34]]] },
});
const parcels: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: [poly(111, { DLMC: '旱地' }), poly(111.1, { DLMC: '乔木林地' }), poly(111.2, { DLMC: '旱地' }), poly(111.3, { DLMC: '机关团体新闻出版用地' })],
};
const meta = { id: 'imp-1', title: { zh: '地类图斑', en: '地类图斑' }, group: 'imported', geometry: 'polygon' as const };

describe('user style → LayerSpec', () => {
  it('a single colour maps to a plain LayerSpec the plan styler draws', () => {
    const spec = userLayerSpec(meta, defaultStyle('polygon', '#4e79a7'));
    expect(spec).toMatchObject({ id: 'imp-1', group: 'imported', geometry: 'polygon', visible: true, style: { color: '#4e79a7', fill_opacity: 0.35, width: 1.5, dash_by_status: false } });
    expect(spec.legend).toEqual([{ label: meta.title }]);
    expect(colorExpression(spec)).toBe('#4e79a7');
    expect(planLayerStyles(spec, 'zh').map((l) => l.id)).toContain('plan/imp-1/fill');
  });

  it('categories get palette colours by frequency, a default and one legend row each', () => {
    const style = withMode(defaultStyle('polygon', '#4e79a7'), parcels, 'category', 'DLMC');
    expect(styleMode(style)).toBe('category');
    expect(style.color_by).toEqual({ property: 'DLMC', values: { 旱地: palette(3)[0], 乔木林地: palette(3)[1], 机关团体新闻出版用地: palette(3)[2] }, default: OTHER_COLOR });
    const spec = userLayerSpec(meta, style);
    expect(spec.style.color).toBeUndefined();
    expect(spec.legend.map((l) => l.value)).toEqual(['旱地', '乔木林地', '机关团体新闻出版用地', undefined]);
    expect(colorExpression(spec)).toEqual(['match', ['to-string', ['get', 'DLMC']], '旱地', palette(3)[0], '乔木林地', palette(3)[1], '机关团体新闻出版用地', palette(3)[2], OTHER_COLOR]);
  });

  it('the 用地用海 theme colours known classes from the table and leaves the rest grey', () => {
    const style = withMode(defaultStyle('polygon', '#4e79a7'), parcels, 'landuse', 'DLMC');
    expect(styleMode(style)).toBe('landuse');
    expect(style.color_by?.values).toEqual({ 旱地: '#f5f8dc', 乔木林地: '#68b167' });
    const spec = userLayerSpec(meta, style);
    expect(spec.legend[0].label.zh).toBe('旱地（耕地）');
    expect(spec.legend.at(-1)?.label.zh).toBe('未在用地用海配色表中');
    expect(spec.style.outline).toBe('#6b6b6b');
    expect(spec.style.fill_opacity).toBe(0.75);
  });

  it('with the data at hand, the legend shows the "other" row only when a feature falls into it', () => {
    const style = withMode(defaultStyle('polygon', '#4e79a7'), parcels, 'landuse', 'DLMC');
    expect(userLayerSpec(meta, style, parcels).legend.at(-1)?.label.zh).toBe('未在用地用海配色表中');
    const known = { type: 'FeatureCollection' as const, features: parcels.features.slice(0, 3) };
    expect(userLayerSpec(meta, withMode(style, known, 'landuse', 'DLMC'), known).legend.map((l) => l.value)).toEqual(['旱地', '乔木林地']);
  });

  it('switching back to one colour drops the categories', () => {
    const cat = withMode(defaultStyle('polygon', '#123456'), parcels, 'landuse', 'DLMC');
    const single = withMode(cat, parcels, 'single');
    expect(single.color_by).toBeUndefined();
    expect(single.theme).toBeUndefined();
    expect(userLayerSpec(meta, single).style.color).toBe('#123456');
  });

  it('labels show from zoom 11 when a label field is chosen', () => {
    expect(userLayerSpec(meta, { color: '#000000', label: 'DLMC' }).style).toMatchObject({ label: 'DLMC', label_minzoom: 11 });
  });

  it('caps categories at 20 and counts the rest as other', () => {
    const many: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: Array.from({ length: 25 }, (_, i) => poly(111, { k: `v${i}` })) };
    const c = categoricalColors(many, 'k');
    expect(Object.keys(c.values)).toHaveLength(20);
    expect(c.other).toBe(5);
    expect(new Set(palette(20)).size).toBe(20);
    expect(distinctValues(parcels, 'DLMC')[0]).toEqual({ value: '旱地', count: 2 });
  });

  it('splits mixed collections by geometry, polygons first', () => {
    const mixed = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [111, 34] } }, ...parcels.features, { type: 'Feature' as const, properties: {}, geometry: null }] };
    expect(splitByGeometry(mixed).map((p) => [p.geometry, p.fc.features.length])).toEqual([['polygon', 4], ['point', 1]]);
  });
});
