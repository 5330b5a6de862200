/**
 * Groups and layer specs of the manifest: the only place colours live.
 * Layer order is draw order, bottom first (areas, then lines, then points).
 *
 * Zone colours follow the conventional Chinese land-use palette
 * (用地用海分类 / GB 50137 城市用地: 居住 #FFFF2D, 商业服务业 #FF3300,
 * 公共管理与公共服务 #FF00FF, 教育科研 #FF7F7F, 工业 #BB9674, 绿地 #00FF00,
 * 水域 blue) as commonly used; they were not checked against the official
 * colour table of the 用地用海分类指南.
 */
import type { GeometryKind, GroupSpec, I18nText, LayerSpec, LayerStyle, LegendEntry } from '../../src/manifest/types';

const t = (zh: string, en: string): I18nText => ({ zh, en });

export const GROUPS: GroupSpec[] = [
  { id: 'structure', title: t('城镇空间结构', 'Town structure') },
  { id: 'zones', title: t('县城功能区', 'County-seat zones') },
  { id: 'ecology', title: t('生态', 'Ecology') },
  { id: 'urban-water', title: t('城市水生态', 'Urban water ecology') },
  { id: 'tourism', title: t('旅游康养', 'Tourism and health tourism') },
  { id: 'agriculture', title: t('农业与乡村', 'Agriculture and villages') },
  { id: 'industry', title: t('工业商贸物流', 'Industry, commerce, logistics') },
  { id: 'transport', title: t('交通', 'Transport') },
  { id: 'water', title: t('水利与水环境', 'Water works and water environment') },
  { id: 'energy', title: t('能源与新基建', 'Energy and new infrastructure') },
  { id: 'public-services', title: t('公共服务', 'Public services') },
  { id: 'old-town', title: t('老城更新与市政', 'Old-town renewal and municipal') },
  { id: 'green', title: t('城市绿地', 'Urban green space') },
  { id: 'regional', title: t('区域背景与全县', 'Region and whole county') },
];

type Values = Record<string, [color: string, zh: string, en: string]>;

function layer(
  id: string, group: string, title: I18nText, description: I18nText, geometry: GeometryKind,
  style: Omit<LayerStyle, 'color_by' | 'color'>, colors: Values | [string, string, string], visible = false,
): LayerSpec {
  let s: LayerStyle;
  let legend: LegendEntry[];
  if (Array.isArray(colors)) {
    s = { color: colors[0], ...style };
    legend = [{ label: t(colors[1], colors[2]) }];
  } else {
    const values = Object.fromEntries(Object.entries(colors).map(([k, [c]]) => [k, c]));
    s = { color_by: { property: 'kind', values, default: '#7f7f7f' }, ...style };
    legend = Object.entries(colors).map(([value, [, zh, en]]) => ({ value, label: t(zh, en) }));
  }
  return { id, group, title, description, geometry, data: `data/${id}.geojson`, style: s, legend, visible };
}

const SCHEMATIC_NOTE = t('示意图形：位置依据见各要素的“定位依据”。', 'Schematic shapes: see each feature’s placement basis.');
const d = (zh: string, en: string): I18nText => t(`${zh}${SCHEMATIC_NOTE.zh}`, `${en} ${SCHEMATIC_NOTE.en}`);
const pts = { radius: 6, outline: '#ffffff', label: 'name', label_minzoom: 9 };

export const LAYERS: LayerSpec[] = [
  layer('county-base', 'regional', t('县域与县城', 'County and county seat'), t('县界（参考数据）与县城示意范围。', 'County outline (reference data) and a schematic envelope of the county seat.'),
    'polygon', { fill_opacity: 0.03, width: 1.5 }, { county: ['#4d4d4d', '县域', 'County'], seat: ['#9e9e9e', '县城（示意）', 'County seat (schematic)'] }),
  layer('county-designations', 'regional', t('全县域称号与目标', 'County-wide titles and targets'), t('作用于全县的称号与创建目标，以县界表示。', 'Titles and targets for the whole county, drawn as the county outline.'),
    'polygon', { fill_opacity: 0.04, width: 1 }, { target: ['#2e7d32', '规划目标', 'Target'], bid: ['#1565c0', '争创', 'To be won'], held: ['#6a1b9a', '已获/在建称号', 'Held'] }),
  layer('zones-context', 'zones', t('县城规划区', 'County-seat planning area'), d('五大功能区外包络的示意范围。', 'Envelope around the five zones.'),
    'polygon', { fill_opacity: 0.04, width: 1.5 }, ['#6f6f6f', '县城规划区（示意）', 'Planning area (schematic)']),
  layer('zones-five', 'zones', t('县城五大功能区', 'Five county-seat zones'), d('老城、东城、西城、南部新城、产业聚集区（图4缺失）。颜色参照用地用海/城市用地惯用色，未与官方色表核对。', 'Old town, east, west, southern new town, industrial zone (figure 4 missing). Colours follow the usual land-use palette, not checked against the official table.'),
    'polygon', { fill_opacity: 0.5, width: 1.5, label: 'name', label_minzoom: 11 }, {
      old: ['#FF3300', '老城文旅区（商业服务/文旅）', 'Old town: culture & tourism (commercial)'],
      east: ['#FF00FF', '东城文化教育区（公共管理与公共服务）', 'East: culture & education (public services)'],
      west: ['#FFFF2D', '西城品质生活区（居住）', 'West: quality living (residential)'],
      south: ['#FF7F7F', '南部新城区（教育科研/康养）', 'South new town (education & research, health)'],
      industry: ['#BB9674', '产业聚集区（工业）', 'Industrial zone (industrial)'],
    }, true),
  layer('structure-areas', 'structure', t('副中心与组团范围', 'Sub-centres and clusters'), d('南北两个副中心、组团和主中心聚集区的示意范围（县域尺度显示）。', 'Schematic envelopes of the two sub-centres, the cluster and the main-centre agglomeration (shown at county scale).'),
    'polygon', { fill_opacity: 0.16, width: 2, label: 'name', label_minzoom: 9.5, maxzoom: 11.5 }, {
      main: ['#c0392b', '主中心聚集区', 'Main-centre agglomeration'], sub: ['#e67e22', '县域副中心', 'Sub-centre'], cluster: ['#8e44ad', '组团发展', 'Cluster development'],
    }, true),
  layer('ecology-areas', 'ecology', t('森林公园与湿地公园', 'Forest and wetland parks'), d('1234工程“一核”中的公园。', 'Parks of the 1234 programme’s core.'),
    'polygon', { fill_opacity: 0.3, width: 1.5, label: 'name', label_minzoom: 11 }, { forest: ['#1b7837', '森林公园', 'Forest park'], wetland: ['#41b6c4', '湿地公园', 'Wetland park'] }),
  layer('urban-water-areas', 'urban-water', t('城市水生态（面）', 'Urban water ecology (areas)'), d('南北城水网、滨河廊道、南山北岭板块等。', 'Water-network wings, riverside corridor, hill blocks.'),
    'polygon', { fill_opacity: 0.3, width: 1.2 }, {
      wing: ['#a6cee3', '水网（翼）/内水系', 'Water network (wing) / inner water'], block: ['#b2df8a', '生态板块', 'Eco block'], waterfront: ['#80cdc1', '滨水空间', 'Waterfront'],
    }),
  layer('tourism-areas', 'tourism', t('康养与农旅片区', 'Health-tourism and agri-tourism areas'), d('县城康养核心区、休闲农业旅游、田园综合体、中药材观光基地。', 'Health core, leisure agriculture, pastoral complex, herb base.'),
    'polygon', { fill_opacity: 0.22, width: 1.5 }, {
      health: ['#66bd63', '康养核心区', 'Health-tourism core'], leisure: ['#fdae61', '休闲农业旅游', 'Leisure agriculture'], agri: ['#c2e699', '农旅基地', 'Agri-tourism base'],
    }),
  layer('industry-areas', 'industry', t('产业集聚区与洛南新城', 'Industrial cluster and Luonan new town'), d('产业集聚区、东扩区、洛南新城（区）和洛河南岸。', 'The cluster, its eastern extension, Luonan new town and the Luo south bank.'),
    'polygon', { fill_opacity: 0.35, width: 1.5, label: 'name', label_minzoom: 12 }, {
      cluster: ['#BB9674', '产业集聚区（工业）', 'Industrial cluster'], extension: ['#d9c3a5', '东扩区', 'Eastern extension'],
      newtown: ['#f4a582', '洛南新城（新区）', 'Luonan new town'], bank: ['#FF3300', '洛河南岸商业服务', 'South-bank commerce'],
    }),
  layer('old-town-areas', 'old-town', t('老城区', 'Old district'), d('老城更新范围。', 'Old-town renewal area.'),
    'polygon', { fill_opacity: 0.2, width: 1.5 }, ['#e6550d', '老城区（示意）', 'Old district (schematic)']),
  layer('energy-coverage', 'energy', t('5G全覆盖目标', '5G coverage target'), t('全县5G全覆盖目标，以县界表示。', 'Full-county 5G target, drawn as the county outline.'),
    'polygon', { fill_opacity: 0.04, width: 1 }, { '5g': ['#6a51a3', '5G全覆盖（目标）', 'Full 5G coverage (target)'] }),

  layer('urban-water-lines', 'urban-water', t('城市水生态（线）', 'Urban water ecology (lines)'), d('洛河轴、连通治理、滨河与山地步道。', 'The Luo axis, connectivity works, trails.'),
    'line', { width: 2.5, label: 'name', label_minzoom: 12 }, {
      axis: ['#1f78b4', '洛河（轴）', 'Luo River (axis)'], works: ['#6baed6', '水系连通治理', 'Connectivity works'], trail: ['#33a02c', '步道与骑行道', 'Trails'],
    }),
  layer('water-lines', 'water', t('水利工程（线）', 'Water works (lines)'), d('洛河城区段水系连通治理。', 'Luo urban-section connectivity works.'),
    'line', { width: 3 }, { works: ['#2171b5', '水系治理工程', 'River works'] }),
  layer('structure-carriers', 'structure', t('主中心依托干线', 'Carrier roads of the main centre'), d('国道344（县道021、019与快速路无走向，见目录）。', 'G344 (county roads 021/019 and the expressway system have no alignment: see the catalogue).'),
    'line', { width: 3, label: 'name', label_minzoom: 10 }, { national: ['#e34a33', '国道', 'National road'] }),
  layer('transport-roads', 'transport', t('干线公路项目', 'Trunk-road projects'), d('高速、国道、省道、干线公路与城区主干道；规划/在建为虚线。', 'Expressway, national, provincial, trunk and urban roads; planned and under-construction dashed.'),
    'line', { width: 3, label: 'name', label_minzoom: 10 }, {
      expressway: ['#1a9641', '高速公路', 'Expressway'], national: ['#e31a1c', '国道', 'National road'], provincial: ['#e6ab02', '省道', 'Provincial road'],
      trunk: ['#8c6d31', '县乡干线公路', 'Trunk road'], urban: ['#636363', '城区道路', 'Urban road'],
    }, true),
  layer('old-town-streets', 'old-town', t('老城街道', 'Old-town streets'), d('东西大街、西大街。', 'East and West Streets.'),
    'line', { width: 3, label: 'name', label_minzoom: 13 }, { street: ['#a63603', '老城街道', 'Old-town street'] }),
  layer('tourism-belts', 'tourism', t('农旅观光带', 'Agri-tourism belts'), d('连翘观光带、百里食用菌观光长廊。', 'Forsythia belt, fungus corridor.'),
    'line', { width: 3, label: 'name', label_minzoom: 10 }, { agri: ['#66a61e', '农旅观光带', 'Agri-tourism belt'] }),
  layer('structure-links', 'structure', t('带动与辐射关系', 'Driving and radiating links'), d('主中心带动、南部副中心辐射的乡镇（直线表示关系，非道路）。', 'Towns driven by the main centre and radiated by the southern sub-centre (straight lines show relations, not roads).'),
    'line', { width: 2, dash_by_status: false, maxzoom: 11.5 }, { drive: ['#c0392b', '县城带动', 'Driven by the county seat'], radiate: ['#e67e22', '副中心辐射', 'Radiated by the sub-centre'] }, true),
  layer('tourism-route', 'tourism', t('红色经典旅游线路', 'Classic red tourism route'), d('文峪—横涧—双龙湾—徐家湾—官坡（途经道路未定）。', 'Wenyu–Hengjian–Shuanglongwan–Xujiawan–Guanpo (roads not given).'),
    'line', { width: 4, label: 'name', label_minzoom: 9 }, ['#d7191c', '红色经典旅游线路', 'Red tourism route'], true),

  layer('ecology-points', 'ecology', t('1234工程“一核”', 'Core of the 1234 programme'), t('以县城为中心的国土绿化核心。', 'The county seat as the greening core.'),
    'point', pts, { core: ['#1b7837', '一核（县城）', 'Core (county seat)'] }),
  layer('agriculture-points', 'agriculture', t('农业重点乡镇与专业市场', 'Farming towns and markets'), d('畜牧业重点乡镇、专业市场、畜牧加工园区。', 'Livestock towns, markets, processing parks.'),
    'point', pts, { livestock: ['#8c510a', '畜牧业重点乡镇', 'Livestock town'], market: ['#c7a252', '专业市场', 'Market'], processing: ['#bf812d', '畜牧加工物流园区', 'Processing park'] }),
  layer('industry-points', 'industry', t('商业中心', 'Commercial centres'), d('洛南商业中心。', 'Luonan commercial centre.'), 'point', pts, { commerce: ['#FF3300', '商业中心', 'Commercial centre'] }),
  layer('water-points', 'water', t('坡耕地综合整治', 'Slope-farmland consolidation'), d('范里镇、东明镇（乡镇驻地处示意）。', 'Fanli and Dongming (at the township seats).'),
    'point', pts, { slope: ['#8c6bb1', '坡耕地综合整治', 'Slope-farmland consolidation'] }),
  layer('public-points', 'public-services', t('公共服务设施', 'Public services'), d('公共服务中心、医养结合机构、托育机构、社区学校、“三中心”。', 'Service centre, medical–elderly care, nurseries, community school, “three centres”.'),
    'point', pts, {
      hub: ['#FF00FF', '公共服务中心', 'Public-service centre'], health: ['#e7298a', '医养结合机构', 'Medical–elderly care'],
      childcare: ['#f781bf', '托育机构', 'Nursery'], education: ['#FF7F7F', '教育', 'Education'], community: ['#9e9ac8', '街镇“三中心”', 'Community “three centres”'],
    }),
  layer('tourism-facilities', 'tourism', t('旅游设施', 'Tourism facilities'), d('民宿基地、长征文化生态公园、赛事。', 'Homestay bases, Long-March park, events.'),
    'point', pts, { red: ['#d7191c', '红色教育基地', 'Red-tourism site'], homestay: ['#f46d43', '民宿基地', 'Homestay base'], event: ['#3288bd', '体育赛事', 'Sports event'] }),
  layer('tourism-scenic', 'tourism', t('景区与康养中心', 'Scenic areas and health centres'), d('规划点名的景区（8个核心景区未列出）与康养中心。', 'Scenic areas the plan names (the 8 core ones are not listed) and health centres.'),
    'point', { ...pts, radius: 7, label_minzoom: 8 }, { scenic: ['#1a9850', '景区', 'Scenic area'], health: ['#66c2a5', '康养中心', 'Health-tourism centre'] }, true),
  layer('structure-towns', 'structure', t('带动、辐射与组团乡镇', 'Driven, radiated and cluster towns'), t('乡镇驻地（约100米精度）。', 'Township seats (about 100 m).'),
    'point', { radius: 5.5, outline: '#ffffff', label: 'name', label_minzoom: 10 }, {
      driven: ['#f39c12', '县城带动乡镇', 'Town driven by the county seat'], radiated: ['#f7c873', '副中心辐射乡镇', 'Town radiated by the sub-centre'], cluster: ['#8e44ad', '组团乡镇', 'Cluster town'],
    }, true),
  layer('structure-sub', 'structure', t('县域副中心', 'Sub-centres'), t('五里川—朱阳关（南）、官道口—杜关（北）。', 'Wulichuan–Zhuyangguan (south), Guandaokou–Duguan (north).'),
    'point', { radius: 8, outline: '#ffffff', label: 'name', label_minzoom: 10 }, ['#e67e22', '县域副中心镇', 'Sub-centre town'], true),
  layer('structure-main', 'structure', t('主中心', 'Main centre'), t('县城（县人民政府）。', 'County seat (county government).'),
    'point', { radius: 11, outline: '#ffffff', label: 'name', label_minzoom: 6 }, ['#c0392b', '主中心（县城）', 'Main centre (county seat)'], true),
];
