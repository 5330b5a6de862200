/**
 * The plan's structure and named relations hold in the data: 一主两副 has
 * exactly the plan's members, sub-centres relate to the towns the plan
 * names, and the red route runs through its five seats in order.
 */
import { describe, expect, it } from 'vitest';
import { elements, seats } from './load';

const coords = (g: GeoJSON.Geometry) => (g as GeoJSON.LineString).coordinates.map((c) => c.join(','));

describe('一主两副，组团发展 (L179)', () => {
  it('lists exactly the plan’s members: centre, driven towns, two sub-centres with their towns, radiated towns, the five cluster towns', async () => {
    const { catalogue } = await elements();
    const s = catalogue.get('ucs_structure')!;
    expect(s.type).toBe('composite');
    expect([...s.members!].sort()).toEqual([
      'ucs_main',
      'ucs_drive_fanli', 'ucs_drive_hengjian', 'ucs_drive_shahe', 'ucs_drive_wenyu',
      'ucs_sub_south', 'ucs_sub_south_wulichuan', 'ucs_sub_south_zhuyangguan',
      'ucs_rad_tanghe', 'ucs_rad_wayaogou', 'ucs_rad_shiziping',
      'ucs_sub_north', 'ucs_sub_north_guandaokou', 'ucs_sub_north_duguan',
      'ucs_cluster', 'ucs_cluster_mutong', 'ucs_cluster_panhe', 'ucs_cluster_guanpo', 'ucs_cluster_xujiawan', 'ucs_cluster_shuanglongwan',
    ].sort());
  });

  it('draws every member, the towns at their seats', async () => {
    const { mapped, catalogue } = await elements();
    const seat = seats();
    const where: Record<string, string> = {
      ucs_main: 'county_government', ucs_drive_fanli: 'fanli', ucs_drive_hengjian: 'hengjian', ucs_drive_shahe: 'shahe', ucs_drive_wenyu: 'wenyu',
      ucs_sub_south_wulichuan: 'wulichuan', ucs_sub_south_zhuyangguan: 'zhuyangguan', ucs_rad_tanghe: 'tanghe', ucs_rad_wayaogou: 'wayaogou',
      ucs_rad_shiziping: 'shiziping', ucs_sub_north_guandaokou: 'guandaokou', ucs_sub_north_duguan: 'duguan', ucs_cluster_mutong: 'mutong',
      ucs_cluster_panhe: 'panhe', ucs_cluster_guanpo: 'guanpo', ucs_cluster_xujiawan: 'xujiawan', ucs_cluster_shuanglongwan: 'shuanglongwan',
    };
    for (const id of catalogue.get('ucs_structure')!.members!) expect(mapped.has(id), id).toBe(true);
    for (const [id, key] of Object.entries(where)) {
      expect((mapped.get(id)!.feature.geometry as GeoJSON.Point).coordinates, id).toEqual(seat.get(key));
      expect(mapped.get(id)!.props.accuracy).toBe('approximate');
    }
    expect(mapped.get('ucs_main')!.layer).toBe('structure-main');
    expect(mapped.get('ucs_sub_south_wulichuan')!.layer).toBe('structure-sub');
  });

  it('the main centre drives 范里、横涧、沙河、文峪', async () => {
    const { mapped } = await elements();
    const related = mapped.get('ucs_main')!.props.related as string[];
    expect(related).toEqual(expect.arrayContaining(['ucs_drive_fanli', 'ucs_drive_hengjian', 'ucs_drive_shahe', 'ucs_drive_wenyu']));
    for (const k of ['fanli', 'hengjian', 'shahe', 'wenyu']) expect(mapped.get(`ucs_drive_${k}`)!.props.related).toContain('ucs_main');
  });

  it('the southern sub-centre is 五里川—朱阳关 and radiates to 汤河、瓦窑沟、狮子坪', async () => {
    const { mapped } = await elements();
    const south = mapped.get('ucs_sub_south')!;
    expect(south.props.accuracy).toBe('schematic');
    expect(south.props.related).toEqual(['ucs_sub_south_wulichuan', 'ucs_sub_south_zhuyangguan', 'ucs_rad_tanghe', 'ucs_rad_wayaogou', 'ucs_rad_shiziping']);
    for (const k of ['tanghe', 'wayaogou', 'shiziping']) {
      expect(mapped.get(`ucs_rad_${k}`)!.props.related).toEqual(['ucs_sub_south']);
      const link = mapped.get(`ucs_link_radiate_${k}`)!;
      expect(link.layer).toBe('structure-links');
      expect(coords(link.feature.geometry).at(-1)).toBe(seats().get(k)!.join(','));
    }
  });

  it('the northern sub-centre is 官道口—杜关 and says it radiates to no named towns', async () => {
    const { mapped } = await elements();
    const north = mapped.get('ucs_sub_north')!.props;
    expect(north.related).toEqual(['ucs_sub_north_guandaokou', 'ucs_sub_north_duguan']);
    expect((north.unspecified as { en: string }).en).toMatch(/names no towns/);
  });
});

describe('named relations', () => {
  it('the red route runs 文峪—横涧—双龙湾—徐家湾—官坡 through the five seats in order', async () => {
    const { mapped } = await elements();
    const route = mapped.get('red_route')!;
    const s = seats();
    expect(route.layer).toBe('tourism-route');
    expect(route.props.accuracy).toBe('schematic');
    expect(coords(route.feature.geometry)).toEqual(['wenyu', 'hengjian', 'shuanglongwan', 'xujiawan', 'guanpo'].map((k) => s.get(k)!.join(',')));
  });

  it('roads run between the places the plan names', async () => {
    const { mapped } = await elements();
    const s = seats();
    const s326 = coords(mapped.get('jt_s326_shahe')!.feature.geometry);
    expect([s326[0], s326.at(-1)]).toEqual([s.get('county_government')!.join(','), s.get('shahe')!.join(',')]);
    expect(coords(mapped.get('jt_fanli_luanchuan')!.feature.geometry)[0]).toBe(s.get('fanli')!.join(','));
    expect(coords(mapped.get('jt_tanghe_luanchuan')!.feature.geometry)[0]).toBe(s.get('tanghe')!.join(','));
    expect(coords(mapped.get('jt_g209_wulichuan')!.feature.geometry)).toContain(s.get('wulichuan')!.join(','));
  });

  it('facilities the plan puts in a zone or a town relate to it', async () => {
    const { mapped } = await elements();
    expect(mapped.get('hc_nursery_west')!.props.related).toEqual(['fz_west']);
    expect(mapped.get('hc_nursery_east')!.props.related).toEqual(['fz_east']);
    expect(mapped.get('mk_wulichuan')!.props.related).toEqual(['ucs_sub_south_wulichuan']);
    expect(mapped.get('red_park')!.props.accuracy).toBe('schematic');
  });

  it('the five county-seat zones are drawn, the southern new town south of the old town', async () => {
    const { mapped } = await elements();
    const zones = ['fz_old_town', 'fz_east', 'fz_west', 'fz_south', 'fz_industry'].map((id) => mapped.get(id)!);
    expect(zones.every((z) => z.layer === 'zones-five' && z.props.accuracy === 'schematic')).toBe(true);
    const { centroid } = await import('@turf/turf');
    const c = Object.fromEntries(zones.map((z) => [z.props.id, centroid(z.feature as never).geometry.coordinates]));
    expect(c.fz_south[1]).toBeLessThan(c.fz_old_town[1]);
    expect(c.fz_west[0]).toBeLessThan(c.fz_old_town[0]);
    expect(c.fz_east[0]).toBeGreaterThan(c.fz_old_town[0]);
  });
});
