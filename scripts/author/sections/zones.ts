/** §2 县城五大功能区 (L184) and the county-seat areas around them. */
import { el, schematic, why, WHY, type Element } from '../model';
import { ZONE, seatEnvelope, zoneBasis } from '../seat-frame';

const G = 'zones';
const FIG4: [string, string] = ['功能区界线只在缺失的图4（L185）上。', 'Zone boundaries were only on the missing figure 4 (L185).'];
const ZONES = ['fz_old_town', 'fz_east', 'fz_west', 'fz_south', 'fz_industry'];

export const zones: Element[] = [
  el('fz_planning_area', ['县城规划区', 'County-seat planning area'], ['L184', '优化县城规划区的功能区划空间分布，建设五大功能区'], '现状', {
    related: ZONES, see_also: ['L205'], unspecified: ['规划区界线规划未给出。', 'The planning-area boundary is not given.'],
  }, schematic('zones-context', seatEnvelope(0.8),
    'Envelope of the five schematic functional zones widened by 0.8 km; the plan builds the five zones within the planning area (L184). Not a boundary.')),

  el('fz_old_town', ['老城文旅区', 'Old-town culture & tourism zone'], ['L184', '建设老城文旅区，强化历史文化保育与创新'], '规划', {
    note: '建设', kind: 'old', related: ['fz_planning_area', 'oc_old_district', 'oc_revival_gucheng'], unspecified: FIG4,
  }, schematic('zones-five', ZONE.old, zoneBasis('old'))),
  el('fz_east', ['东城文化教育区', 'East-town culture & education zone'], ['L184', '建设东城文化教育区，着力提升文化教育、行政服务、现代商贸等功能'], '规划', {
    note: '建设', kind: 'east', related: ['fz_planning_area', 'hc_nursery_east'], see_also: ['L220'], unspecified: FIG4,
  }, schematic('zones-five', ZONE.east, zoneBasis('east'))),
  el('fz_west', ['西城品质生活区', 'West-town quality-living zone'], ['L184', '建设西城品质生活区，以内水系建设推动高品质生活空间打造'], '规划', {
    note: '建设', kind: 'west', related: ['fz_planning_area', 'uw_west_inner_water', 'hc_nursery_west'], see_also: ['L220'], unspecified: FIG4,
  }, schematic('zones-five', ZONE.west, zoneBasis('west'))),
  el('fz_south', ['南部新城区', 'Southern new-town zone'], ['L184', '建设南部新城区，着力提升产、学、研高度融合'], '规划', {
    note: '建设', kind: 'south', related: ['fz_planning_area'],
    unspecified: ['规划未说明南部新城区是否即洛南新城/洛南新区（L34/L9）。', 'The plan does not say whether this is the same as 洛南新城 / 洛南新区 (L34 / L9).'],
  }, schematic('zones-five', ZONE.south, zoneBasis('south'))),
  el('fz_industry', ['产业聚集区（功能区）', 'Industrial agglomeration zone (functional zone)'], ['L184', '建设产业聚集区，着重完善生产和生活配套服务设施，促产兴城'], '现状', {
    note: '完善', kind: 'industry', related: ['fz_planning_area', 'ind_cluster'], unspecified: FIG4,
  }, schematic('zones-five', ZONE.industry, zoneBasis('industry'))),

  el('fz_central_city', ['中心城区', 'Central urban area'], ['L189', '提升中心城区人居环境'], '现状', {
    see_also: ['L191', 'L205'], related: ['fz_planning_area'],
  }, why(G, WHY.noExtent, '它位于县城，但未画出，以免与规划区混同。', 'It is the county seat’s core, but is not drawn so as not to pass for a boundary.')),
  el('fz_builtup', ['建成区', 'Built-up area'], ['L194', '即建成区绿地率达33%、建成区绿化覆盖率达38%'], '现状', {
    see_also: ['L199'], related: ['ind_green_ratio_2022', 'ind_green_cover_2022'],
  }, why(G, WHY.noExtent, '绿地指标的分母需要真实界线，示意图形不能代替。', 'Green-space indicators need a real boundary as denominator; a schematic shape cannot stand in.')),
  el('fz_new_old', ['新老城区', 'New and old districts'], ['L189', '推进新老城区南北贯通一体的水生态城市建设体系'], '规划', {
    related: ['fz_old_town', 'fz_south'],
  }, why(G, WHY.noExtent, '指洛河两岸的新区与老区的南北贯通。', 'Refers to joining the old (north) and new (south) districts across the Luo.')),
];
