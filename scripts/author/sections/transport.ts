/** §8 交通: regional links, trunk-road projects, the town's streets. */
import { GOV, cs, line, off, seat, SEAT_SOURCE, toBoundary, type LonLat } from '../geo';
import { composite, el, schematic, why, WHY, type Element } from '../model';

const G = 'transport';
const Q_PRE = '启动洛宜快速通道西延、方城至丹凤高速公路项目前期';
const Q_HSR = '积极开展运十高铁、卢氏通用机场前期工作';
const Q_HAOJI = '推进浩吉铁路客货营运站点建设';
const Q_LUAN = '范里至栾川、汤河至栾川公路拓宽改造工程等';
const Q_STREETS = '不断加强对特色街区、靖华路、文明路、新建路等主次干道沿线户外广告巡查';
/** Directions only (county seats beyond the outline; general knowledge): lines stop at the county outline. */
const LUANCHUAN: LonLat = [111.615, 33.785];
const LUONING: LonLat = [111.653, 34.389];
const LUONAN: LonLat = [110.146, 34.09];
const TO_EDGE = 'It stops where it meets the county outline (layers/reference/county.geojson); beyond lies another county.';
const G344_BASIS = `The plan: G344 runs from the Luoyang–Sanmenxia boundary to the county seat (L152). Drawn from the county government via the 东明 and 范里 seats (${SEAT_SOURCE}) toward 洛宁 (Luoyang), following the Luo valley, which G344 follows (general geographic knowledge, not from the plan). ${TO_EDGE}`;

export const transport: Element[] = [
  el('jt_luoyi_west', ['洛宜快速通道西延', 'Westward extension of the Luoyang–Yiyang express route'], ['L152', Q_PRE], '前期', { note: '启动项目前期' }, why(G, WHY.noRoute)),
  el('jt_fangcheng_danfeng', ['方城至丹凤高速公路', 'Fangcheng–Danfeng expressway'], ['L152', Q_PRE], '前期', { note: '启动项目前期' },
    why(G, WHY.noRoute, '方城、丹凤都在县外，过境走向未给出。', 'Both ends lie outside the county; the route through it is not given.')),
  el('jt_lulu_exp_border', ['卢洛高速卢氏至豫陕界段', 'Lu–Luo expressway, Lushi to the Henan–Shaanxi border section'], ['L152', '建成卢洛高速卢氏至豫陕界段'], '在建', {
    note: '建成（规划期内建成；是否已开工规划未明说）', kind: 'expressway', related: ['ucs_main'],
    unspecified: ['只给出两端（卢氏、豫陕界），未给出走向。', 'Only its ends (Lushi, the Henan–Shaanxi border) are given, not its course.'],
  }, schematic('transport-roads', toBoundary([GOV], LUONAN),
    `Straight line from the county government toward the Henan–Shaanxi border, which lies west of the county; aimed at 洛南, the Shaanxi county across the border (general knowledge). ${TO_EDGE} Course between the ends not given.`)),
  el('jt_haoji_rail', ['浩吉铁路', 'Haoji railway'], ['L152', Q_HAOJI], '现状', {
    note: '线路状态规划未说明', related: ['jt_haoji_station'],
  }, why(G, WHY.noRoute, '该铁路南北穿越县境（一般地理知识），但走向与经过的乡镇没有可靠依据，本项目也无经授权的线路数据，故不画示意线。',
    'The railway crosses the county north–south (general knowledge), but neither its course nor the towns it passes can be stated reliably, and the project holds no licence-clean track data, so no schematic line is drawn.')),
  el('jt_haoji_station', ['浩吉铁路客货营运站点', 'Haoji railway passenger and freight station'], ['L152', Q_HAOJI], '规划', { note: '推进建设', related: ['jt_haoji_rail', 'jt_rail_freight'] }, why(G, WHY.noSite)),
  el('jt_yunshi_hsr', ['运十高铁', 'Yuncheng–Shiyan high-speed railway'], ['L152', Q_HSR], '前期', { note: '前期工作' }, why(G, WHY.noRoute)),
  el('jt_airport', ['卢氏通用机场', 'Lushi general-aviation airport'], ['L152', Q_HSR], '前期', { note: '前期工作' }, why(G, WHY.noSite)),
  el('jt_regional_net', ['融入洛阳都市圈、黄河金三角等区域交通网络', 'Joining the regional transport networks'], ['L152', '积极融入洛阳都市圈、黄河金三角等区域交通网络'], '规划', {
    related: ['reg_luoyang_metro', 'reg_huanghe_triangle'],
  }, why(G, WHY.programme)),
  el('jt_backbone', ['以铁路和高速公路为骨架、普通干线公路为主干的对外交通网络', 'External network: rail and expressways as skeleton, trunk roads as main stem'],
    ['L152', '形成以铁路和高速公路为骨架，普通干线公路为主干的对外综合交通运输网络体系'], '规划', {
      note: '形成', unspecified: ['成员为同一段（L152）列出的项目。', 'Members are the projects listed in the same paragraph (L152).'],
    }, composite(G, ['jt_haoji_rail', 'jt_yunshi_hsr', 'jt_lulu_exp_border', 'jt_fangcheng_danfeng', 'jt_luoyi_west', 'jt_g344_county', 'jt_g344_luosan', 'jt_g209_wulichuan', 'jt_s326_shahe', 'jt_fanli_luanchuan', 'jt_tanghe_luanchuan'])),

  el('jt_g344_county', ['G344县城段改建', 'G344 county-seat section rebuild'], ['L152', '加速推进G344县城段改建项目'], '改扩建', {
    note: '改建', kind: 'national', related: ['ucs_main_carrier_g344', 'ucs_main'],
  }, schematic('transport-roads', line([cs(-5.5, -2.6), cs(-1.6, -1.35), cs(0.9, 0.55), cs(4.8, 2.75), cs(7.8, 3.45)]),
    'Through the schematic county-seat frame along the north-west bank of the schematic Luo course; the plan names the section only.')),
  el('jt_g344_luosan', ['G344洛三市界至卢氏县城段改建', 'G344 rebuild, Luoyang/Sanmenxia boundary to the county seat'], ['L152', 'G344洛三市界至卢氏县城段改建工程'], '改扩建', {
    note: '改建', kind: 'national', related: ['ucs_main_carrier_g344', 'ucs_main'],
  }, schematic('transport-roads', toBoundary([GOV, seat('dongming'), seat('fanli')], LUONING), G344_BASIS)),
  el('jt_g209_wulichuan', ['G209线五里川镇区段改线', 'G209 Wulichuan town-section rerouting'], ['L152', 'G209线卢氏五里川镇区段改线工程'], '改扩建', {
    note: '改线', kind: 'national', related: ['ucs_sub_south_wulichuan'], unspecified: ['新线位置未给出。', 'The new alignment is not given.'],
  }, schematic('transport-roads', line([off(seat('wulichuan'), 0.3, 2.5), seat('wulichuan'), off(seat('wulichuan'), -0.3, -2.5)]),
    `Short north–south segment through the 五里川 seat (${SEAT_SOURCE}): the plan names the town section; G209 runs north–south through the county (general knowledge).`)),
  el('jt_s326_shahe', ['S326线县城至沙河段改建', 'S326 rebuild, county seat to Shahe'], ['L152', 'S326线卢氏县城至沙河段改建工程'], '改扩建', {
    note: '改建', kind: 'provincial', related: ['ucs_main', 'ucs_drive_shahe'],
  }, schematic('transport-roads', line([GOV, seat('shahe')]), `Straight line between the two ends the plan names, the county government and the 沙河 seat (${SEAT_SOURCE}).`)),
  el('jt_fanli_luanchuan', ['范里至栾川公路拓宽改造', 'Fanli–Luanchuan road widening'], ['L152', Q_LUAN], '改扩建', {
    note: '拓宽改造', kind: 'trunk', related: ['ucs_drive_fanli'],
  }, schematic('transport-roads', toBoundary([seat('fanli')], LUANCHUAN), `Straight line from the 范里 seat (${SEAT_SOURCE}) toward 栾川 (Luoyang). ${TO_EDGE}`)),
  el('jt_tanghe_luanchuan', ['汤河至栾川公路拓宽改造', 'Tanghe–Luanchuan road widening'], ['L152', Q_LUAN], '改扩建', {
    note: '拓宽改造', kind: 'trunk', related: ['ucs_rad_tanghe'],
  }, schematic('transport-roads', toBoundary([seat('tanghe')], LUANCHUAN), `Straight line from the 汤河 seat (${SEAT_SOURCE}) toward 栾川 (Luoyang). ${TO_EDGE}`)),

  el('jt_urban_rural', ['县城与乡村、景区、园区交通衔接', 'Links from the county seat to villages, scenic areas and parks'], ['L153', '畅通县城与乡村、景区、园区的交通运输衔接'], '规划', {
    see_also: ['L182'], unspecified: ['图3“近郊交通联系”（L182）缺失。', 'Figure 3 (suburban links, L182) is missing.'],
  }, why(G, WHY.noRoute)),
  el('jt_four_good_roads', ['农村公路提升改造（“四好农村路”示范县）', 'Rural road upgrading (“four good rural roads” county)'], ['L153', '统筹实施农村公路提升改造项目'], '改扩建', { note: '争创“四好农村路”示范县', see_also: ['L9'] }, why(G, WHY.programme)),
  el('jt_road_maintenance', ['乡（镇）级农村公路养护机构', 'Township rural-road maintenance stations'], ['L153', '加快建成以乡（镇）级农村公路养护机构为中心的服务体系'], '规划', {
    note: '加快建成', unspecified: ['是否每个乡镇一处未明说。', 'Whether there is one per township is not stated.'],
  }, why(G, WHY.noSite)),
  el('jt_luohe_bridges', ['跨洛河桥梁增设', 'Additional bridges across the Luo'], ['L153', '实施跨洛河桥梁增设工程'], '规划', {
    note: '增设', unspecified: ['数量和位置未给出。', 'Number and sites are not given.'],
  }, why(G, WHY.noSite)),
  el('jt_grid_11x21', ['“11横21纵”城区市政路网', 'The “11 east–west × 21 north–south” street grid'], ['L153', '形成“11横21纵”的城区市政路网体系'], '规划', {
    note: '形成', related: ['ind_street_grid'], unspecified: ['街道名称未列出。', 'The streets are not named.'],
  }, why(G, WHY.notNamed)),
  el('jt_jinghua_ave', ['靖华大道', 'Jinghua Avenue'], ['L9', '靖华大道贯穿东西'], '现状', { note: '贯穿东西', kind: 'urban', related: ['jt_jinghua_rd'] },
    schematic('transport-roads', line([cs(-5.2, 0.6), cs(0, 1.0), cs(3.5, 3.0), cs(5.5, 3.9)]), 'East–west through the schematic county-seat frame, as 贯穿东西 (runs through from east to west) says (L9); course not given.')),
  el('jt_jinghua_rd', ['靖华路', 'Jinghua Road'], ['L200', Q_STREETS], '现状', {
    related: ['jt_jinghua_ave'], unspecified: ['很可能就是靖华大道（L9），规划未明说。', 'Probably the same as 靖华大道 (L9); the plan does not say so.'],
  }, why(G, WHY.noSiteInSeat, '如与靖华大道为同一条路，见地图上的靖华大道。', 'If it is 靖华大道, see that road on the map.')),
  el('jt_wenming_rd', ['文明路', 'Wenming Road'], ['L200', Q_STREETS], '现状', {}, why(G, WHY.noSiteInSeat)),
  el('jt_xinjian_rd', ['新建路', 'Xinjian Road'], ['L200', Q_STREETS], '现状', {}, why(G, WHY.noSiteInSeat)),
  el('jt_main_roads', ['城区主次干道', 'Urban main and secondary roads'], ['L198', '持续做好城区主次干道周边秩序治理工作'], '现状', {}, why(G, WHY.notNamed)),
  el('jt_congestion', ['交通拥堵节点改造', 'Congestion-node retrofits'], ['L203', '实施交通拥堵节点改造'], '规划', {}, why(G, WHY.notNamed)),
  el('jt_national_prov_roads', ['国省道', 'National and provincial roads'], ['L114', '以国省道沿线的乡、村为重点'], '现状', {
    related: ['ucs_main_carrier_g344', 'jt_g344_luosan', 'jt_g209_wulichuan', 'jt_s326_shahe', 'sa_scenic_roads'],
    unspecified: ['规划未列出是哪些国省道；规划点名的有G344、G209、S326。', 'The plan does not list them; the ones it names elsewhere are G344, G209 and S326.'],
  }, why(G, WHY.notNamed)),
  el('jt_rail_freight', ['大宗货物运输“公转铁”', 'Road-to-rail freight shift'], ['L92', '深入推进工矿企业大宗货物运输“公转铁”'], '规划', { see_also: ['L82'], related: ['jt_haoji_station'] }, why(G, WHY.programme)),
  el('jt_ev_charging', ['电动汽车充电网络', 'EV charging network'], ['L157', '加快电动汽车充电网络建设，实现县乡全覆盖'], '规划', { related: ['ind_ev_charging'] }, why(G, WHY.noSite)),
  el('jt_bus', ['“村村通”客车、新能源公交', 'Village bus service and new-energy buses'], ['L9', '“村村通”客车真通实达'], '现状', { see_also: ['L92'] }, why(G, WHY.noRoute)),
];
