/** §4 城市水生态 (L189): axis, wings, lines, points and the 9 blocks, in the schematic county-seat frame. */
import type { Polygon } from 'geojson';
import { block, cs, hull, line, type LonLat } from '../geo';
import { composite, el, schematic, why, WHY, type Element } from '../model';
import { LUO_BASIS, NANSHAN_BEILING, ZONE, luoShift, luoStrip, luoTown } from '../seat-frame';

const G = 'urban-water';
const Q_BLOCKS = '围绕水库群、南山北岭、洛河支流生态修复、洛河滨河生态廊道、城区水系等9大板块';
const Q_WINGS = '南城、北城水网为翼';
const ring = (p: Polygon) => p.coordinates[0] as LonLat[];
const BLOCKS = ['uw_block_reservoirs', 'uw_block_nanshan_beiling', 'uw_block_tributary_restoration', 'uw_block_riverside_corridor', 'uw_block_urban_water', 'uw_block_6_9'];

export const urbanWater: Element[] = [
  el('uw_system', ['城市水生态体系（轴、翼、线、点）', 'Urban water-ecology system (axis, wings, lines, nodes)'],
    ['L189', '加快推进以洛河为轴'], '规划', { derived: true },
    composite(G, ['uw_axis_luohe', 'uw_wing_south', 'uw_wing_north', 'uw_tributaries_13', 'uw_nodes'])),
  el('uw_blocks_9', ['9大板块', 'The nine blocks'], ['L189', Q_BLOCKS], '规划', {
    derived: true, unspecified: ['9个板块中只有5个有名称。', 'Only 5 of the 9 blocks are named.'],
  }, composite(G, BLOCKS)),

  el('uw_axis_luohe', ['洛河（城区段）为轴', 'Luo River as the axis (urban section)'], ['L189', '加快推进以洛河为轴'], '现状', {
    note: '以洛河为轴', kind: 'axis', related: ['eco_river_luohe', 'uw_system'],
  }, schematic('urban-water-lines', luoTown(), LUO_BASIS)),
  el('uw_wing_south', ['南城水网（翼）', 'South-town water network (wing)'], ['L189', Q_WINGS], '规划', {
    kind: 'wing', related: ['uw_system'], unspecified: ['水网组成规划未给出。', 'Its composition is not given.'],
  }, schematic('urban-water-areas', hull(ring(ZONE.south), 0.3), `The south-east (洛南) bank of the schematic Luo course, around the southern new town, as 南城 says; composition and extent not given. ${LUO_BASIS}`)),
  el('uw_wing_north', ['北城水网（翼）', 'North-town water network (wing)'], ['L189', Q_WINGS], '规划', {
    kind: 'wing', related: ['uw_system'], unspecified: ['水网组成规划未给出。', 'Its composition is not given.'],
  }, schematic('urban-water-areas', hull([...ring(ZONE.west), ...ring(ZONE.old), ...ring(ZONE.east)], 0), `The north-west bank of the schematic Luo course, around the west, old and east towns, as 北城 says; composition and extent not given. ${LUO_BASIS}`)),
  el('uw_tributaries_13', ['13条支流（线）', '13 tributaries (lines)'], ['L189', '13条支流为线'], '规划', {
    related: ['uw_system'], unspecified: ['13条支流均未命名。', 'None of the 13 tributaries is named.'],
  }, why(G, WHY.notNamed)),
  el('uw_nodes', ['公园、湿地（点）', 'Parks and wetlands as nodes'], ['L189', '公园、湿地为点'], '规划', {
    related: ['uw_system', 'eco_core_wetland_park'], unspecified: ['除洛河湿地公园（L86）外均未命名。', 'None is named except the Luo wetland park (L86).'],
  }, why(G, WHY.notNamed)),

  el('uw_block_reservoirs', ['9大板块之：水库群', 'Block: reservoir group'], ['L189', Q_BLOCKS], '规划', { related: ['uw_blocks_9'] },
    why(G, WHY.notNamed, '水库未命名。', 'The reservoirs are not named.')),
  el('uw_block_nanshan_beiling', ['9大板块之：南山北岭', 'Block: southern hills and northern ridge'], ['L189', Q_BLOCKS], '规划', {
    kind: 'block', related: ['uw_blocks_9', 'eco_core_forest_park'],
  }, schematic('urban-water-areas', NANSHAN_BEILING, '南山 and 北岭 of the county seat, drawn as the same two schematic bands as the 南山北岭森林公园 (L86); extent not given.')),
  el('uw_block_tributary_restoration', ['9大板块之：洛河支流生态修复', 'Block: Luo tributary restoration'], ['L189', Q_BLOCKS], '规划', { related: ['uw_blocks_9', 'wr_tributaries'] },
    why(G, WHY.notNamed, '支流未命名。', 'The tributaries are not named.')),
  el('uw_block_riverside_corridor', ['9大板块之：洛河滨河生态廊道', 'Block: Luo riverside ecological corridor'], ['L189', Q_BLOCKS], '规划', {
    kind: 'block', related: ['uw_blocks_9', 'uw_axis_luohe'],
  }, schematic('urban-water-areas', luoStrip(-0.6, 0.6), `Strip 0.6 km either side of the schematic Luo course through the county seat; width not given. ${LUO_BASIS}`)),
  el('uw_block_urban_water', ['9大板块之：城区水系', 'Block: urban water system'], ['L189', Q_BLOCKS], '规划', { related: ['uw_blocks_9', 'uw_system'] },
    why(G, WHY.noExtent, '城区水系的组成未说明；其已知部分（洛河轴、南北城水网）见地图。', 'Its parts are not listed; the known ones (the Luo axis, the south/north networks) are on the map.')),
  el('uw_block_6_9', ['9大板块之其余4个（名称未定）', 'The remaining 4 of the 9 blocks (not named)'], ['L189', '等9大板块'], '规划', {
    related: ['uw_blocks_9'], unspecified: ['规划只列出9个板块中的5个，其余4个未命名。', 'The plan lists 5 of the 9 blocks; the other 4 are not named.'],
  }, why(G, WHY.notNamed)),

  el('uw_greenway', ['“两道一环”绿道', '“Two paths, one loop” greenway'], ['L189', '结合“两道一环”绿道'], '规划', {
    unspecified: ['“两道一环”的组成规划未定义。', 'The plan does not define its parts.'],
  }, why(G, WHY.noRoute)),
  el('uw_park_system', ['城市公园绿地体系', 'Urban park and green-space system'], ['L189', '合理推进城市公园绿地体系建设'], '规划', { see_also: ['L194'], related: ['gr_parks'] }, why(G, WHY.programme)),
  el('uw_west_inner_water', ['西城内水系', 'West-town inner water system'], ['L184', '以内水系建设推动高品质生活空间打造'], '规划', {
    kind: 'wing', related: ['fz_west'], unspecified: ['水系布局未给出。', 'Its layout is not given.'],
  }, schematic('urban-water-areas', block(-4.8, -0.8, -2.7, 1.2, 0.4), 'Inside the schematic 西城品质生活区, where the plan puts it (L184); layout not given.')),
  el('uw_luohe_connect', ['洛河城区段水系连通治理', 'Luo urban-section water connectivity'], ['L155', '洛河城区段水系连通治理'], '规划', {
    kind: 'works', related: ['wr_luohe_urban', 'uw_axis_luohe'],
  }, schematic('urban-water-lines', line(luoShift(0.12, 0, 5)), `${LUO_BASIS} Drawn along the urban section only.`)),
  el('uw_trails', ['洛河两岸及南山北岭步道、骑行道', 'Riverside and hill walking / cycling trails'], ['L138', '沿洛河两岸、向南山北岭铺设步道与骑行道'], '规划', {
    note: '铺设', kind: 'trail', unspecified: ['具体线路未给出。', 'Routes are not given.'],
  }, schematic('urban-water-lines', {
    type: 'MultiLineString',
    coordinates: [luoShift(0.35, 0, 5), luoShift(-0.35, 0, 5), [cs(0.0, -0.7), cs(-1.5, 4.5)], [cs(1.0, -0.7), cs(0.5, -5.2)]],
  }, 'Both banks of the schematic Luo course in the county seat, with one spur each toward the 北岭 and 南山 bands, as the plan says (沿洛河两岸、向南山北岭); routes not given.')),
  el('uw_bike_points', ['自行车租借和存车处', 'Bike rental and parking points'], ['L138', '增设自行车租借和存车处'], '规划', { note: '增设' }, why(G, WHY.noSite)),
  el('uw_luohe_waterfront', ['洛河滨水空间（产业空间）', 'Luo waterfront space for business and services'], ['L93', '充分利用洛河滨水空间，打造生产、商务、服务功能有机结合的产业空间'], '规划', {
    kind: 'waterfront', related: ['uw_axis_luohe'],
  }, schematic('urban-water-areas', {
    type: 'MultiPolygon',
    coordinates: [(luoStrip(0.6, 1.0, 1, 5) as Polygon).coordinates, (luoStrip(-1.0, -0.6, 1, 5) as Polygon).coordinates],
  }, 'Strips on both banks of the schematic Luo course through the county seat, just outside the riverside corridor; the plan gives neither bank nor extent.')),
];
