/**
 * Indicators with a spatial meaning (inventory “Indicators” table): all are
 * catalogue entries of type `indicator`, grouped with the layer group they
 * measure. Values are the plan's own; conflicts between the text and the
 * indicator table are kept and flagged, not resolved.
 */
import { el, indicator, type Element } from '../model';
import type { Status } from '../../../src/manifest/types';

type Row = [id: string, group: string, zh: string, en: string, ref: string, quote: string, vzh: string, ven: string, extra?: {
  status?: Status; note?: string; see_also?: string[]; related?: string[]; unspecified?: [string, string];
}];

const T = '目标';
const rows: Row[] = [
  ['ind_forest_cover_text', 'ecology', '森林覆盖率（正文）', 'Forest cover (text)', 'L86', '全县森林覆盖率从70.35%提升至72.5%以上', '70.35% → 72.5%以上（2025年末）', '70.35% → above 72.5% (end of 2025)', {
    related: ['ind_forest_cover_table'], unspecified: ['与指标表（71.16% → 73%，L416–L419）不一致。', 'Conflicts with the indicator table (71.16% → 73%, L416–L419).'] }],
  ['ind_forest_cover_table', 'ecology', '森林覆盖率（指标表）', 'Forest cover (indicator table)', 'L416', '森林覆盖率（%）*', '71.16%（2020）→ 73%（2025）', '71.16% (2020) → 73% (2025)', {
    see_also: ['L417', 'L419'], related: ['ind_forest_cover_text'], unspecified: ['与正文（70.35% → 72.5%，L86）不一致。', 'Conflicts with the text (70.35% → 72.5%, L86).'] }],
  ['ind_forest_cover_past', 'ecology', '森林覆盖率（“十三五”成就）', 'Forest cover (13th FYP achievement)', 'L7', '森林覆盖率达到70%以上', '70%以上', 'above 70%', { status: '现状', note: '已达到' }],
  ['ind_afforestation', 'ecology', '营造林', 'Afforestation and forest management', 'L86', '五年内完成营造林41.5万亩', '五年41.5万亩', '415,000 mu in five years'],
  ['ind_corridor_greening', 'ecology', '主要廊道绿化', 'Main corridor greening', 'L86', '主要廊道绿化3.1万亩190公里', '3.1万亩，190公里', '31,000 mu, 190 km', { related: ['eco_corridor_greening'] }],
  ['ind_forest_tending', 'ecology', '森林抚育', 'Forest tending', 'L86', '完成森林抚育55万亩', '55万亩', '550,000 mu'],
  ['ind_green_ratio_2022', 'green', '建成区绿地率（国家园林县城）', 'Green-space ratio of the built-up area (national garden county)', 'L194', '即建成区绿地率达33%、建成区绿化覆盖率达38%、人均公园绿地面积9平方米以上', '≥33%（2022年申请，2023年创建成功）', '≥33% (apply 2022, achieve 2023)', { related: ['fz_builtup', 'gr_titles'] }],
  ['ind_green_cover_2022', 'green', '建成区绿化覆盖率（国家园林县城）', 'Green coverage of the built-up area (national garden county)', 'L194', '建成区绿化覆盖率达38%', '≥38%', '≥38%', { related: ['fz_builtup'] }],
  ['ind_park_pc_2022', 'green', '人均公园绿地面积（国家园林县城）', 'Park green space per head (national garden county)', 'L194', '人均公园绿地面积9平方米以上', '≥9平方米/人', '≥9 m² per head'],
  ['ind_green_ratio_2028', 'green', '建成区绿地率（国家生态园林城市）', 'Green-space ratio (national eco-garden city)', 'L194', '及建成区绿地率达37%、建成区绿化覆盖率达43%、人均公园绿地面积11.5平方米以上', '37%（2028年申请）', '37% (apply 2028)', { related: ['fz_builtup', 'gr_titles'] }],
  ['ind_green_cover_2028', 'green', '建成区绿化覆盖率（国家生态园林城市）', 'Green coverage (national eco-garden city)', 'L194', '建成区绿化覆盖率达43%', '43%', '43%'],
  ['ind_park_pc_2028', 'green', '人均公园绿地面积（国家生态园林城市）', 'Park green space per head (national eco-garden city)', 'L194', '人均公园绿地面积11.5平方米以上', '≥11.5平方米/人', '≥11.5 m² per head'],
  ['ind_green_access', 'green', '300米见绿、500米见园', 'Green within 300 m, park within 500 m', 'L194', '满足300米见绿、500米见园', '300米 / 500米', '300 m / 500 m', { related: ['gr_green_access'] }],
  ['ind_15min_circle', 'public-services', '十五分钟社区生活圈覆盖', '15-minute community life-circle coverage', 'L191', '分步实现十五分钟社区生活圈全覆盖', '全覆盖（100%）', 'full coverage (100%)', { related: ['ps_15min'] }],
  ['ind_10min_fitness', 'public-services', '10分钟健身圈', '10-minute fitness circle', 'L217', '打造10分钟健身圈', '10分钟', '10 minutes', { related: ['sp_10min'] }],
  ['ind_sports_area_pc', 'public-services', '人均运动场地增长', 'Growth of sports-ground area per head', 'L217', '人均运动场地增长不低于全省平均水平', '不低于全省平均增长', 'no lower than the provincial average growth'],
  ['ind_county_pop', 'structure', '县城人口', 'County-seat population', 'L191', '力争“十四五”时期县城人口突破15万', '突破15万', 'over 150,000', { related: ['ucs_main'] }],
  ['ind_urbanisation', 'structure', '城镇化率', 'Urbanisation rate', 'L23', '城镇化率不足全省平均水平的70%', '现状：不足全省平均水平的70%；规划未给出目标值', 'Now below 70% of the provincial average; the plan sets no target', { status: '现状', note: '现状判断' }],
  ['ind_farmland', 'agriculture', '耕地保有量', 'Cultivated-land retention', 'L359', '耕地保有量（公顷）', '37073公顷（2020）→ 36573公顷（2025）', '37,073 ha (2020) → 36,573 ha (2025)', { see_also: ['L360', 'L362'], related: ['ag_hsf'] }],
  ['ind_new_construction_land', 'zones', '新增建设用地规模', 'New construction land', 'L366', '新增建设用地规模（公顷）', '70公顷（2020）→ 65公顷（2025）', '70 ha (2020) → 65 ha (2025)', {
    see_also: ['L367', 'L369'], unspecified: ['是期间总量还是年度量未说明。', 'Whether per year or for the period is not stated.'] }],
  ['ind_land_transfer', 'agriculture', '土地流转面积', 'Land transferred', 'L169', '到2025年，土地流转面积突破10万亩', '突破10万亩（2025）', 'over 100,000 mu (2025)'],
  ['ind_lianqiao_area', 'agriculture', '连翘面积', 'Forsythia area', 'L112', '推进百万亩连翘全面提质增效', '百万亩', 'one million mu', { related: ['ag_lianqiao'] }],
  ['ind_tcm_area', 'agriculture', '道地中药材面积', 'Genuine TCM herb area', 'L112', '道地中药材10万亩以上', '10万亩以上', 'over 100,000 mu', { related: ['ag_tcm_100k'] }],
  ['ind_tianyuan_area', 'tourism', '田园综合体、中药材观光基地面积', 'Pastoral complex and herb base areas', 'L114', '围绕沙河、东明建设万亩果菜药“田园综合体”', '各万亩', '10,000 mu each', { related: ['sa_tianyuan', 'sa_tcm_base'] }],
  ['ind_mushroom_corridor_len', 'tourism', '食用菌观光长廊长度', 'Length of the fungus sightseeing corridor', 'L114', '打造百里食用菌观光长廊', '百里（约50公里）', '100 li (about 50 km)', { related: ['sa_mushroom_corridor'] }],
  ['ind_shanty', 'old-town', '棚户区改造面积', 'Shanty redevelopment area', 'L187', '完成20万平方米的棚户区改造', '20万平方米', '200,000 m²', { related: ['oc_shanty'] }],
  ['ind_street_grid', 'transport', '城区路网', 'Urban street grid', 'L153', '形成“11横21纵”的城区市政路网体系', '11横21纵', '11 east–west × 21 north–south', { related: ['jt_grid_11x21'] }],
  ['ind_reservoirs', 'water', '新建水库', 'New reservoirs', 'L155', '重点新建金卢和麻地沟一大一小两个水库', '2座（一大一小）', '2 (one large, one small)', { related: ['wr_jinlu', 'wr_madigou'] }],
  ['ind_wwt_urban', 'water', '城镇污水处理率', 'Urban wastewater treatment rate', 'L81', '到2025年全县城镇污水处理率达到100％', '100%（2025）', '100% (2025)', { related: ['we_wwtp'] }],
  ['ind_water_v', 'water', 'Ⅴ类水质水体', 'Class-V water bodies', 'L81', '到2025年全面消除Ⅴ类水质水体', '2025年全面消除', 'eliminated by 2025'],
  ['ind_surface_water', 'water', '地表水达标率', 'Surface-water compliance', 'L401', '地表水达标率*', '100% → 100%', '100% → 100%', { see_also: ['L402', 'L404'] }],
  ['ind_air_days_text', 'ecology', '城区空气质量好于二级标准天数比例', 'Urban days better than grade II air', 'L82', '城区环境空气质量好于二级标准天数比例达到95％左右', '约95%（2025）', 'about 95% (2025)', {
    related: ['ind_air_days_table'], unspecified: ['与指标表优良天数比例90%（L397）不一致。', 'Differs from the table’s 90% good-air days (L397).'] }],
  ['ind_pm25', 'ecology', 'PM2.5年平均浓度', 'Annual mean PM2.5', 'L82', 'PM2.5年平均浓度降低至42微克/立方米左右', '约42微克/立方米', 'about 42 μg/m³'],
  ['ind_air_days_table', 'ecology', '空气质量优良天数比例（指标表）', 'Good-air days (indicator table)', 'L394', '细颗粒物浓度下降、空气质量优良天数比例（%）*', '83.29% → 90.00%', '83.29% → 90.00%', {
    see_also: ['L395', 'L397'], related: ['ind_air_days_text'], unspecified: ['与正文95%（L82）不一致。', 'Differs from the text’s 95% (L82).'] }],
  ['ind_gas_coverage', 'energy', '城区天然气管网覆盖率', 'Urban gas-network coverage', 'L92', '城区天然气管网覆盖率达到', '100%（2025）', '100% (2025)', { related: ['en_gas_urban'] }],
  ['ind_pv', 'energy', '光伏电站年发电量', 'Annual PV output', 'L92', '全县光伏电站年发电量达到3000万度', '3000万度（3,000万千瓦时）', '30 GWh', { related: ['en_pv'] }],
  ['ind_fertiliser', 'agriculture', '单位耕地面积化肥使用量', 'Fertiliser per unit of farmland', 'L92', '单位耕地面积化肥使用量较2020年下降6%', '较2020年下降6%', '−6% on 2020'],
  ['ind_pesticide', 'agriculture', '单位耕地面积农药使用量', 'Pesticide per unit of farmland', 'L92', '单位耕地面积农药使用量下降10%', '下降10%', '−10%'],
  ['ind_ev_charging', 'transport', '电动汽车充电网络覆盖', 'EV charging coverage', 'L157', '实现县乡全覆盖', '县乡全覆盖', 'every township covered', { related: ['jt_ev_charging'] }],
  ['ind_5g', 'energy', '5G网络覆盖', '5G coverage', 'L159', '力争建成全省首个实现5G网络全覆盖的地区', '全县全覆盖（力争全省首个）', 'full county coverage (aiming to be first in the province)', { related: ['dig_5g'] }],
  ['ind_rural_waste_text', 'agriculture', '行政村生活垃圾治理、无害化厕所（正文）', 'Village waste treatment and sanitary toilets (text)', 'L172', '全县90%以上的行政村生活垃圾得到治理，治理率达到90%，无害化厕所普及率达到85%', '90%以上村庄；治理率90%；无害化厕所85%', '≥90% of villages; 90% treated; 85% sanitary toilets', {
    related: ['ind_rural_waste_table'], unspecified: ['与指标表100%（L475）不一致。', 'Differs from the table’s 100% (L475).'] }],
  ['ind_rural_waste_table', 'agriculture', '农村生活垃圾、污水治理率（指标表）', 'Rural waste and sewage treatment (indicator table)', 'L472', '农村生活垃圾村庄有效治理率、农村生活污水处理率*', '100%（2025）', '100% (2025)', {
    see_also: ['L475'], related: ['ind_rural_waste_text'], unspecified: ['与正文90%（L172）不一致。', 'Differs from the text’s 90% (L172).'] }],
  ['ind_model_villages', 'agriculture', '农村人居环境整治样板村', 'Model villages', 'L172', '高标准打造10个农村人居环境整治样板村', '10个', '10', { related: ['rr_model_villages10'] }],
  ['ind_collective_income', 'agriculture', '集体经济年收入超10万元的村', 'Villages with collective income over ¥100,000', 'L170', '到2025年，集体经济年收入超10万元的村达50%以上', '50%以上（2025）', 'over 50% (2025)'],
  ['ind_toilets', 'old-town', '二类公厕', 'Class-II public toilets', 'L205', '十四五期间建设二类公厕25座以上', '25座以上', '25 or more', { related: ['mu_toilets'] }],
  ['ind_parking', 'old-town', '停车场与车辆市场', 'Parking lots and vehicle markets', 'L205', '建设2个智慧立体停车场', '专业停车场3个；智慧立体停车场2个；二手车市场1个；配件维修市场1个', '3 specialised lots; 2 smart car parks; 1 used-vehicle market; 1 repair market', {
    related: ['mu_parking_special', 'mu_smart_parking', 'mu_usedcar_market', 'mu_repair_market'] }],
  ['ind_vending_points', 'old-town', '临时疏导点', 'Temporary vending points', 'L198', '再建立10个临时疏导点，调整现有7个临时疏导点位置和范围', '新建10个，调整7个', '10 new, 7 adjusted', { related: ['mu_temp_vending'] }],
  ['ind_nursery', 'public-services', '托育机构', 'Nurseries', 'L220', '分别设立500托位的托育机构', '2处，各500托位', '2, with 500 places each', { related: ['hc_nursery_west', 'hc_nursery_east'] }],
  ['ind_training_bases', 'public-services', '校外实训基地', 'Off-campus training bases', 'L214', '建立3-4个校外实训基地', '3–4个', '3–4', { related: ['ed_training_bases'] }],
  ['ind_tcm_parks', 'agriculture', '中药材精深加工产业园', 'TCM deep-processing parks', 'L112', '建设三个中药材精深加工产业园', '3个', '3', { related: ['ag_tcm_parks'] }],
  ['ind_8135', 'tourism', '“8135”数量', 'The “8135” counts', 'L128', '即八个核心旅游景区(名胜),一个康养核心区(名城)、三个康养中心(名镇)、五十个特色乡村(名村)', '8 / 1 / 3 / 50', '8 core scenic areas / 1 health core / 3 health centres / 50 featured villages', { related: ['tour_8135'] }],
  ['ind_eco_areas', 'ecology', '生态功能区与生态廊道数量', 'Ecological function areas and corridors', 'L93', '划分三大生态功能区和七大生态廊道', '3 / 7', '3 areas / 7 corridors', { related: ['eco_function_areas', 'eco_corridors'] }],
  ['ind_urban_water', 'urban-water', '城市水生态数量', 'Urban water-ecology counts', 'L189', '13条支流为线', '13条支流，9大板块', '13 tributaries, 9 blocks', { related: ['uw_tributaries_13', 'uw_blocks_9'] }],
  ['ind_livestock', 'agriculture', '畜禽常年存栏量', 'Year-round livestock stock', 'L112', '全县实现蛋鸡、生猪、肉牛、肉羊常年存栏量640万只、16.15万头、6.59万头、13.75万只', '蛋鸡640万只，生猪16.15万头，肉牛6.59万头，肉羊13.75万只', 'laying hens 6.4 m, pigs 161,500, beef cattle 65,900, sheep and goats 137,500', { related: ['ls_towns'] }],
  ['ind_cluster_gdp', 'industry', '产业聚集区生产总值', 'Industrial cluster output', 'L119', '产业聚集区生产总值力争达到100亿以上', '100亿元以上', 'over ¥10 billion', { related: ['ind_cluster'] }],
  ['ind_hospital_level', 'public-services', '县人民医院等级', 'County People’s Hospital grade', 'L220', '县人民医院争取达到三级水平', '三级', 'tertiary', { related: ['hc_peoples'] }],
  ['ind_relocation', 'agriculture', '易地扶贫搬迁（“十三五”）', 'Poverty relocation (13th FYP)', 'L5', '3.3万人易地扶贫搬迁任务提前完成', '3.3万人', '33,000 people', { status: '现状', note: '提前完成', related: ['rr_relocation'] }],
  ['ind_poor_villages', 'agriculture', '贫困村退出（“十三五”）', 'Poor villages lifted out (13th FYP)', 'L5', '158个贫困村全部退出', '158个', '158 villages', { status: '现状', note: '全部退出' }],
];

export const indicators: Element[] = rows.map(([id, group, zh, en, ref, quote, vzh, ven, x = {}]) =>
  el(id, [zh, en], [ref, quote], x.status ?? '规划', {
    note: x.note ?? T, see_also: x.see_also, related: x.related, unspecified: x.unspecified,
  }, indicator(group, vzh, ven)));
