/** §5a–5c 旅游与康养: the 8135 layout, 一核三中心, scenic areas, red tourism. */
import { GOV, ellipse, line, point, seat, SEAT_SOURCE } from '../geo';
import { composite, el, inTown, schematic, why, WHY, type Element, type Placement } from '../model';

const G = 'tourism';
const Q_SCENIC = '全面做好豫西大峡谷景区、双龙湾景区、豫西百草园、汤河温泉度假区等景区及度假区的顶层设计';
const Q_RED = '依托红二十五军军部旧址、鄂豫陕革命根据地、红二十五军长征路线等';
const RED_STOPS = ['wenyu', 'hengjian', 'shuanglongwan', 'xujiawan', 'guanpo'];

/** 豫西大峡谷 lies in 官道口镇 (general knowledge, not the plan). */
function canyon(layer: string, what: string): Placement {
  return schematic(layer, point(seat('guandaokou')),
    `${what} The plan does not say where 豫西大峡谷 is; it lies in 官道口镇 (general geographic knowledge). Drawn at the 官道口 seat (${SEAT_SOURCE}), not at the canyon itself.`);
}

export const tourism: Element[] = [
  el('tour_8135', ['“8135”全域旅游功能布局', 'The “8135” all-area tourism layout'], ['L128', '结合康养构建卢氏县“8135”全域旅游功能布局'], '规划', {
    note: '构建', see_also: ['L135'],
    unspecified: ['8个核心景区与50个特色乡村均未列出。', 'Neither the 8 core scenic areas nor the 50 featured villages are listed.'],
  }, composite(G, ['tour_core8', 'tour_kangyang_core', 'tour_kc_south_forest', 'tour_kc_tanghe', 'tour_kc_canyon', 'tour_villages50'])),
  el('tour_core8', ['八个核心旅游景区（名胜）', 'Eight core scenic areas'], ['L128', '即八个核心旅游景区(名胜)'], '规划', {
    related: ['sc_yuxi_canyon', 'sc_shuanglongwan', 'sc_baicaoyuan', 'sc_tanghe_hotspring', 'sc_yuhuangshan'],
    unspecified: ['规划未列出八个核心景区。L129、L135提到的景区（相关项）只是候选，规划未说它们属于这八个。', 'The plan does not list the eight. The scenic areas named on L129 and L135 (related) are candidates only; the plan never says they are among the eight.'],
  }, why(G, WHY.notNamed)),
  el('tour_kangyang_core', ['县城康养服务核心区（名城）', 'County-seat health-tourism core'], ['L135', '以新中医院和双龙湾旅游度假区为依托的县城康养服务核心区'], '规划', {
    note: '积极建设', kind: 'health', related: ['hc_tcm_new', 'sc_shuanglongwan', 'tour_8135'], see_also: ['L128'],
    unspecified: ['范围未给出；其依托之一双龙湾旅游度假区距县城约20公里，未包含在示意范围内。', 'Extent not given; one anchor, the 双龙湾 resort, lies some 20 km away and is outside the drawn envelope.'],
  }, schematic('tourism-areas', ellipse(GOV, 5, 3.5), 'Ellipse (5 × 3.5 km) around the county seat: the plan calls it the 县城 (county-seat) health core (L135); extent not given.')),
  el('tour_kc_south_forest', ['玉皇山等南部森林康养中心', 'Southern forest health centre (Yuhuang Mountain, etc.)'], ['L135', '玉皇山等南部森林康养中心'], '规划', {
    related: ['sc_yuhuangshan', 'ky_south'], unspecified: ['“等”：不只玉皇山；“南部”范围未界定。', '“等”: not only 玉皇山; “south” is not delimited.'],
  }, why(G, WHY.noSite, '玉皇山在规划中没有位置。', '玉皇山 is not located in the plan.')),
  el('tour_kc_tanghe', ['汤河温泉疗养中心', 'Tanghe hot-spring sanatorium centre'], ['L135', '汤河温泉疗养中心'], '规划', { kind: 'health', related: ['sc_tanghe_hotspring', 'tour_8135'] },
    inTown('tourism-scenic', 'tanghe', 'Named after 汤河 (the plan does not state the township).')),
  el('tour_kc_canyon', ['豫西大峡谷等山地休闲康养中心', 'Mountain-leisure health centre (Yuxi Grand Canyon, etc.)'], ['L135', '豫西大峡谷等山地休闲康养中心'], '规划', {
    kind: 'health', related: ['sc_yuxi_canyon', 'tour_8135'], unspecified: ['“等”：不只豫西大峡谷。', '“等”: not only the canyon.'],
  }, canyon('tourism-scenic', 'Health centre named after the canyon (L135).')),
  el('tour_villages50', ['五十个特色乡村（名村）', 'Fifty featured villages'], ['L128', '五十个特色乡村(名村)'], '规划', {
    related: ['rv_yingtaogou', 'rv_shilongtou', 'rv_yunihe'],
    unspecified: ['规划未列出50个特色乡村；L132只点名樱桃沟、石龙头村、淤泥河村三处“特色乡村”，未说它们属于这50个。', 'The 50 are not listed; L132 names only 樱桃沟, 石龙头村 and 淤泥河村 as featured villages, without saying they are among the 50.'],
  }, why(G, WHY.notNamed)),
  el('tour_framework', ['“点、线、面”全域旅游框架', 'Point–line–area tourism framework'], ['L128', '初步构建“点、线、面”全域旅游框架'], '规划', {}, why(G, WHY.programme)),
  el('ky_batch', ['一批康养谷、康养小镇、康养产业园、康养度假区', 'Health valleys, towns, parks and resorts'], ['L135', '加快建设一批康养谷、康养小镇、康养产业园、康养度假区'], '规划', { note: '加快建设' }, why(G, WHY.notNamed)),
  el('ky_south', ['南部森林/气候康养', 'Southern forest / climate health tourism'], ['L137', '突出心血管、肺部疾病康养特色'], '规划', { related: ['tour_kc_south_forest'] },
    why(G, WHY.noExtent, '“南部”未界定。', '“South” is not delimited.')),
  el('ky_north', ['北部休闲运动康养', 'Northern leisure and sport health tourism'], ['L137', '北部以休闲运动为卖点，突出休闲养生、有氧运动等康养特色'], '规划', {},
    why(G, WHY.noExtent, '“北部”未界定。', '“North” is not delimited.')),
  el('ky_facilities', ['步道、骑行道、露营地、民宿、康养设施、日光浴场、凉亭', 'Trails, campsites, homestays, sunbathing areas, pavilions'], ['L137', '建设步道、骑行道、露营地、民宿、康养设施和日光浴场、凉亭'], '规划', {}, why(G, WHY.noSite)),

  el('sc_yuxi_canyon', ['豫西大峡谷景区', 'Yuxi Grand Canyon scenic area'], ['L129', Q_SCENIC], '现状', {
    note: '顶层设计（提升）', kind: 'scenic', related: ['tour_kc_canyon', 'tour_event_rafting', 'sc_leisure_agri'], see_also: ['L114', 'L135', 'L217'],
  }, canyon('tourism-scenic', 'Scenic area.')),
  el('sc_shuanglongwan', ['双龙湾景区（旅游度假区）', 'Shuanglongwan scenic area / resort'], ['L129', Q_SCENIC], '现状', {
    note: '顶层设计（提升）', kind: 'scenic', related: ['tour_kangyang_core', 'sc_leisure_agri'], see_also: ['L114', 'L135'],
  }, inTown('tourism-scenic', 'shuanglongwan', 'The township bears the scenic area’s name; the plan does not state where the scenic area is.')),
  el('sc_baicaoyuan', ['豫西百草园', 'Yuxi herb garden'], ['L129', Q_SCENIC], '现状', { note: '顶层设计（提升）' }, why(G, WHY.noSite)),
  el('sc_tanghe_hotspring', ['汤河温泉度假区', 'Tanghe hot-spring resort'], ['L129', Q_SCENIC], '现状', {
    note: '顶层设计（提升）', kind: 'scenic', related: ['tour_kc_tanghe', 'hs_tanghe'],
  }, inTown('tourism-scenic', 'tanghe', 'Named after 汤河; the plan does not state the township.')),
  el('sc_yuhuangshan', ['玉皇山', 'Yuhuang Mountain'], ['L135', '玉皇山等南部森林康养中心'], '规划', { note: '康养中心', related: ['tour_kc_south_forest'], see_also: ['L117'] }, why(G, WHY.noSite)),
  el('sc_leisure_agri', ['城区、豫西大峡谷、双龙湾周边休闲农业旅游', 'Leisure-agriculture tourism around the town, the canyon and Shuanglongwan'],
    ['L114', '重点围绕城区、豫西大峡谷和双龙湾等景区发展休闲农业旅游'], '规划', { kind: 'leisure', related: ['sc_yuxi_canyon', 'sc_shuanglongwan', 'ucs_main'] },
    schematic('tourism-areas', {
      type: 'MultiPolygon',
      coordinates: [GOV, seat('guandaokou'), seat('shuanglongwan')].map((c) => (ellipse(c, 4, 4, 32) as { coordinates: number[][][] }).coordinates),
    }, 'Circles of 4 km around the three places the plan names (城区 = county government; 豫西大峡谷 and 双龙湾 as on the scenic layer); radius is ours, not the plan’s.')),
  el('tour_event_trail', ['“50公里越野挑战赛”', '“50 km trail challenge” race'], ['L217', '办好“50公里越野挑战赛”、“大峡谷双胞胎漂流大赛”等赛事'], '现状', { note: '办好' }, why(G, WHY.noRoute)),
  el('tour_event_rafting', ['“大峡谷双胞胎漂流大赛”', '“Grand Canyon twins rafting race”'], ['L217', '办好“50公里越野挑战赛”、“大峡谷双胞胎漂流大赛”等赛事'], '现状', {
    note: '办好', kind: 'event', related: ['sc_yuxi_canyon'],
  }, canyon('tourism-facilities', 'The race is named after the canyon (L217); its course is not given.')),

  el('red_hq', ['红二十五军军部旧址', 'Former HQ of the Red 25th Army'], ['L132', Q_RED], '现状', { note: '依托' }, why(G, WHY.noSite)),
  el('red_base', ['鄂豫陕革命根据地', 'Hubei–Henan–Shaanxi revolutionary base area'], ['L132', Q_RED], '现状', { note: '依托', related: ['cu_red_museum'] },
    why(G, WHY.noExtent, '历史根据地范围跨省，规划未界定。', 'A historical base area across provinces, not delimited in the plan.')),
  el('red_longmarch', ['红二十五军长征路线', 'Long-March route of the Red 25th Army'], ['L132', Q_RED], '现状', { note: '依托' }, why(G, WHY.noRoute)),
  el('red_route', ['红色经典旅游线路', 'Classic red tourism route'], ['L132', '打造一条红色经典旅游线路（文峪乡—横涧乡—双龙湾镇—徐家湾乡—官坡镇）'], '规划', {
    note: '打造', kind: 'red', related: ['ucs_drive_wenyu', 'ucs_drive_hengjian', 'ucs_cluster_shuanglongwan', 'ucs_cluster_xujiawan', 'ucs_cluster_guanpo', 'red_park'],
    unspecified: ['途经道路未给出，只给出五个乡镇及其顺序。', 'The roads used are not given, only the five towns in order.'],
  }, schematic('tourism-route', line(RED_STOPS.map(seat)),
    `Straight legs through the five township seats in the plan’s order 文峪—横涧—双龙湾—徐家湾—官坡 (L132; seats: ${SEAT_SOURCE}); not the roads.`)),
  el('red_park', ['官坡镇长征文化生态公园', 'Guanpo Long-March culture eco-park'], ['L132', '官坡镇长征文化生态公园等教育基地'], '规划', { note: '打造', kind: 'red', related: ['red_route'] },
    inTown('tourism-facilities', 'guanpo', 'The plan puts it in 官坡镇 (L132).')),
];

export const RED_ROUTE_STOPS = RED_STOPS;
