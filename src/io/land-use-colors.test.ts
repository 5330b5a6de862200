import { describe, expect, it } from 'vitest';
import { LAND_USE_CLASSES, LAND_USE_UNMATCHED, landFieldKind, landUseColor, landUseTheme } from './land-use-colors';

describe('land-use colour theme (用地用海)', () => {
  it('holds the 39 rows of the colour guide table with valid colours and unique codes', () => {
    expect(LAND_USE_CLASSES).toHaveLength(39);
    expect(new Set(LAND_USE_CLASSES.map((c) => c.code)).size).toBe(39);
    for (const c of LAND_USE_CLASSES) expect(c.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('colours first-level and second-level classes by name', () => {
    expect(landUseColor('耕地')).toMatchObject({ color: '#f5f8dc', via: 'name' });
    expect(landUseColor('林地')?.color).toBe('#68b167');
    expect(landUseColor('城镇住宅用地')).toMatchObject({ color: '#ffff2d', via: 'name' });
    expect(landUseColor('公园绿地')?.color).toBe('#00ff00');
    expect(landUseColor('陆地水域')?.color).toBe('#338ec0');
  });

  it('gives subclasses without a row their first-level colour (the fixture’s 三调 classes)', () => {
    expect(landUseColor('旱地')).toMatchObject({ color: '#f5f8dc', via: 'parent', cls: { name: '耕地' } });
    expect(landUseColor('水浇地')?.cls.name).toBe('耕地');
    expect(landUseColor('乔木林地')).toMatchObject({ color: '#68b167', via: 'parent' });
    expect(landUseColor('坑塘水面')?.cls.name).toBe('陆地水域');
  });

  it('matches 用地用海 codes in code fields, first level through the first two digits', () => {
    expect(landUseColor('0701', { field: 'YDYHFLDM' })?.cls.name).toBe('城镇住宅用地');
    expect(landUseColor('0103', { field: 'YDYHFLDM' })).toMatchObject({ via: 'parent', cls: { code: '01' } });
    expect(landUseColor('09', { field: 'YDYHFLDM' })?.color).toBe('#ff0000');
    expect(landUseColor('0103 旱地', { field: 'YDYHFLDM' })?.cls.name).toBe('耕地');
  });

  it('uses third-survey (DLBM) codes only where they agree with 用地用海 (01–04)', () => {
    expect(landUseColor('0301', { field: 'DLBM' })?.cls.name).toBe('林地');
    // 三调 0702 is 农村宅基地, 用地用海 0702 is 城镇社区服务设施用地: not guessed.
    expect(landUseColor('0702', { field: 'DLBM' })).toBeNull();
    expect(landUseColor('1001', { field: 'DLBM' })).toBeNull();
    expect(landFieldKind('DLMC')).toBe('name');
  });

  it('invents no colour: first-level classes without a row and unknown values stay unmatched', () => {
    for (const v of ['居住用地', '公共管理与公共服务用地', '工矿用地', '绿地与开敞空间用地', '机关团体新闻出版用地', 'R2', '', null]) expect(landUseColor(v)).toBeNull();
    expect(landUseColor('0702', { field: 'YDYHFLDM' })).toBeNull();
    expect(landUseColor('0101', { field: 'DLMC' })).toBeNull();
  });

  it('tolerates spaces and full-width characters', () => {
    expect(landUseColor(' 耕 地 ')?.cls.code).toBe('01');
    expect(landUseColor('盐田用地')?.color).toBe(landUseColor('盐田')?.color);
  });

  it('builds a theme for the distinct values of a field and lists what it could not colour', () => {
    const t = landUseTheme(['旱地', '乔木林地', '城镇住宅用地', '旱地', '水浇地', '机关团体新闻出版用地', null], 'DLMC');
    expect(t.values).toEqual({ 旱地: '#f5f8dc', 乔木林地: '#68b167', 城镇住宅用地: '#ffff2d', 水浇地: '#f5f8dc' });
    expect(t.unmatched).toEqual(['机关团体新闻出版用地']);
    expect(LAND_USE_UNMATCHED).not.toBe(t.values['旱地']);
  });
});
