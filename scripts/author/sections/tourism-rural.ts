/** §5d 乡村旅游、民宿、服务设施 and §5e 农旅观光带 (L114). */
import { band, line, seat, SEAT_SOURCE } from '../geo';
import { el, inTown, schematic, why, WHY, type Element } from '../model';

const G = 'tourism';
const Q_VILLAGES = '以樱桃沟果品采摘、石龙头村天井窑院、淤泥河村桑蚕产业园等特色乡村为主体';
const Q_HOMESTAY = '建设官道口、汤河等民宿基地，形成精品民宿群落';
const NO_TOWN: [string, string] = ['规划未说明所在乡镇。', 'The plan does not say which township it is in.'];

export const tourismRural: Element[] = [
  el('rv_yingtaogou', ['樱桃沟（果品采摘）', 'Yingtaogou cherry valley (fruit picking)'], ['L132', Q_VILLAGES], '现状', { note: '打造田园民宿', related: ['tour_villages50'] }, why(G, NO_TOWN)),
  el('rv_shilongtou', ['石龙头村天井窑院', 'Shilongtou village sunken-courtyard dwellings'], ['L132', Q_VILLAGES], '现状', {
    note: '打造田园民宿', related: ['tour_villages50', 'mu_illegal_control'], see_also: ['L199'],
  }, why(G, NO_TOWN)),
  el('rv_yunihe', ['淤泥河村桑蚕产业园', 'Yunihe village sericulture park'], ['L132', Q_VILLAGES], '现状', { note: '打造田园民宿', related: ['tour_villages50'] }, why(G, NO_TOWN)),
  el('hs_guandaokou', ['官道口民宿基地', 'Guandaokou homestay base'], ['L130', Q_HOMESTAY], '规划', { note: '建设', kind: 'homestay' },
    inTown('tourism-facilities', 'guandaokou', 'The plan names the base after 官道口 (L130).')),
  el('hs_tanghe', ['汤河民宿基地', 'Tanghe homestay base'], ['L130', Q_HOMESTAY], '规划', { note: '建设', kind: 'homestay', related: ['sc_tanghe_hotspring'] },
    inTown('tourism-facilities', 'tanghe', 'The plan names the base after 汤河 (L130).')),
  el('tour_selfdrive_camps', ['自驾游营地（若干）', 'Self-drive camps'], ['L130', '建设若干设施完备的自驾游营地'], '规划', { see_also: ['L148'] }, why(G, WHY.notNamed)),
  el('tour_food_cluster', ['餐饮聚集区', 'Catering cluster'], ['L130', '建设餐饮聚集区'], '规划', {}, why(G, WHY.noSite)),
  el('tour_transport_corridor', ['旅游交通廊道、交通集散网络', 'Tourism transport corridors'], ['L130', '打通交通廊道，便利景区景点间交通，形成高效的交通集散网络'], '规划', { note: '打通' }, why(G, WHY.noRoute)),
  el('tour_corridor_5g', ['旅游廊道5G全覆盖', '5G along tourism corridors'], ['L131', '实现城区与主要的景区景点、旅游廊道5G全覆盖'], '规划', { related: ['dig_5g'] }, why(G, WHY.noRoute)),
  el('tour_service_centres', ['旅游服务中心及服务驿站', 'Tourist service centres and stations'], ['L229', '推进旅游服务中心及旅游服务驿站建设'], '规划', { note: '推进建设' }, why(G, WHY.noSite)),
  el('tour_key_areas', ['重点旅游功能区', 'Key tourism function areas'], ['L147', '在城区、重点旅游功能区发展连锁经营的24小时便利店'], '规划', { see_also: ['L148'] },
    why(G, WHY.notNamed, '规划未界定哪些地区。', 'The plan never defines which areas.')),
  el('ct_heluo_belt', ['河洛文化旅游带', 'Heluo culture tourism belt'], ['L233', '加快建设具有区域影响力的河洛文化旅游带'], '规划', {
    note: '加快建设', unspecified: ['范围未给出（“河洛”暗示洛河谷地，规划未明说）。', 'Extent not given (“河洛” suggests the Luo valley; the plan does not say so).'],
  }, why(G, WHY.noRoute)),
  el('ct_heluo_zone', ['河洛文化传承创新区', 'Heluo culture heritage and innovation zone'], ['L233', '全力打造河洛文化传承创新区'], '规划', { note: '全力打造' }, why(G, WHY.noExtent)),

  el('sa_scenic_roads', ['国省道沿线花果蔬药菌产业带与景观通道', 'Flower, fruit, vegetable, herb and fungus belts along national and provincial roads'], ['L114', '以国省道沿线的乡、村为重点'], '规划', {
    related: ['jt_national_prov_roads'], unspecified: ['哪些道路未说明。', 'Which roads is not said.'],
  }, why(G, WHY.noRoute)),
  el('sa_lianqiao_belt', ['连翘观光带（文峪望家山—范里柏坡—双龙湾东虎岭）', 'Forsythia sightseeing belt'], ['L114', '围绕文峪望家山、范里柏坡、双龙湾东虎岭打造连翘观光带'], '规划', {
    note: '打造', kind: 'agri', related: ['ucs_drive_wenyu', 'ucs_drive_fanli', 'ucs_cluster_shuanglongwan'],
    unspecified: ['望家山、柏坡、东虎岭的位置和观光带走向规划未给出。', 'Neither the three places nor the belt’s course are located in the plan.'],
  }, schematic('tourism-belts', line([seat('shuanglongwan'), seat('wenyu'), seat('fanli')]),
    `The belt’s three nodes lie in 文峪, 范里 and 双龙湾 (L114); drawn through those township seats (${SEAT_SOURCE}) from south-west to north-east, not through the places themselves.`)),
  el('sa_mushroom_corridor', ['百里食用菌观光长廊（朱阳关—瓦窑沟—狮子坪）', 'Hundred-li edible-fungus sightseeing corridor'], ['L114', '围绕朱阳关、瓦窑沟和狮子坪打造百里食用菌观光长廊'], '规划', {
    note: '打造', kind: 'agri', related: ['ucs_sub_south_zhuyangguan', 'ucs_rad_wayaogou', 'ucs_rad_shiziping', 'ind_mushroom_corridor_len'],
  }, schematic('tourism-belts', line([seat('zhuyangguan'), seat('wayaogou'), seat('shiziping')]),
    `Straight legs through the 朱阳关, 瓦窑沟 and 狮子坪 seats in the plan’s order (L114; ${SEAT_SOURCE}); course not given.`)),
  el('sa_tianyuan', ['万亩果菜药“田园综合体”（沙河、东明）', 'Ten-thousand-mu pastoral complex (Shahe, Dongming)'], ['L114', '围绕沙河、东明建设万亩果菜药“田园综合体”'], '规划', {
    note: '建设', kind: 'agri', related: ['ls_shahe', 'ls_dongming', 'ind_tianyuan_area'],
  }, schematic('tourism-areas', band([seat('shahe'), seat('dongming')], 2),
    'Band 2 km wide around the 沙河 and 东明 seats, the two towns the plan builds it around (L114); extent not given.')),
  el('sa_tcm_base', ['万亩中药材观光基地（潘河、徐家湾）', 'Ten-thousand-mu TCM-herb sightseeing base (Panhe, Xujiawan)'], ['L114', '围绕潘河、徐家湾建设万亩中药材观光基地'], '规划', {
    note: '建设', kind: 'agri', related: ['ucs_cluster_panhe', 'ucs_cluster_xujiawan'],
  }, schematic('tourism-areas', band([seat('panhe'), seat('xujiawan')], 2),
    'Band 2 km wide around the 潘河 and 徐家湾 seats, the two towns the plan builds it around (L114); extent not given.')),
];
