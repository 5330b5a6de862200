/**
 * §1 城镇空间结构 “一主两副，组团发展” (L179). Towns named in a role are
 * their seats (approximate); envelopes and links are schematic.
 */
import { GOV, band, ellipse, hull, line, midpoint, seat, toBoundary } from '../geo';
import { composite, el, schematic, town, why, WHY, type Element } from '../model';

const Q_MAIN = '以县城为全县城镇化及产业经济发展主中心';
const Q_DRIVE = '带动范里、横涧、沙河和文峪等乡镇发展';
const Q_SOUTH_PAIR = '强化五里川、朱阳关两镇的区域副中心带动作用';
const Q_RAD = '辐射汤河、瓦窑沟、狮子坪等乡镇';
const Q_NORTH_PAIR = '杜关—官道口两镇依托旅游、产业和交通优势';
const Q_CLUSTER = '木桐、潘河、官坡、徐家湾、双龙湾组团发展';
const Q_CARRIER = '依托县道021、019、国道344及城市快速路系统';
const G = 'structure';

const DRIVEN = [['fanli', '范里镇', 'Fanli'], ['hengjian', '横涧乡', 'Hengjian'], ['shahe', '沙河乡', 'Shahe'], ['wenyu', '文峪乡', 'Wenyu']];
const RADIATED = [['tanghe', '汤河乡', 'Tanghe'], ['wayaogou', '瓦窑沟乡', 'Wayaogou'], ['shiziping', '狮子坪乡', 'Shiziping']];
const CLUSTER = [
  ['mutong', '木桐乡', 'Mutong'], ['panhe', '潘河乡', 'Panhe'], ['guanpo', '官坡镇', 'Guanpo'],
  ['xujiawan', '徐家湾乡', 'Xujiawan'], ['shuanglongwan', '双龙湾镇', 'Shuanglongwan'],
];
const ETC: [string, string] = ['“等”：所列乡镇可能不完整。', '“等” (etc.): the list may not be exhaustive.'];

/** Ids of the 一主两副 composite, in the plan's order: centre, driven, south, radiated, north, cluster. */
export const STRUCTURE_MEMBERS = [
  'ucs_main', ...DRIVEN.map(([k]) => `ucs_drive_${k}`),
  'ucs_sub_south', 'ucs_sub_south_wulichuan', 'ucs_sub_south_zhuyangguan', ...RADIATED.map(([k]) => `ucs_rad_${k}`),
  'ucs_sub_north', 'ucs_sub_north_guandaokou', 'ucs_sub_north_duguan',
  'ucs_cluster', ...CLUSTER.map(([k]) => `ucs_cluster_${k}`),
];

const south = [seat('wulichuan'), seat('zhuyangguan')] as [number, number][];
const north = [seat('guandaokou'), seat('duguan')] as [number, number][];
const southMid = midpoint(south[0], south[1]);
/** 洛宁县 seat direction: G344 leaves the county toward Luoyang along the Luo valley. */
const LUONING: [number, number] = [111.653, 34.389];

export const structure: Element[] = [
  el('ucs_structure', ['“一主两副，组团发展”城镇空间结构', '“One main centre, two sub-centres, cluster development” town structure'],
    ['L179', '以县城为核心、以区域重点乡镇为支撑的“一主两副，组团发展”城镇空间结构'], '规划',
    { note: '着力构建', see_also: ['L180'], unspecified: ['规划图2（L180）缺失。', 'The plan’s figure 2 (L180) is missing.'] },
    composite(G, STRUCTURE_MEMBERS)),

  el('ucs_main', ['县城（主中心）', 'County seat (main centre)'], ['L179', Q_MAIN], '现状', {
    note: '强化', kind: 'main',
    related: [...DRIVEN.map(([k]) => `ucs_drive_${k}`), 'ucs_main_carrier_x021', 'ucs_main_carrier_x019', 'ucs_main_carrier_g344', 'ucs_main_carrier_expressway', 'ucs_main_agglomeration'],
  }, town('structure-main', 'county_government', 'Point = 卢氏县人民政府 (issue 3).')),

  ...DRIVEN.map(([k, zh, en]) => el(`ucs_drive_${k}`, [zh, `${en} (driven by the county seat)`], ['L179', Q_DRIVE], '规划',
    { note: '带动', kind: 'driven', related: ['ucs_main'], unspecified: ETC }, town('structure-towns', k))),

  el('ucs_sub_south', ['南部县域副中心（五里川—朱阳关）', 'Southern sub-centre (Wulichuan–Zhuyangguan)'],
    ['L179', '以五里川—朱阳关为南部县域副中心'], '规划', {
      note: '强化', kind: 'sub',
      related: ['ucs_sub_south_wulichuan', 'ucs_sub_south_zhuyangguan', ...RADIATED.map(([k]) => `ucs_rad_${k}`)],
    }, schematic('structure-areas', band(south, 4),
      'Band 4 km wide around the 五里川 and 朱阳关 seats, the two towns the plan names as this sub-centre (L179); not an extent from the plan.')),
  el('ucs_sub_south_wulichuan', ['五里川镇', 'Wulichuan (southern sub-centre)'], ['L179', Q_SOUTH_PAIR], '规划',
    { note: '强化', kind: 'sub', related: ['ucs_sub_south', 'ucs_sub_south_zhuyangguan'], see_also: ['L152'] }, town('structure-sub', 'wulichuan')),
  el('ucs_sub_south_zhuyangguan', ['朱阳关镇', 'Zhuyangguan (southern sub-centre)'], ['L179', Q_SOUTH_PAIR], '规划',
    { note: '强化', kind: 'sub', related: ['ucs_sub_south', 'ucs_sub_south_wulichuan'] }, town('structure-sub', 'zhuyangguan')),
  ...RADIATED.map(([k, zh, en]) => el(`ucs_rad_${k}`, [zh, `${en} (radiated by the southern sub-centre)`], ['L179', Q_RAD], '规划',
    { note: '辐射', kind: 'radiated', related: ['ucs_sub_south'], unspecified: ETC }, town('structure-towns', k))),

  el('ucs_sub_north', ['北部县域副中心（官道口—杜关）', 'Northern sub-centre (Guandaokou–Duguan)'],
    ['L179', '北部官道口—杜关为北部县域副中心'], '规划', {
      note: '建成', kind: 'sub', related: ['ucs_sub_north_guandaokou', 'ucs_sub_north_duguan'],
      unspecified: ['规划未指明北部副中心辐射哪些乡镇。', 'The plan names no towns that the northern sub-centre radiates to.'],
    }, schematic('structure-areas', band(north, 4),
      'Band 4 km wide around the 官道口 and 杜关 seats, the two towns the plan names as this sub-centre (L179); not an extent from the plan.')),
  el('ucs_sub_north_guandaokou', ['官道口镇', 'Guandaokou (northern sub-centre)'], ['L179', Q_NORTH_PAIR], '规划',
    { note: '建成', kind: 'sub', related: ['ucs_sub_north', 'ucs_sub_north_duguan'] }, town('structure-sub', 'guandaokou')),
  el('ucs_sub_north_duguan', ['杜关镇', 'Duguan (northern sub-centre)'], ['L179', Q_NORTH_PAIR], '规划',
    { note: '建成', kind: 'sub', related: ['ucs_sub_north', 'ucs_sub_north_guandaokou'] }, town('structure-sub', 'duguan')),

  el('ucs_cluster', ['组团发展（木桐、潘河、官坡、徐家湾、双龙湾）', 'Cluster development (Mutong, Panhe, Guanpo, Xujiawan, Shuanglongwan)'],
    ['L179', Q_CLUSTER], '规划', {
      note: '组团发展', kind: 'cluster', related: CLUSTER.map(([k]) => `ucs_cluster_${k}`),
      unspecified: ['规划未说明五个乡镇构成一个还是多个组团。', 'The plan does not say whether the five towns form one cluster or several.'],
    }, schematic('structure-areas', hull(CLUSTER.map(([k]) => seat(k)), 3),
      'Convex hull of the five named town seats widened by 3 km (L179); drawn as one envelope only to show the group.')),
  ...CLUSTER.map(([k, zh, en]) => el(`ucs_cluster_${k}`, [zh, `${en} (cluster town)`], ['L179', Q_CLUSTER], '规划',
    { note: '组团发展', kind: 'cluster', related: ['ucs_cluster'] }, town('structure-towns', k))),

  el('ucs_main_agglomeration', ['人口与产业聚集区', 'Population and industry agglomeration'], ['L179', '形成人口与产业聚集区'], '规划', {
    note: '形成', kind: 'main', related: ['ucs_main'], unspecified: ['范围规划未给出。', 'Its extent is not given in the plan.'],
  }, schematic('structure-areas', ellipse(GOV, 9, 6),
    'Ellipse (9 × 6 km) around the county seat, the main centre around which the plan forms this zone (L179); extent not given.')),

  el('ucs_main_carrier_x021', ['县道021', 'County road 021'], ['L179', Q_CARRIER], '现状', { note: '依托', related: ['ucs_main'] },
    why(G, WHY.noRoute, '规划只给出编号，未说明其连接哪些乡镇。', 'Only the number is given, not which towns it links.')),
  el('ucs_main_carrier_x019', ['县道019', 'County road 019'], ['L179', Q_CARRIER], '现状', { note: '依托', related: ['ucs_main'] },
    why(G, WHY.noRoute, '规划只给出编号，未说明其连接哪些乡镇。', 'Only the number is given, not which towns it links.')),
  el('ucs_main_carrier_g344', ['国道344（依托）', 'National road G344 (carrier of the main centre)'], ['L179', Q_CARRIER], '现状', {
    note: '依托', kind: 'national', related: ['ucs_main', 'jt_g344_county', 'jt_g344_luosan'], see_also: ['L152'],
    unspecified: ['县城以西的走向未绘制：规划未提及。', 'Its course west of the county seat is not drawn: the plan does not mention it.'],
  }, schematic('structure-carriers', toBoundary([GOV, seat('dongming'), seat('fanli')], LUONING),
    'The plan: G344 runs from the Luoyang–Sanmenxia boundary to the county seat (L152). Drawn straight from the county seat via the 东明 and 范里 seats toward 洛宁 to the county outline, following the Luo valley (general geographic knowledge, not from the plan); not a surveyed alignment.')),
  el('ucs_main_carrier_expressway', ['城市快速路系统', 'Urban expressway system'], ['L179', Q_CARRIER], '规划', {
    note: '依托（现状/规划未说明）', related: ['ucs_main'],
    unspecified: ['走向和建设状态规划均未说明。', 'Neither alignment nor status is stated.'],
  }, why(G, WHY.noRoute)),

  el('ucs_key_towns', ['区域重点乡镇 / 重点中心镇 / 中心乡镇', 'Key / central towns'], ['L148', '在城区和重点中心镇发展星级酒店'], '规划', {
    see_also: ['L157', 'L179'], unspecified: ['规划未列出是哪些乡镇。', 'The plan never lists which towns these are.'],
  }, why(G, WHY.notNamed)),

  // Derived: the relations of L179 drawn as straight links so the structure reads at county scale.
  ...DRIVEN.map(([k, zh, en]) => el(`ucs_link_drive_${k}`, [`县城带动${zh}`, `County seat drives ${en}`], ['L179', Q_DRIVE], '规划', {
    note: '带动', kind: 'drive', derived: true, related: ['ucs_main', `ucs_drive_${k}`],
  }, schematic('structure-links', line([GOV, seat(k)]), 'Straight link showing the relation the plan states (L179); not a road.'))),
  ...RADIATED.map(([k, zh, en]) => el(`ucs_link_radiate_${k}`, [`南部副中心辐射${zh}`, `Southern sub-centre radiates to ${en}`], ['L179', Q_RAD], '规划', {
    note: '辐射', kind: 'radiate', derived: true, related: ['ucs_sub_south', `ucs_rad_${k}`],
  }, schematic('structure-links', line([southMid, seat(k)]),
    'Straight link from the midpoint of the 五里川 and 朱阳关 seats, showing the relation the plan states (L179); not a road.'))),
];
