/**
 * §0 区域协同背景 (regions beyond or enclosing the county: catalogue) and
 * §0b 县域与全县域称号 (the county outline and county-wide designations).
 */
import { countyGeometry } from '../geo';
import { el, schematic, why, WHY, type Element, type Placement } from '../model';
import { seatEnvelope } from '../seat-frame';

const G = 'regional';
const out = (zh = '', en = '') => why(G, WHY.outside, zh, en);

/**
 * A county-wide designation covers the county outline. The outline is
 * reference geography; the designation's extent is our reading (the plan
 * names the county), so it is marked schematic.
 */
function countyWide(layer: string, what: string): Placement {
  const g = countyGeometry();
  if (!g) return why(G, ['县界参考数据尚未就绪。', 'The county outline (layers/reference/county.geojson) is not available yet.']);
  return schematic(layer, g, `${what} applies to the whole county, so it is drawn as the county outline (layers/reference/county.geojson, see SOURCES.md); the plan draws no extent.`);
}

const des = (id: string, names: [string, string], ref: string, quote: string, status: '规划' | '现状', note: string, seeAlso?: string[]): Element =>
  el(id, names, [ref, quote], status, { note, kind: note === '争创' ? 'bid' : 'target', ...(seeAlso && { see_also: seeAlso }) },
    countyWide('county-designations', 'The designation'));

export const regional: Element[] = [
  el('reg_sanmenxia', ['三门峡市', 'Sanmenxia (prefecture)'], ['L30', '当前三门峡，正处在黄河流域生态保护和高质量发展国家战略加速推进'], '现状', { see_also: ['L90'] }, out('卢氏县隶属三门峡市。', 'Lushi is a county of Sanmenxia.')),
  el('reg_yellow_river', ['黄河流域', 'Yellow River basin'], ['L30', '当前三门峡，正处在黄河流域生态保护和高质量发展国家战略加速推进'], '现状', {}, out()),
  el('reg_zhengluoxi', ['郑洛西高质量发展合作带', 'Zhengzhou–Luoyang–Xi’an cooperation belt'], ['L33', '跻身郑洛西高质量发展合作带'], '现状', { note: '跻身', see_also: ['L43'] }, out()),
  el('reg_huanghe_triangle', ['黄河金三角承接产业转移示范区', 'Yellow River Golden Triangle industrial-transfer demonstration zone'], ['L33', '黄河金三角承接产业转移示范区'], '现状', { see_also: ['L43', 'L72', 'L152', 'L257'] }, out()),
  el('reg_luoyang_subcentre', ['洛阳副中心城市', 'Luoyang sub-centre city'], ['L33', '洛阳副中心城市'], '现状', {}, out()),
  el('reg_hanjiang', ['汉江生态经济带', 'Han River eco-economic belt'], ['L33', '汉江生态经济带规划'], '现状', {}, out()),
  el('reg_luoyang_metro', ['洛阳都市圈', 'Luoyang metropolitan area'], ['L72', '深度融入洛阳都市圈和黄河金三角协同发展'], '现状', { note: '深度融入', see_also: ['L43', 'L152', 'L257'] }, out()),
  el('reg_luohe_coop', ['洛河流域县市合作组织', 'Luo River basin county cooperation'], ['L72', '推动成立洛河流域县市合作组织'], '规划', { note: '推动成立', see_also: ['L233'] }, out('合作组织是机构，不是地域。', 'An organisation, not an area.')),
  el('reg_zhengzhou_metro', ['郑州都市圈', 'Zhengzhou metropolitan area'], ['L257', '主动对接郑州都市圈、洛阳都市圈、关中平原城市群建设'], '现状', {}, out()),
  el('reg_guanzhong', ['关中平原城市群', 'Guanzhong Plain city cluster'], ['L257', '关中平原城市群'], '现状', {}, out()),
  el('reg_ftz', ['中国（河南）自由贸易试验区三门峡开放创新联动区', 'Henan FTZ Sanmenxia linkage zone'], ['L257', '主动融入中国（河南）自由贸易试验区三门峡开放创新联动区'], '规划', {
    note: '主动融入', unspecified: ['同行提到的国家电子商务示范基地、跨境电商综合实验区、离岸港口均无位置。', 'The e-commerce base, cross-border e-commerce zone and offshore port on the same line have no location.'],
  }, out()),
  el('reg_yuxi', ['豫西（县城公共服务辐射范围）', 'Western Henan (catchment of the county seat’s services)'], ['L191', '面向豫西、服务全县的优质公共服务中心'], '规划', { note: '目标', related: ['ps_hub'] }, out()),

  el('base_county', ['卢氏县', 'Lushi County'], ['L310', '表：卢氏县十四五期间经济社会发展指标列表'], '现状', { kind: 'county', see_also: ['L9'] }, ((): Placement => {
    const g = countyGeometry();
    if (!g) return why(G, ['县界参考数据尚未就绪。', 'The county outline is not available yet.']);
    return { on: 'map', layer: 'county-base', geometry: g, accuracy: 'approximate', basis: 'County outline from layers/reference/county.geojson (source and licence in layers/SOURCES.md); not a legal boundary.' };
  })()),
  el('base_county_seat', ['县城', 'County seat (built-up town)'], ['L179', '以县城为核心'], '现状', {
    kind: 'seat', related: ['ucs_main', 'fz_planning_area'], see_also: ['L81', 'L220'],
    unspecified: ['县城建成范围规划未给出。', 'The plan does not give the town’s extent.'],
  }, schematic('county-base', seatEnvelope(0.3), 'Envelope of the five schematic county-seat zones (L184); the plan gives no extent for the town.')),

  des('des_123_demo', ['河南省一二三产融合发展示范区', 'Henan primary–secondary–tertiary integration demonstration zone'], 'L58', '河南省一二三产融合发展示范区', '规划', '目标', ['L57']),
  des('des_breath_sleep', ['中西部深呼吸深睡眠体验区', 'Deep-breathing / deep-sleep experience zone'], 'L59', '中西部深呼吸深睡眠体验区', '规划', '目标', ['L127', 'L134']),
  des('des_civilisation', ['国家新时代文明实践创新区', 'National civilisation-practice innovation zone'], 'L60', '国家新时代文明实践创新区', '规划', '目标', ['L226', 'L227', 'L237']),
  des('des_eco_tourism', ['生态旅游名县', 'Famous eco-tourism county'], 'L61', '生态旅游名县', '规划', '目标'),
  des('des_agri', ['特色农业强县', 'Strong featured-agriculture county'], 'L62', '特色农业强县', '规划', '目标'),
  des('des_two_mountains', ['“两山”理论实践创新基地', '“Two mountains” theory practice base'], 'L63', '“两山”理论实践创新基地', '规划', '目标', ['L79', 'L86', 'L127']),
  des('des_eco_civ', ['国家生态文明建设示范县', 'National eco-civilisation demonstration county'], 'L71', '成功创建国家生态文明建设示范县', '规划', '争创', ['L79', 'L86']),
  des('des_all_area_tourism', ['国家全域旅游示范区（示范县）', 'National all-area tourism demonstration county'], 'L74', '成功创建国家全域旅游示范区', '规划', '争创', ['L127']),
  el('des_other_titles', ['其他称号（出口香菇质量安全示范区等）', 'Other titles (export shiitake quality-safety zone, etc.)'], ['L8', '“国家级出口香菇质量安全示范区”'], '现状', {
    note: '现状 / 争创', kind: 'held', see_also: ['L125', 'L168', 'L222'],
    unspecified: ['同一条目合并了已获称号（出口香菇）与争创称号（电子商务进农村、金融扶贫、“四好农村路”、中医药改革试点）。', 'Combines a title held (export shiitake) with titles sought (rural e-commerce, financial poverty relief, “four good rural roads”, TCM reform pilot).'],
  }, countyWide('county-designations', 'Each of these titles')),
  el('ag_lianqiao_zone', ['中国连翘特色农产品优势区', 'China forsythia featured-product advantage zone'], ['L112', '围绕建设“中国连翘特色农产品优势区”'], '现状', {
    note: '建设（称号已获，L8）', kind: 'held', see_also: ['L8'], related: ['ag_lianqiao'],
  }, countyWide('county-designations', 'The title (卢氏连翘中国特色农产品优势区, L8)')),
  el('ct_lu_root', ['全国卢姓祖根地', 'National Lu-surname ancestral homeland'], ['L234', '打造全国卢姓祖根地'], '规划', { note: '打造', kind: 'target' },
    countyWide('county-designations', 'The title')),
];
