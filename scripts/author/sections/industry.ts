/** §7 工业与商贸物流: the industrial cluster, 洛南, enterprises, commerce, logistics, finance. */
import { cs, point } from '../geo';
import { el, schematic, why, WHY, type Element } from '../model';
import { LUO_BASIS, ZONE, luoStrip, zoneBasis } from '../seat-frame';

const G = 'industry';
const Q_LUONAN = '产业集聚区、洛南新城等重点区域发展步入新阶段';
const Q_PHARMA = '支持现有乐氏同仁药业、玉皇山制药等龙头企业进一步提高研发能力';
const Q_MINING = '提升中金集团、北方公司等骨干企业的机械化、信息化、智能化采矿水平';
const Q_ENV = '促进智谷环保、三禾环保、清华同方等环保装备制造企业转型升级';
const Q_RETAIL = '支持大润发、博金百悦城等大型商业网点做好招商和经营';
const LUONAN_BASIS = '洛南 means “south of the Luo”, and the plan speaks of 跨河发展 (cross-river growth, L9): drawn as the schematic southern new-town shape across the Luo from the old town. Extent not given.';
const firm = (id: string, names: [string, string], quote: string, ref = 'L117') =>
  el(id, names, [ref, quote], '现状', { kind: 'enterprise' }, why(G, WHY.noSite, '企业厂址或矿区规划未给出。', 'The plan gives no site for the firm or its mines.'));

export const industry: Element[] = [
  el('ind_cluster', ['产业集聚区', 'Industrial cluster zone'], ['L34', Q_LUONAN], '现状', {
    note: '优化、扩大', kind: 'cluster', related: ['fz_industry', 'ind_cluster_east', 'ind_cluster_expand', 'ind_cluster_recycle', 'ind_cluster_5g', 'ind_cluster_gdp'],
    see_also: ['L19', 'L88', 'L112', 'L119', 'L184', 'L245', 'L247'],
    unspecified: ['界线规划未给出；规划混用“产业集聚区”和“产业聚集区”。', 'No boundary is given; the plan uses both spellings 产业集聚区 / 产业聚集区.'],
  }, schematic('industry-areas', ZONE.industry, zoneBasis('industry'))),
  el('ind_cluster_east', ['产业聚集区东扩区', 'Eastern extension of the industrial cluster'], ['L119', '加快推进产业聚集区东扩区的七通一平'], '规划', {
    note: '七通一平', kind: 'extension', related: ['ind_cluster'], unspecified: ['范围未给出。', 'Extent not given.'],
  }, schematic('industry-areas', ZONE.industryEast, 'East of the schematic 产业聚集区 block, as 东扩 (eastward extension) says (L119); extent not given.')),
  el('ind_cluster_expand', ['扩大产业集聚区面积', 'Enlarging the industrial cluster'], ['L245', '扩大产业集聚区面积，调准主导产业，调优空间布局'], '规划', { related: ['ind_cluster', 'ind_cluster_east'] },
    why(G, WHY.noExtent, '新界线未给出；已知的东扩区见地图。', 'The new boundary is not given; the eastern extension is on the map.')),
  el('ind_cluster_recycle', ['产业集聚区循环化改造', 'Circular retrofit of the industrial cluster'], ['L88', '大力推进产业集聚区循环化改造'], '规划', { related: ['ind_cluster'] },
    why(G, WHY.programme, '作用于产业集聚区（见地图）。', 'It applies to the industrial cluster (on the map).')),
  el('ind_cluster_5g', ['产业聚集区5G等新基建', '5G and new infrastructure in the industrial cluster'], ['L119', '推进5G等新基建项目在产业聚集区落地'], '规划', { related: ['ind_cluster', 'dig_5g'] },
    why(G, WHY.programme, '作用于产业集聚区（见地图）。', 'It applies to the industrial cluster (on the map).')),
  el('ind_luonan_newcity', ['洛南新城', 'Luonan new town'], ['L34', Q_LUONAN], '现状', {
    note: '发展步入新阶段', kind: 'newtown', related: ['ind_luonan_newdistrict', 'fz_south'],
    unspecified: ['与南部新城区（L184）的关系规划未说明。', 'Its relation to 南部新城区 (L184) is not stated.'],
  }, schematic('industry-areas', ZONE.south, LUONAN_BASIS)),
  el('ind_luonan_newdistrict', ['洛南新区（跨河发展）', 'Luonan new district (cross-river growth)'], ['L9', '洛南新区框架拉大，跨河发展初具规模'], '现状', {
    note: '框架拉大', kind: 'newtown', related: ['ind_luonan_newcity', 'fz_south'],
    unspecified: ['“洛南新区”（L9）与“洛南新城”（L34）是同一区域的不同写法，规划未明说。', '洛南新区 (L9) and 洛南新城 (L34) look like two spellings of one area; the plan does not say so.'],
  }, schematic('industry-areas', ZONE.south, `${LUONAN_BASIS} Same block as 洛南新城.`)),
  el('ind_luonan_cbd', ['洛南商业中心', 'Luonan commercial centre'], ['L147', '加快洛南商业中心的建设，增强洛河南岸商业服务能力'], '在建', {
    note: '加快建设', kind: 'commerce', related: ['ind_luonan_newcity', 'ind_luohe_south_bank'],
  }, schematic('industry-points', point(cs(1.5, -1.6)), 'Inside the schematic southern new town, across the Luo from the old town, as 洛南 (south of the Luo) says; site not given.')),
  el('ind_luohe_south_bank', ['洛河南岸', 'South bank of the Luo'], ['L147', '增强洛河南岸商业服务能力'], '现状', { note: '增强商业服务', kind: 'bank', related: ['ind_luonan_cbd'] },
    schematic('industry-areas', luoStrip(-1.2, -0.25, 1, 5), `Strip along the south-east bank of the schematic Luo course through the county seat; width ours. ${LUO_BASIS}`)),

  firm('ind_ent_leshi', ['乐氏同仁药业', 'Leshi Tongren Pharmaceutical'], Q_PHARMA),
  firm('ind_ent_yuhuangshan', ['玉皇山制药', 'Yuhuangshan Pharmaceutical'], Q_PHARMA),
  firm('ind_ent_zhongjin', ['中金集团', 'China National Gold Group'], Q_MINING),
  firm('ind_ent_beifang', ['北方公司', 'Beifang company'], Q_MINING),
  firm('ind_ent_zhigu', ['智谷环保', 'Zhigu environmental equipment'], Q_ENV, 'L118'),
  firm('ind_ent_sanhe', ['三禾环保', 'Sanhe environmental equipment'], Q_ENV, 'L118'),
  firm('ind_ent_tongfang', ['清华同方', 'Tsinghua Tongfang'], Q_ENV, 'L118'),
  el('ind_biotech', ['生物技术协同创新中心', 'Biotech collaborative innovation centre'], ['L121', '组建生物技术协同创新中心'], '规划', { note: '组建' }, why(G, WHY.noSite)),
  el('ind_rnd', ['重点实验室、工程技术研究中心', 'Key laboratories, engineering research centres'], ['L103', '建设重点实验室、工程技术研究中心等创新创业公共服务平台'], '规划', {}, why(G, WHY.noSite)),
  el('ind_service_platforms', ['检验检测、技术研发、产业基金等服务平台', 'Testing, R&D and fund service platforms'], ['L245', '建设检验检测、技术研发、产业基金等公共生产性服务平台'], '规划', {}, why(G, WHY.noSite)),

  el('cm_streets', ['特色商业街（区）', 'Featured commercial streets'], ['L147', '加速特色商业街（区）的建设'], '规划', { note: '加速建设', see_also: ['L200'] }, why(G, WHY.notNamed)),
  el('cm_rtmart', ['大润发', 'RT-Mart'], ['L147', Q_RETAIL], '现状', { kind: 'retail' }, why(G, WHY.noSiteInSeat)),
  el('cm_bojin', ['博金百悦城', 'Bojin Baiyue City'], ['L147', Q_RETAIL], '现状', { kind: 'retail' }, why(G, WHY.noSiteInSeat)),
  el('cm_convenience', ['24小时便利店、户外用品店', '24-hour convenience and outdoor stores'], ['L147', '在城区、重点旅游功能区发展连锁经营的24小时便利店'], '规划', { related: ['tour_key_areas'] }, why(G, WHY.notNamed)),
  el('cm_hotels', ['星级酒店、商务酒店、酒店式公寓、家庭旅馆', 'Hotels, serviced apartments, guesthouses'], ['L148', '在城区和重点中心镇发展星级酒店、商务酒店、酒店式公寓、家庭旅馆等多种住宿形式'], '规划', { related: ['ucs_key_towns'] },
    why(G, WHY.notNamed, '“重点中心镇”未列出。', 'The “key central towns” are not listed.')),
  el('lg_coldchain', ['农产品冷链物流园', 'Farm-produce cold-chain logistics park'], ['L153', '建设农产品冷链物流园'], '规划', { note: '建设' }, why(G, WHY.noSite)),
  el('lg_3tier', ['县乡村三级物流体系', 'County–township–village logistics network'], ['L123', '不断完善县乡村三级物流体系'], '现状', { note: '完善', see_also: ['L125', 'L256'] }, why(G, WHY.programme, '网络节点未列出。', 'Its nodes are not listed.')),
  el('lg_ecpark', ['电商产业园', 'E-commerce industrial park'], ['L124', '建设高水平的电商产业园'], '规划', { note: '建设' }, why(G, WHY.noSite)),
  el('lg_ec_center', ['县级电子商务公共服务中心', 'County e-commerce public service centre'], ['L256', '完善提升县级电子商务公共服务中心'], '现状', { note: '完善提升' }, why(G, WHY.noSite)),
  el('fin_bigdata', ['乡村振兴暨金融扶贫大数据中心', 'Rural revitalisation and financial poverty-relief big-data centre'], ['L142', '以乡村振兴暨金融扶贫大数据中心为依托'], '现状', { note: '依托' }, why(G, WHY.noSite)),
  el('fin_outlets', ['农村金融网点', 'Rural financial outlets'], ['L143', '鼓励村镇银行、农村信用联社、小额贷款公司等新型金融机构在农村设立网点'], '规划', { note: '扩大', see_also: ['L143'] }, why(G, WHY.notNamed)),
];
