/** §9 水利与水环境 and §10 能源与新型基础设施. */
import { countyGeometry, line } from '../geo';
import { el, inTown, schematic, why, WHY, type Element, type Placement } from '../model';
import { luoShift } from '../seat-frame';

const W = 'water';
const E = 'energy';
const Q_RES = '重点新建金卢和麻地沟一大一小两个水库';
const Q_TRIB = '以洛河主要支流治理和山洪沟险段治理为重点';
const Q_SLOPE = '重点开展以小流域治理和范里镇、东明镇坡耕地综合整治';
const Q_LUO = '加快洛河全流域水生态治理、洛河城区段水系连通治理和灌区综合治理工程';

function countyWide5g(): Placement {
  const g = countyGeometry();
  if (!g) return why(E, ['县界参考数据尚未就绪。', 'The county outline is not available yet.']);
  return schematic('energy-coverage', g, 'The target is full 5G coverage of the whole county (L159), so it is drawn as the county outline (layers/reference/county.geojson); no coverage map exists.');
}

export const waterEnergy: Element[] = [
  el('wr_jinlu', ['金卢水库', 'Jinlu reservoir'], ['L155', Q_RES], '规划', {
    note: '重点新建', related: ['wr_madigou', 'ind_reservoirs'],
    unspecified: ['“一大一小”按语序读作金卢为大、麻地沟为小，规划未明说。', '“One large, one small” read in word order makes Jinlu the large one; the plan does not spell it out.'],
  }, why(W, WHY.noSite)),
  el('wr_madigou', ['麻地沟水库', 'Madigou reservoir'], ['L155', Q_RES], '规划', { note: '重点新建', related: ['wr_jinlu', 'ind_reservoirs'] }, why(W, WHY.noSite)),
  el('wr_tributaries', ['洛河主要支流治理', 'Regulation of the main Luo tributaries'], ['L155', Q_TRIB], '规划', { related: ['uw_block_tributary_restoration'] },
    why(W, WHY.notNamed, '支流未命名。', 'The tributaries are not named.')),
  el('wr_flashflood', ['山洪沟险段治理', 'Flash-flood gully sections'], ['L155', Q_TRIB], '规划', { related: ['eco_flashflood'] }, why(W, WHY.noSite)),
  el('wr_small_watershed', ['小流域治理', 'Small-watershed management'], ['L155', Q_SLOPE], '规划', {}, why(W, WHY.notNamed)),
  el('wr_slope_fanli', ['范里镇坡耕地综合整治', 'Slope-farmland consolidation, Fanli'], ['L155', Q_SLOPE], '规划', { kind: 'slope', related: ['eco_soil_erosion', 'ucs_drive_fanli'] },
    inTown('water-points', 'fanli', 'The plan names 范里镇 for it (L155); its extent in the township is not given.')),
  el('wr_slope_dongming', ['东明镇坡耕地综合整治', 'Slope-farmland consolidation, Dongming'], ['L155', Q_SLOPE], '规划', { kind: 'slope', related: ['eco_soil_erosion'] },
    inTown('water-points', 'dongming', 'The plan names 东明镇 for it (L155); its extent in the township is not given.')),
  el('wr_luohe_basin', ['洛河全流域水生态治理', 'Whole-basin water-ecology regulation of the Luo'], ['L155', Q_LUO], '规划', { note: '加快', related: ['eco_river_luohe'] },
    why(W, WHY.noExtent, '本项目无洛河流域界线。', 'The project holds no outline of the Luo basin.')),
  el('wr_luohe_urban', ['洛河城区段水系连通治理', 'Luo urban-section water connectivity'], ['L155', Q_LUO], '规划', { note: '加快', kind: 'works', related: ['uw_luohe_connect'] },
    schematic('water-lines', line(luoShift(0.12, 0, 5)), 'Along the schematic Luo course through the county seat (the urban section the plan names); not a surveyed course.')),
  el('wr_irrigation', ['灌区综合治理工程', 'Irrigation-district works'], ['L155', Q_LUO], '规划', { note: '加快' }, why(W, WHY.notNamed, '灌区未命名。', 'The irrigation districts are not named.')),
  el('we_wwtp', ['污水处理厂', 'Wastewater treatment plants'], ['L81', '大力建设污水处理厂'], '规划', { note: '大力建设', related: ['ind_wwt_urban'] }, why(W, WHY.noSite, '数量也未给出。', 'Nor is their number.')),
  el('we_sewer', ['县城区、镇区截污纳管', 'Sewer interception in the county seat and town centres'], ['L81', '县城区、镇区逐步实现截污纳管'], '规划', {}, why(W, WHY.programme, '作用于县城和各镇区，管线未给出。', 'Applies to the county seat and all town centres; no pipes are given.')),
  el('we_rural_points', ['农村分散居住点和生产点归并拔点', 'Consolidation of scattered rural settlements'], ['L81', '农村分散居住点和生产点实施归并拔点'], '规划', {}, why(W, WHY.notNamed)),
  el('we_black_odorous', ['城市黑臭水体', 'Urban black-odorous water bodies'], ['L81', '全面治理城市黑臭水体'], '规划', { note: '全面治理' }, why(W, WHY.notNamed)),
  el('we_reclaimed', ['中水处理、园区水循环利用', 'Reclaimed water and park water recycling'], ['L96', '实现中水处理、园区水循环利用全覆盖'], '规划', {}, why(W, WHY.programme)),
  el('we_rural_drinking', ['农村安全饮水保障体系', 'Rural safe drinking-water system'], ['L172', '优化提升农村路网、电网、光纤网络和农村安全饮水保障体系'], '现状', { note: '优化提升' }, why(W, WHY.programme)),

  el('en_gas_urban', ['城区天然气管网', 'Urban natural-gas network'], ['L92', '城区天然气管网覆盖率达到'], '规划', { related: ['ind_gas_coverage'] },
    why(E, WHY.programme, '覆盖城区，管网走向未给出。', 'Covers the urban area; no pipe routes are given.')),
  el('en_gas_towns', ['县城和中心乡镇天然气管道', 'Gas pipelines to the county seat and central towns'], ['L157', '完成县城和中心乡镇天然气管道铺设工程'], '规划', { note: '完成铺设', related: ['ucs_key_towns'] },
    why(E, WHY.noRoute, '“中心乡镇”未列出。', 'The central towns are not listed.')),
  el('en_pv', ['光伏电站', 'PV power stations'], ['L92', '全县光伏电站年发电量达到3000万度'], '规划', { related: ['ind_pv'] }, why(E, WHY.noSite)),
  el('en_heating', ['区域集中供热', 'District heating'], ['L157', '推进建筑节能改造和区域集中供热'], '规划', {}, why(E, WHY.noExtent)),
  el('en_grid', ['新一轮电网改造升级', 'Power-grid upgrade'], ['L157', '实施新一轮电网改造升级工程'], '改扩建', {}, why(E, WHY.programme)),
  el('en_substation_fire', ['变电站、消防站', 'Substations and fire stations'], ['L205', '优化变电站、消防站布局'], '规划', { note: '优化布局' }, why(E, WHY.noSite)),
  el('dig_5g', ['5G网络全覆盖', 'Full 5G coverage'], ['L159', '力争建成全省首个实现5G网络全覆盖的地区'], '规划', {
    note: '目标（力争）', kind: '5g', related: ['ind_5g', 'tour_corridor_5g', 'ind_cluster_5g'], see_also: ['L119', 'L131', 'L203'],
  }, countyWide5g()),
  el('dig_utility_tunnel', ['地下综合管廊', 'Utility tunnels'], ['L203', '推进地下综合管廊建设'], '规划', { note: '推进' }, why(E, WHY.noRoute)),
  el('dig_city_data', ['城市管理大数据中心', 'Urban-management big-data centre'], ['L203', '规划建设城市管理大数据中心'], '规划', { note: '规划建设' }, why(E, WHY.noSite)),
];
