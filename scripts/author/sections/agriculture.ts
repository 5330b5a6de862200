/** §6 农业产业空间: fungus, herbs, fruit, bees, livestock, markets, rural revitalisation. */
import { centre, point } from '../geo';
import { composite, el, inTown, schematic, town, why, WHY, type Element } from '../model';
import { ZONE } from '../seat-frame';

const G = 'agriculture';
const Q_LS1 = '重点在洛河流域道口镇、杜关镇';
const Q_LS2 = '东明镇、范里镇、文峪乡、沙河乡等乡镇发展';
const Q_BEE_ZONES = '即南山中蜂资源保护区和北山意蜂规模发展区';
const Q_MK = '在朱阳关、五里川建设食用菌、核桃专业市场';
const LS_TOWNS: Array<[string, string, string, string]> = [
  ['duguan', '杜关镇', 'Duguan', Q_LS1], ['dongming', '东明镇', 'Dongming', Q_LS2], ['fanli', '范里镇', 'Fanli', Q_LS2],
  ['wenyu', '文峪乡', 'Wenyu', Q_LS2], ['shahe', '沙河乡', 'Shahe', Q_LS2],
];

export const agriculture: Element[] = [
  el('ag_fungus_1c3z', ['食用菌“一核、三区”', 'Edible-fungus “one core, three zones”'], ['L112', '引导食用菌生产要素资源向“一核、三区”汇集'], '规划', {
    note: '引导汇集', unspecified: ['“一核、三区”及同行的“五项工程”均未定义。', 'Neither the core and three zones nor the “five projects” on the same line are defined.'],
  }, why(G, WHY.notNamed)),
  el('ag_fungus_park', ['国家级香菇现代农业产业园', 'National shiitake modern agricultural park'], ['L112', '争创“国家级香菇现代农业产业园”'], '规划', { note: '争创' }, why(G, WHY.noSite)),
  el('ag_fungus_trade_hub', ['香菇线上线下交易中心', 'Shiitake online/offline trading centre'], ['L112', '国内最具影响力的“香菇线上线下交易中心”'], '规划', { note: '目标' }, why(G, WHY.noSite)),
  el('ag_bohai_shiitake', ['渤海香菇交易中心', 'Bohai shiitake exchange centre'], ['L113', '不断扩大渤海香菇交易中心交易规模'], '现状', { note: '扩大', see_also: ['L144'] }, why(G, WHY.noSite)),
  el('ag_lianqiao', ['百万亩连翘', 'One million mu of forsythia'], ['L112', '以标准化、绿色化推进百万亩连翘全面提质增效'], '现状', { note: '提质增效', related: ['ag_lianqiao_zone', 'ind_lianqiao_area'] },
    why(G, WHY.noExtent, '百万亩（约667平方公里）是面积总量，不是全县；分布未给出。', 'One million mu (≈667 km²) is an area total, not the whole county; its distribution is not given.')),
  el('ag_lianqiao_park', ['国家级连翘现代农业产业园', 'National forsythia modern agricultural park'], ['L112', '争创“国家级连翘现代农业产业园”'], '规划', { note: '争创' }, why(G, WHY.noSite)),
  el('ag_tcm_100k', ['道地中药材10万亩以上', '≥100,000 mu of genuine TCM herbs'], ['L112', '协同发展天麻、柴胡、苍术、丹参、黄精、白芨等道地中药材10万亩以上'], '规划', { related: ['ind_tcm_area'] }, why(G, WHY.noExtent)),
  el('ag_tcm_parks', ['三个中药材精深加工产业园', 'Three TCM deep-processing parks'], ['L112', '建设三个中药材精深加工产业园'], '规划', { note: '建设', related: ['ind_tcm_parks'] }, why(G, WHY.notNamed)),
  el('ag_walnut_base', ['核桃标准化生产基地', 'Walnut standardised production base'], ['L112', '持续扩大核桃种植规模，建设标准化生产基地'], '规划', { related: ['eco_zone_industry_north'] }, why(G, WHY.noSite)),
  el('ag_walnut_trade', ['核桃集散交易', 'Walnut collection and trading'], ['L112', '大力发展核桃集散交易和精深加工'], '规划', { related: ['mk_zhuyangguan', 'mk_wulichuan'] },
    why(G, WHY.programme, '核桃专业市场（朱阳关、五里川，L113）见地图。', 'The walnut markets (朱阳关, 五里川, L113) are on the map.')),
  el('ag_apple', ['精品高山苹果', 'Premium highland apple'], ['L112', '大力发展精品高山苹果产业'], '规划', { related: ['mk_guandaokou'] }, why(G, WHY.noExtent)),
  el('ag_fruit_tourism', ['秋月梨、大樱桃、猕猴桃', 'Pears, cherries and kiwi fruit'], ['L112', '因地制宜发展秋月梨、大樱桃、猕猴桃等水果种植'], '规划', {}, why(G, WHY.noExtent)),

  el('bee_scheme', ['蜂产业“一园一游两区四社”', 'Bee industry “one park, one tour, two zones, four co-ops”'], ['L112', '建设“一园一游两区四社”'], '规划', {
    note: '建设', unspecified: ['“一游”（蜂产业+旅游）是业态，无对应条目。', '“一游” (bees + tourism) is a line of business with no element of its own.'],
  }, composite(G, ['bee_park', 'bee_zone_south', 'bee_zone_north', 'bee_coops'])),
  el('bee_park', ['蜜蜂产业园区（一园）', 'Bee industry park'], ['L112', '即建设蜜蜂产业园区'], '规划', { related: ['bee_scheme'] }, why(G, WHY.noSite)),
  el('bee_zone_south', ['南山中蜂资源保护区', 'Southern-hills Chinese-bee protection zone'], ['L112', Q_BEE_ZONES], '规划', { related: ['bee_scheme'] },
    why(G, WHY.noExtent, '“南山”的范围未界定。', 'The extent of 南山 is not defined.')),
  el('bee_zone_north', ['北山意蜂规模发展区', 'Northern-hills Italian-bee development zone'], ['L112', Q_BEE_ZONES], '规划', { related: ['bee_scheme'] },
    why(G, WHY.noExtent, '“北山”的范围未界定。', 'The extent of 北山 is not defined.')),
  el('bee_coops', ['中蜂、意蜂、浆蜂、授粉蜂4个中心合作社', 'Four central bee co-operatives'], ['L112', '建立中蜂、意蜂、浆蜂、授粉蜂4个中心合作社'], '规划', { note: '建立', related: ['bee_scheme'] }, why(G, WHY.noSite)),
  el('bee_hub', ['中西部蜂产品生产交易集散地', 'Central-western bee-product hub'], ['L112', '打造中西部蜂产品生产交易集散地'], '规划', { note: '目标' }, why(G, WHY.noSite)),

  el('ls_towns', ['畜牧业重点乡镇（洛河流域）', 'Livestock priority towns (Luo basin)'], ['L112', '重点在洛河流域道口镇、杜关镇、东明镇、范里镇、文峪乡、沙河乡等乡镇发展卢氏鸡、豫西黑猪、肉牛、肉羊等'], '规划', {
    unspecified: ['“等”：名单可能不完整；“道口镇”不是卢氏的乡镇名。', '“等”: the list may be longer; “道口镇” is not a Lushi township name.'],
  }, composite(G, ['ls_daokou', ...LS_TOWNS.map(([k]) => `ls_${k}`)])),
  el('ls_daokou', ['道口镇（原文如此）', '“Daokou” town (as written)'], ['L112', Q_LS1], '规划', {
    related: ['ls_towns'], unspecified: ['可能是官道口镇漏写“官”字，原文有歧义。', 'Probably 官道口镇 with 官 dropped; the text is ambiguous.'],
  }, why(G, ['卢氏县没有“道口镇”；不猜测其所指，故不上图。', 'Lushi has no township called 道口镇; rather than guess which one is meant, it is not drawn.'])),
  ...LS_TOWNS.map(([k, zh, en, q]) => el(`ls_${k}`, [zh, `${en} (livestock priority town)`], ['L112', q], '规划', { kind: 'livestock', related: ['ls_towns'] }, town('agriculture-points', k))),
  el('ls_processing_parks', ['饲料、屠宰、有机肥加工与畜牧物流贸易园区', 'Livestock processing and logistics parks'], ['L112', '围绕产业集聚区集中布局饲料加工、屠宰加工、有机肥加工、畜牧物流贸易园区'], '规划', {
    note: '集中布局', kind: 'processing', related: ['ind_cluster'],
  }, schematic('agriculture-points', point(centre(ZONE.industry)), 'The plan places them around the 产业集聚区 (L112); drawn at the centre of that zone’s schematic block. Sites not given.')),
  el('ls_farms', ['标准化畜禽养殖场', 'Standardised livestock farms'], ['L89', '建设标准化畜禽养殖场'], '规划', {}, why(G, WHY.notNamed)),

  el('mk_zhuyangguan', ['朱阳关食用菌、核桃专业市场', 'Zhuyangguan fungus and walnut market'], ['L113', Q_MK], '规划', { note: '建设', kind: 'market', related: ['ucs_sub_south_zhuyangguan'] },
    inTown('agriculture-points', 'zhuyangguan', 'The plan builds it in 朱阳关 (L113).')),
  el('mk_wulichuan', ['五里川食用菌、核桃专业市场', 'Wulichuan fungus and walnut market'], ['L113', Q_MK], '规划', { note: '建设', kind: 'market', related: ['ucs_sub_south_wulichuan'] },
    inTown('agriculture-points', 'wulichuan', 'The plan builds it in 五里川 (L113).')),
  el('mk_guandaokou', ['官道口中药材、高山苹果专业市场', 'Guandaokou herb and highland-apple market'], ['L113', '在官道口建设中药材、高山苹果专业市场'], '规划', { note: '建设', kind: 'market', related: ['ucs_sub_north_guandaokou'] },
    inTown('agriculture-points', 'guandaokou', 'The plan builds it in 官道口 (L113).')),
  el('mk_chengguan', ['城关大型农产品集散市场', 'Chengguan farm-produce distribution market'], ['L113', '在城关建设大型农产品集散市场'], '规划', { note: '建设', kind: 'market' },
    inTown('agriculture-points', 'chengguan', 'The plan builds it in 城关 (L113).')),

  el('ag_hsf', ['高标准农田', 'High-standard farmland'], ['L96', '实施高标准农田建设'], '规划', { related: ['ind_farmland'] }, why(G, WHY.noExtent)),
  el('ag_green_base', ['绿色食品原料标准化生产基地', 'Green-food raw-material bases'], ['L93', '促进绿色食品原料标准化生产基地开发建设'], '规划', {}, why(G, WHY.notNamed)),
  el('ag_rattan', ['县级藤编加工基地、乡村藤编加工点', 'Rattan-weaving base and village workshops'], ['L211', '支持建设县级藤编加工基地和乡村藤编加工点'], '规划', { note: '支持建设' }, why(G, WHY.noSite)),
  el('rr_model_villages10', ['10个农村人居环境整治样板村', '10 model villages for rural living environment'], ['L172', '高标准打造10个农村人居环境整治样板村'], '规划', { related: ['ind_model_villages'] }, why(G, WHY.notNamed)),
  el('rr_model_villages', ['乡村振兴样板村、示范乡（镇）村', 'Rural-revitalisation model villages and towns'], ['L175', '树立一批乡村振兴典型乡村'], '规划', { see_also: ['L171'] }, why(G, WHY.notNamed)),
  el('rr_relocation', ['易地扶贫搬迁社区', 'Poverty-relocation communities'], ['L164', '持续改善搬迁社区服务配套设施'], '现状', { note: '完善', related: ['ind_relocation', 'hc_relocation_chc'] }, why(G, WHY.notNamed)),
  el('rr_returnee', ['返乡创业设施与示范园区、乡镇、村', 'Returnee-entrepreneurship facilities and demonstration sites'], ['L107', '建设标准厂房、孵化器、加速器、众创空间、文创中心、物流仓储等设施'], '规划', { related: ['so_returnee_park'] }, why(G, WHY.notNamed)),
];
