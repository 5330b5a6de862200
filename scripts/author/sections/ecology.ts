/** §3 生态: red line, function areas, corridors, the 1234 programme, rivers, mines. */
import { composite, el, schematic, town, unlocated, why, WHY, type Element, type Placement } from '../model';
import { LUO_BASIS, NANSHAN_BEILING, luoStrip } from '../seat-frame';

const G = 'ecology';
const Q_FA = '划分三大生态功能区和七大生态廊道（见下图）';
const FIG: [string, string] = ['名称、范围和功能只在缺失的“生态功能区规划布局”图（L95）上。', 'Names, extents and functions were only on the missing figure “生态功能区规划布局” (L95).'];
const Q_BELTS = '持续提升北岭至火炎、望家山至龙岗山两大林果产业带';
const Q_RIVERS = '系统推进洛河、淇河、老灌河、杜荆河流域生态修复和生态保护';
const Q_MINES = '有序开展夜长坪钼矿区、八宝山多金属矿区、曲里铁锌铜矿区等矿山生态保护与修复';
const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦'];

const fa = [1, 2, 3].map((n) => el(`eco_fa_${n}`, [`生态功能区${CIRCLED[n - 1]}（名称未定）`, `Ecological function area ${n} (name not given)`],
  ['L93', Q_FA], '规划', { note: '划分', related: ['eco_function_areas'], see_also: ['L95'], unspecified: FIG },
  unlocated(G, '规划只说“三大生态功能区”，其名称、范围只在缺失的图上，无从绘制。', 'The plan only says “three ecological function areas”; their names and extents were on the missing figure, so nothing can be drawn.')));
const corr = [1, 2, 3, 4, 5, 6, 7].map((n) => el(`eco_corr_${n}`, [`生态廊道${CIRCLED[n - 1]}（名称未定）`, `Ecological corridor ${n} (name not given)`],
  ['L93', Q_FA], '规划', { note: '划分', related: ['eco_corridors'], see_also: ['L95'], unspecified: FIG },
  unlocated(G, '规划只说“七大生态廊道”，其名称、走向只在缺失的图上，无从绘制。', 'The plan only says “seven ecological corridors”; their names and alignments were on the missing figure, so nothing can be drawn.')));

/** Rivers stay in the catalogue: the reference data holds water areas near the county seat only, not courses. */
const river = (zh: string, en: string): Placement => unlocated(G,
  `规划只给出河名；参考数据只有县城附近的几块洛河水面，没有${zh}的河道，故不画示意线。`,
  `The plan names the river only; the reference data holds a few Luo water areas near the county seat but no course of the ${en}, so no line is drawn.`);

const NSBL_BASIS = '南山 (southern hills) and 北岭 (northern ridge) of the county seat, as the name says: two schematic bands about 3–7 km south-east and north-west of the town centre; extent not given in the plan.';

export const ecology: Element[] = [
  el('eco_redline', ['生态红线', 'Ecological red line'], ['L93', '严守生态红线'], '现状', { note: '严守' }, why(G, WHY.noExtent)),
  el('eco_buffer', ['生态缓冲区', 'Ecological buffer zone'], ['L93', '划定生态缓冲区'], '规划', { note: '划定' }, why(G, WHY.noExtent)),
  el('eco_function_areas', ['三大生态功能区', 'Three ecological function areas'], ['L93', Q_FA], '规划', { derived: true, see_also: ['L95'], unspecified: FIG },
    composite(G, fa.map((e) => e.id))),
  ...fa,
  el('eco_corridors', ['七大生态廊道', 'Seven ecological corridors'], ['L93', Q_FA], '规划', { derived: true, see_also: ['L95'], unspecified: FIG },
    composite(G, corr.map((e) => e.id))),
  ...corr,
  el('eco_reserves', ['自然保护区、自然保护点', 'Nature reserves and protection points'], ['L93', '功能区内建设自然保护区和自然保护点，保护珍稀野生动植物物种'], '规划',
    { note: '建设', related: ['eco_function_areas'] }, why(G, WHY.notNamed)),
  el('eco_habitat', ['生物多样性和野生动植物栖息地', 'Biodiversity and wildlife habitat'], ['L85', '开展县域生物多样性和野生动植物栖息地保护工作'], '规划', { note: '保护' }, why(G, WHY.noSite)),
  el('eco_3spaces', ['生产、生活、生态空间', 'Production, living and ecological space'], ['L93', '科学布局生产空间、生活空间和生态空间'], '规划', {}, why(G, WHY.programme, '只是分类，无范围。', 'A classification with no extents.')),

  el('eco_1234', ['“一核、二带、三区、四化”工程（1234工程）', 'The “1234” greening programme'], ['L86', '着力实施“一核、二带、三区、四化”工程（简称1234工程）'], '规划', { note: '着力实施' },
    composite(G, ['eco_core_county', 'eco_core_forest_park', 'eco_core_wetland_park', 'eco_belt_beiling_huoyan', 'eco_belt_wangjiashan_longgangshan', 'eco_zone_protect_south', 'eco_zone_restore_luohe', 'eco_zone_industry_north', 'eco_4hua'])),
  el('eco_core_county', ['一核：县城', 'The core: the county seat'], ['L86', '一核：以县城为中心'], '规划', { kind: 'core', related: ['eco_core_forest_park', 'eco_core_wetland_park', 'ucs_main'] },
    town('ecology-points', 'county_government', 'The core is the county seat; point = 卢氏县人民政府 (issue 3).')),
  el('eco_core_forest_park', ['南山北岭森林公园', 'Nanshan–Beiling forest park'], ['L86', '建设南山北岭森林公园、洛河湿地公园'], '规划', {
    note: '建设', kind: 'forest', related: ['eco_core_county', 'uw_block_nanshan_beiling'], see_also: ['L138', 'L189'],
  }, schematic('ecology-areas', NANSHAN_BEILING, NSBL_BASIS)),
  el('eco_core_wetland_park', ['洛河湿地公园', 'Luo River wetland park'], ['L86', '建设南山北岭森林公园、洛河湿地公园'], '规划', {
    note: '建设', kind: 'wetland', related: ['eco_core_county', 'uw_axis_luohe'],
    unspecified: ['范围和长度规划未给出。', 'Extent and length are not given.'],
  }, schematic('ecology-areas', luoStrip(-0.3, 0.3, 1, 5), 'Strip along the schematic Luo River course through the county seat, where the 1234 programme’s core (一核：以县城为中心) puts it; extent not given.')),
  el('eco_belt_beiling_huoyan', ['北岭至火炎林果产业带', 'Beiling–Huoyan fruit-forest belt'], ['L86', Q_BELTS], '现状', { note: '持续提升' },
    unlocated(G, '端点“火炎”在规划中没有位置，北岭只是县城北侧山岭的泛称。', 'The end-point 火炎 is located nowhere in the plan, and 北岭 only means the ridge north of the town.')),
  el('eco_belt_wangjiashan_longgangshan', ['望家山至龙岗山林果产业带', 'Wangjiashan–Longgangshan fruit-forest belt'], ['L86', Q_BELTS], '现状', {
    note: '持续提升', see_also: ['L114'], unspecified: ['望家山在文峪（L114），龙岗山位置未给出。', '望家山 is in Wenyu (L114); 龙岗山 is not located.'],
  }, unlocated(G, '端点“龙岗山”在规划中没有位置。', 'The end-point 龙岗山 is located nowhere in the plan.')),
  el('eco_zone_protect_south', ['南山生态保护区', 'Southern-hills ecological protection zone'], ['L86', '南山天然林保护、公益林建设、森林抚育为主的生态保护区'], '规划', {},
    why(G, WHY.noExtent, '“南山”的范围未界定。', 'The extent of 南山 is not defined.')),
  el('eco_zone_restore_luohe', ['洛河沿岸生态修复区', 'Luo-riverside ecological restoration zone'], ['L86', '洛河沿岸困难地造林、退化林改造为主的生态修复区'], '规划', { related: ['eco_river_luohe'] },
    why(G, WHY.noExtent, '沿岸宽度未给出，且本项目尚无洛河全县河道。', 'Its width is not given and the project holds no county-wide Luo course.')),
  el('eco_zone_industry_north', ['北山产业发展区', 'Northern-hills industry (walnut) zone'], ['L86', '北山以发展核桃为主，花椒、苹果、梨、大樱桃为副的产业发展区'], '规划', { related: ['ag_walnut_base'] },
    why(G, WHY.noExtent, '“北山”的范围未界定。', 'The extent of 北山 is not defined.')),
  el('eco_4hua', ['四化：山区森林化、乡村林果化、廊道林荫化、庭院花园化', 'The “four -isations” (forested mountains, fruit villages, shaded corridors, garden courtyards)'],
    ['L86', '四化：山区森林化，乡村林果化，廊道林荫化，庭院花园化'], '规划', {}, why(G, WHY.programme, '作用于全县山区、乡村、廊道和庭院。', 'Applies to mountains, villages, corridors and courtyards county-wide.')),
  el('eco_forest_titles', ['国家森林城市、森林康养小镇、森林乡村', 'National forest city, forest health towns, forest villages'], ['L86', '以创建“国家森林城市，森林康养小镇、森林乡村为载体'], '规划', {
    note: '争创', unspecified: ['哪些乡镇、村庄未说明。', 'Which towns and villages is not said.'],
  }, why(G, WHY.notNamed)),
  el('eco_corridor_greening', ['主要廊道绿化（3.1万亩、190公里）', 'Main corridor greening (31,000 mu, 190 km)'], ['L86', '主要廊道绿化3.1万亩190公里'], '规划', { related: ['ind_corridor_greening'] },
    why(G, WHY.notNamed, '哪些廊道未说明。', 'Which corridors is not said.')),

  el('eco_river_luohe', ['洛河', 'Luo River'], ['L85', Q_RIVERS], '现状', { note: '生态修复', kind: 'river', see_also: ['L9', 'L86', 'L93', 'L112', 'L138', 'L147', 'L153', 'L155', 'L189'], related: ['uw_axis_luohe'] }, river('洛河', 'Luo River')),
  el('eco_river_qihe', ['淇河', 'Qi River'], ['L85', Q_RIVERS], '现状', { note: '生态修复', kind: 'river' }, river('淇河', 'Qi River')),
  el('eco_river_laoguanhe', ['老灌河', 'Laoguan River'], ['L85', Q_RIVERS], '现状', { note: '生态修复', kind: 'river', unspecified: ['规划写作“老灌河”，通常写作“老鹳河”。', 'The plan writes 老灌河; commonly written 老鹳河.'] }, river('老灌河', 'Laoguan River')),
  el('eco_river_dujinghe', ['杜荆河', 'Dujing River'], ['L85', Q_RIVERS], '现状', { note: '生态修复', kind: 'river' }, river('杜荆河', 'Dujing River')),
  el('eco_river_works', ['水库调蓄、河道堤防、河道疏浚', 'Reservoir regulation, dikes and dredging'], ['L85', '以水库调蓄供水、河道堤防保护和河道疏浚为重点，修复水生态'], '规划', {}, why(G, WHY.noSite)),
  el('eco_nsbd', ['南水北调水源涵养区', 'South-to-North Water Diversion source conservation area'], ['L85', '实施南水北调水源涵养区土壤和地下水污染防治'], '现状', { note: '污染防治' }, why(G, WHY.noExtent)),
  el('eco_flashflood', ['山洪沟灾害险段', 'Flash-flood gully danger sections'], ['L85', '开展山洪沟灾害险段防治'], '规划', { note: '防治', see_also: ['L155'], related: ['wr_flashflood'] }, why(G, WHY.noSite)),
  el('eco_soil_erosion', ['水土流失防治、坡耕地综合整治', 'Soil-erosion control and slope-farmland consolidation'], ['L85', '大力实施水土流失防治、坡耕地综合整治和清洁治理'], '规划', {
    related: ['wr_slope_fanli', 'wr_slope_dongming'], see_also: ['L155'],
  }, why(G, WHY.noSite, '坡耕地整治的乡镇（范里、东明）见水利图层。', 'The towns named for slope farmland (Fanli, Dongming) are on the water layer.')),

  el('eco_mine_yechangping', ['夜长坪钼矿区', 'Yechangping molybdenum mine area'], ['L85', Q_MINES], '现状', { note: '现状矿区 → 修复' }, why(G, WHY.noSite)),
  el('eco_mine_babaoshan', ['八宝山多金属矿区', 'Babaoshan polymetallic mine area'], ['L85', Q_MINES], '现状', { note: '现状矿区 → 修复' }, why(G, WHY.noSite)),
  el('eco_mine_quli', ['曲里铁锌铜矿区', 'Quli iron–zinc–copper mine area'], ['L85', Q_MINES], '现状', { note: '现状矿区 → 修复', unspecified: ['“等”：其他矿区未列出。', '“等”: other mines are not named.'] }, why(G, WHY.noSite)),
  el('eco_mine_zoning', ['矿山分区开发和管制', 'Mine development zoning'], ['L85', '严格执行矿山分区开发和管制要求'], '现状', { note: '严格执行' }, why(G, WHY.noExtent)),
  el('eco_openpit', ['露天矿山综合整治', 'Open-pit mine remediation'], ['L82', '大力推进露天矿山综合整治'], '规划', {}, why(G, WHY.noSite)),
  el('eco_green_mines', ['智慧型绿色矿山', 'Smart green mines'], ['L117', '打造智慧型绿色矿山'], '规划', { related: ['ind_ent_zhongjin', 'ind_ent_beifang'] }, why(G, WHY.noSite)),
  el('eco_soil_keyarea', ['县属重点防控地区（土壤）', 'County key soil-pollution control areas'], ['L83', '确定县属重点防控地区'], '规划', { note: '确定' }, why(G, WHY.notNamed)),
];
