/** §12 老城更新与市政环卫 and §13 城市绿地. */
import { cs, line } from '../geo';
import { el, schematic, why, WHY, type Element } from '../model';
import { ZONE } from '../seat-frame';

const O = 'old-town';
const GR = 'green';
const Q_NODES = '统一规划改造城隍庙及前广场、东西大街、县委大院等重要空间节点';
const Q_FOCUS = '聚焦城隍庙、西大街周边古城文旅开发和风貌区更新改造';
const Q_WASTE = '加快推进第二生活垃圾处理厂和建筑垃圾处理资源化利用中心建设';
const Q_SANIT = '加强中心环卫站、垃圾中转站建设';
const inOld: [string, string] = ['在老城区内，具体位置规划未给出。', 'In the old town; the plan gives no site.'];
const STREET_BASIS = 'Old-town main streets: the names 东大街 / 西大街 (east and west streets) give an east–west line through the old town’s centre; drawn schematically across the schematic 老城 shape. Not the real street.';

export const oldTown: Element[] = [
  el('oc_old_district', ['老城区', 'Old district'], ['L186', '有序推进老城区更新升级'], '规划', {
    note: '有序推进更新升级', kind: 'renewal', related: ['fz_old_town'],
    unspecified: ['规划未说明老城区与老城文旅区是否同一范围。', 'The plan does not say whether it coincides with the 老城文旅区.'],
  }, schematic('old-town-areas', ZONE.old, 'Drawn as the schematic 老城文旅区 shape (L184), the old town’s functional zone; not a boundary.')),
  el('oc_chenghuangmiao', ['城隍庙（及前广场）', 'City God Temple and front square'], ['L187', Q_FOCUS], '现状', { note: '规划改造', related: ['oc_old_district'], see_also: ['L232'] }, why(O, inOld)),
  el('oc_xidajie', ['西大街', 'West Street'], ['L187', '改善西大街建筑立面及风貌格局'], '现状', { note: '改善立面及风貌', kind: 'street', related: ['oc_dongxidajie', 'oc_old_district'] },
    schematic('old-town-streets', line([cs(-1.6, 0.55), cs(-0.3, 0.68)]), `${STREET_BASIS} West half only.`)),
  el('oc_fengmao', ['风貌区（古城文旅开发）', 'Townscape area (old-city culture-tourism)'], ['L187', Q_FOCUS], '规划', { note: '更新改造', related: ['oc_chenghuangmiao', 'oc_xidajie'] },
    why(O, WHY.noExtent, '只说在城隍庙、西大街周边。', 'Only said to be around the City God Temple and West Street.')),
  el('oc_dongxidajie', ['东西大街', 'East and West Streets'], ['L232', Q_NODES], '规划', { note: '统一规划改造', kind: 'street', related: ['oc_xidajie', 'oc_revival_double_millennium'] },
    schematic('old-town-streets', line([cs(-1.6, 0.55), cs(1.0, 0.8)]), STREET_BASIS)),
  el('oc_county_committee', ['县委大院', 'County Party committee compound'], ['L232', Q_NODES], '规划', { note: '统一规划改造', related: ['oc_old_district'] }, why(O, inOld)),
  el('oc_revival_gucheng', ['古城复兴工程', 'Old-city revival project'], ['L184', '分步实施古城复兴工程'], '规划', { note: '分步实施', related: ['fz_old_town', 'oc_old_district'] },
    why(O, WHY.programme, '作用于老城文旅区（见地图）。', 'It applies to the old-town zone (on the map).')),
  el('oc_revival_double_millennium', ['双千年古县复兴工程', '“Double-millennium ancient county” revival'], ['L232', '实施双千年古县复兴工程'], '规划', {
    note: '实施', related: ['oc_chenghuangmiao', 'oc_dongxidajie', 'oc_county_committee'],
  }, why(O, WHY.programme, '其节点（城隍庙、东西大街、县委大院）另列。', 'Its nodes (temple, streets, compound) are listed separately.')),
  el('oc_public_space', ['公共绿地、公共活动空间', 'More public green and activity space'], ['L187', '增加公共绿地面积，增加公共活动空间'], '规划', { related: ['oc_old_district'] }, why(O, WHY.notNamed)),
  el('oc_urban_villages', ['旧区改造、“城中村”改造与搬迁户安置', 'Old-area and urban-village redevelopment, resettlement'], ['L187', '积极推进旧区改造和 “城中村”地块整体改造和异地扶贫搬迁户安置'], '规划', {}, why(O, WHY.notNamed, '地块未列出。', 'The plots are not listed.')),
  el('oc_shanty', ['棚户区改造（20万平方米）', 'Shanty-area redevelopment (200,000 m²)'], ['L187', '完成20万平方米的棚户区改造'], '规划', { note: '完成', related: ['ind_shanty'] }, why(O, WHY.notNamed, '地块未列出。', 'The plots are not listed.')),
  el('oc_pocket_parks', ['街头游园（老城区）', 'Pocket parks in the old town'], ['L194', '见缝插绿，合理布局街头游园建设，满足老城区居民需求'], '规划', { related: ['gr_pocket', 'oc_old_district'] }, why(O, WHY.notNamed)),

  el('mu_sanitation_station', ['中心环卫站', 'Central sanitation station'], ['L205', Q_SANIT], '规划', { note: '加强建设' }, why(O, WHY.noSite)),
  el('mu_transfer_stations', ['垃圾中转站', 'Refuse transfer stations'], ['L205', Q_SANIT], '规划', {}, why(O, WHY.notNamed)),
  el('mu_waste_plant_2', ['第二生活垃圾处理厂', 'Second domestic-waste treatment plant'], ['L205', Q_WASTE], '规划', { note: '加快推进（规划或在建未明说）' }, why(O, WHY.noSite)),
  el('mu_cdw_centre', ['建筑垃圾处理资源化利用中心', 'Construction-waste recycling centre'], ['L205', Q_WASTE], '规划', { note: '加快推进（规划或在建未明说）' }, why(O, WHY.noSite)),
  el('mu_steam_power', ['蒸汽余热发电厂', 'Waste-heat steam power plant'], ['L205', '积极推动蒸汽余热发电厂项目'], '前期', { note: '积极推动' }, why(O, WHY.noSite)),
  el('mu_waste_site_1_close', ['第一城区生活垃圾处理场（封场）', 'First urban landfill (closure)'], ['L205', '加快推进第一城区生活垃圾处理场封场'], '现状', { note: '封场', see_also: ['L203'] }, why(O, WHY.noSite)),
  el('mu_toilets', ['二类公厕（25座以上）', 'Class-II public toilets (25+)'], ['L205', '十四五期间建设二类公厕25座以上'], '规划', { related: ['ind_toilets'] }, why(O, WHY.notNamed)),
  el('mu_parking_special', ['专业停车场（3个）', 'Three specialised parking lots'], ['L205', '县城规划区内建设3个专业停车场（停放大型车辆、工程车、农机车停车场各一处）'], '规划', { related: ['fz_planning_area', 'ind_parking'] },
    why(O, WHY.noSite, '只说在县城规划区内。', 'Only said to be within the county-seat planning area.')),
  el('mu_usedcar_market', ['汽车、摩托车二手车交易市场', 'Used-vehicle market'], ['L205', '建设1个汽车、摩托车二手车车交易市场'], '规划', { related: ['ind_parking'], unspecified: ['原文“二手车车”如此。', 'The source writes 二手车车 (sic).'] }, why(O, WHY.noSite)),
  el('mu_repair_market', ['汽车、摩托车配件维修市场', 'Vehicle parts and repair market'], ['L205', '建设1个汽车、摩托车配件维修市场'], '规划', { related: ['ind_parking'] }, why(O, WHY.noSite)),
  el('mu_smart_parking', ['智慧立体停车场（2个）', 'Two smart multi-storey car parks'], ['L205', '建设2个智慧立体停车场'], '规划', { related: ['ind_parking'] }, why(O, WHY.noSite)),
  el('mu_temp_vending', ['临时疏导点（新建10个，调整7个）', 'Temporary vending points (10 new, 7 adjusted)'], ['L198', '在城区现有临时疏导点的基础上再建立10个临时疏导点'], '规划', { note: '新建、调整', related: ['ind_vending_points'] }, why(O, WHY.noSite)),
  el('mu_illegal_control', ['违法建设严管严控重点区域（石龙头、湾子村、黑了宿、张麻）', 'Illegal-construction strict-control areas'], ['L199', '对石龙头、湾子村、黑了宿、张麻等重点区域进行严管严控'], '现状', {
    note: '严管严控', related: ['rv_shilongtou'],
  }, why(O, WHY.noSite, '四处地名在规划中均无位置。', 'None of the four places is located in the plan.')),
  el('mu_fringe', ['城乡结合部', 'Urban–rural fringe'], ['L199', '持续推进城乡结合部、县重点工程周边违法建设查处工作'], '现状', {}, why(O, WHY.noExtent)),
  el('mu_ad_corridors', ['户外广告管控：特色街区及靖华路、文明路、新建路沿线', 'Outdoor-advertising control along featured streets and main roads'], ['L200', '不断加强对特色街区、靖华路、文明路、新建路等主次干道沿线户外广告巡查'], '现状', {
    related: ['jt_jinghua_rd', 'jt_wenming_rd', 'jt_xinjian_rd', 'cm_streets'],
  }, why(O, WHY.programme, '所涉道路见交通目录。', 'The roads involved are in the transport catalogue.')),

  el('gr_parks', ['综合公园、大型公园绿地', 'Comprehensive parks and large park green space'], ['L194', '强力推进综合公园、大型公园绿地建设'], '规划', {
    note: '强力推进', related: ['eco_core_forest_park', 'eco_core_wetland_park', 'uw_park_system'],
  }, why(GR, WHY.notNamed, '规划点名的公园（南山北岭森林公园、洛河湿地公园）见生态图层。', 'The parks the plan does name (forest park, wetland park) are on the ecology layer.')),
  el('gr_eco_green', ['生态绿地', 'Ecological green space'], ['L194', '有效布局生态绿地，体现绿地绿肺功能'], '规划', {}, why(GR, WHY.notNamed)),
  el('gr_pocket', ['街头游园', 'Pocket parks'], ['L194', '合理布局街头游园建设'], '规划', { related: ['oc_pocket_parks'] }, why(GR, WHY.notNamed)),
  el('gr_road_green', ['道路绿地、廊道绿化', 'Road and corridor greening'], ['L194', '高标准建设道路绿地、廊道绿化'], '规划', {}, why(GR, WHY.notNamed)),
  el('gr_green_access', ['300米见绿、500米见园', 'Green within 300 m, park within 500 m'], ['L194', '满足300米见绿、500米见园'], '规划', { note: '目标', related: ['ind_green_access'] },
    why(GR, ['服务范围应由绿地和公园计算得出，规划未给出。', 'Service areas are to be computed from green spaces and parks; the plan draws none.'])),
  el('gr_titles', ['国家园林县城（2023）→ 国家生态园林城市（2028申请）', 'National garden county (2023) → national eco-garden city (apply 2028)'], ['L194', '2022年申请达到国家园林县城标准'], '规划', {
    note: '争创', see_also: ['L7', 'L189'], related: ['ind_green_ratio_2022', 'ind_green_ratio_2028'],
  }, why(GR, WHY.programme, '县城的称号目标，没有自己的几何。', 'A title target for the county town, with no geometry of its own.')),
];
