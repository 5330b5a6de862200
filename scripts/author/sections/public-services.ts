/** §11 公共服务: services ring, health, education, sport, culture, social, governance, emergency. */
import { GOV, allTownSeats, centre, multiPoint, point, seat, SEAT_SOURCE } from '../geo';
import { composite, el, inTown, schematic, town, why, WHY, type Element } from '../model';
import { ZONE } from '../seat-frame';

const G = 'public-services';
const Q_HOSP = '继续完成卢氏人民医院扩建、中医院异地新建、妇幼保健院异地新建、疾控中心异地新建及配套工程建设';
const Q_4G1C = '推进鄂豫陕革命根据地纪念馆、博物馆、图书馆、文化馆及体育中心“四馆一中心”工程建设';
const Q_NURSERY = '在县城西城品质生活区和东部文化教育区分别设立500托位的托育机构';
const Q_SCHOOLS = '加强卢氏社区学院、五里川镇社区学校省级示范校的建设';
const SEATS = allTownSeats();
const NO_SHT: [string, string] = ['双槐树乡无已知驻地点，兴贤里街道亦无，均未绘出。', '双槐树乡 and 兴贤里街道 have no known seat point and are not drawn.'];
const seatOnly = (zh: string, en: string) => why(G, WHY.noSiteInSeat, zh, en);
const relocated = (what: string) => why(G, ['异地新建，新址规划未给出。', 'Relocated to a new site that the plan does not give.'], '', what);

export const publicServices: Element[] = [
  el('ps_ring', ['公共服务环廊', 'Public-service ring corridor'], ['L191', '深化公共服务环廊建设'], '规划', {
    note: '深化建设', see_also: ['L192'], unspecified: ['线路只在缺失的图5（L192）上。', 'The route was only on the missing figure 5 (L192).'],
  }, why(G, WHY.noRoute)),
  el('ps_ring_street', ['公共服务街区', 'Public-service street blocks'], ['L191', '形成共享、高效、具有多样化活动路径的公共服务街区'], '规划', { related: ['ps_ring'] }, why(G, WHY.noRoute)),
  el('ps_15min', ['十五分钟社区生活圈', '15-minute community life circles'], ['L191', '分步实现十五分钟社区生活圈全覆盖'], '规划', {
    note: '分步实现全覆盖', related: ['ind_15min_circle'],
  }, why(G, ['生活圈应由设施与步行网络计算得出，规划未给出。', 'Life circles are to be computed from facilities and the walking network; the plan draws none.'])),
  el('ps_hub', ['县城：面向豫西、服务全县的公共服务中心', 'County seat as the public-service centre for western Henan'], ['L191', '将卢氏县城打造成为面向豫西、服务全县的优质公共服务中心'], '规划', {
    note: '目标', kind: 'hub', related: ['ucs_main', 'reg_yuxi'],
  }, town('public-points', 'county_government', 'The centre is the county seat; point = 卢氏县人民政府 (issue 3).')),
  el('ps_wenti', ['文体中心', 'Culture and sports centre'], ['L191', '补充完善文体中心、职教中心等重大服务设施'], '规划', { note: '补充完善', related: ['cu_sports_centre'] }, seatOnly('', '')),
  el('ps_zhijiao', ['职教中心', 'Vocational education centre'], ['L191', '补充完善文体中心、职教中心等重大服务设施'], '规划', {
    note: '补充完善', related: ['ed_newcity', 'fz_south'], unspecified: ['与教育新城、南部新城区（职教康养新城）的关系未说明。', 'Its relation to 教育新城 and the southern new town is not stated.'],
  }, seatOnly('', '')),

  el('hc_peoples', ['卢氏县人民医院（扩建）', 'Lushi People’s Hospital (expansion)'], ['L220', Q_HOSP], '改扩建', { note: '继续完成扩建；争取三级', related: ['ind_hospital_level'], see_also: ['L139'] }, seatOnly('', '')),
  el('hc_tcm_new', ['中医院（异地新建）', 'TCM hospital (new site)'], ['L220', Q_HOSP], '在建', { note: '继续完成异地新建', related: ['tour_kangyang_core'], see_also: ['L135', 'L139'] }, relocated('')),
  el('hc_mch_new', ['妇幼保健院（异地新建）', 'Maternal and child health hospital (new site)'], ['L220', Q_HOSP], '在建', { note: '继续完成异地新建', see_also: ['L139'] }, relocated('')),
  el('hc_cdc_new', ['疾控中心（异地新建）', 'Centre for disease control (new site)'], ['L220', Q_HOSP], '在建', { note: '继续完成异地新建' }, relocated('')),
  el('hc_relocation_chc', ['扶贫搬迁社区卫生服务中心', 'Health centres in relocation communities'], ['L220', '实施扶贫搬迁社区的卫生服务中心建设'], '规划', { related: ['rr_relocation'] }, why(G, WHY.notNamed)),
  el('hc_township', ['乡镇卫生院（基础设施提升）', 'Township health centres (upgrade)'], ['L220', '乡镇卫生院基础设施提升工程'], '改扩建', {
    unspecified: ['哪些卫生院、是否全部提升未说明。', 'Which health centres, and whether all, is not stated.'],
  }, why(G, WHY.notNamed)),
  el('hc_reserve', ['卢氏县公共卫生应急储备中心', 'Public-health emergency reserve centre'], ['L220', '卢氏县公共卫生应急储备中心建设'], '规划', {}, why(G, WHY.noSite)),
  el('hc_eldercare_med', ['医养结合机构（县城和各乡镇驻地）', 'Medical and elderly-care institutions (county seat and every township seat)'], ['L220', '在县城区和各乡镇政府所在地设立医养结合机构'], '规划', {
    note: '设立', kind: 'health', unspecified: NO_SHT,
  }, schematic('public-points', multiPoint([GOV, ...SEATS.map(seat)]),
    `The plan puts one in the county seat and in each township government seat (L220): drawn at the county government and every known township seat (${SEAT_SOURCE}); sites within them not given.`)),
  el('hc_nursery_west', ['托育机构（西城品质生活区，500托位）', 'Nursery, west town (500 places)'], ['L220', Q_NURSERY], '规划', { note: '设立', kind: 'childcare', related: ['fz_west'] },
    schematic('public-points', point(centre(ZONE.west)), 'The plan puts it in the 西城品质生活区 (L220): drawn at the centre of that zone’s schematic block; site not given.')),
  el('hc_nursery_east', ['托育机构（东部文化教育区，500托位）', 'Nursery, east culture-education zone (500 places)'], ['L220', Q_NURSERY], '规划', {
    note: '设立', kind: 'childcare', related: ['fz_east'], unspecified: ['此处写作“东部文化教育区”，L184写作“东城文化教育区”。', 'Written 东部文化教育区 here and 东城文化教育区 on L184.'],
  }, schematic('public-points', point(centre(ZONE.east)), 'The plan puts it in the 东部(东城)文化教育区 (L220): drawn at the centre of that zone’s schematic block; site not given.')),

  el('ed_kindergartens', ['公办幼儿园', 'Public kindergartens'], ['L214', '加强公办幼儿园建设'], '规划', { note: '新建和改造提升' }, why(G, WHY.notNamed)),
  el('ed_schools', ['城区中小学（新建、扩建）', 'Urban primary and middle schools'], ['L214', '新建、扩建城区中小学'], '规划', {}, why(G, WHY.notNamed)),
  el('ed_yigao', ['卢氏一高', 'Lushi No. 1 High School'], ['L214', '优化升级卢氏一高和实验高中'], '改扩建', { note: '优化升级' }, seatOnly('', '')),
  el('ed_shiyan', ['实验高中', 'Experimental High School'], ['L214', '优化升级卢氏一高和实验高中'], '改扩建', { note: '优化升级' }, seatOnly('', '')),
  el('ed_newcity', ['教育新城（职业教育基地）', 'Education new town (vocational base)'], ['L214', '推进教育新城建设，打造河南省有影响力的职业教育基地'], '规划', {
    note: '推进建设', related: ['ps_zhijiao', 'fz_south'], unspecified: ['可能位于南部新城区（职教康养新城），规划未明说。', 'Plausibly in the southern new town (职教康养新城); the plan does not say so.'],
  }, why(G, WHY.noSite)),
  el('ed_training_bases', ['校外实训基地（3–4个）', 'Off-campus training bases (3–4)'], ['L214', '十四五期间建立3-4个校外实训基地'], '规划', { related: ['ind_training_bases'] }, why(G, WHY.notNamed)),
  el('ed_community_college', ['卢氏社区学院', 'Lushi Community College'], ['L214', Q_SCHOOLS], '现状', { note: '加强建设' }, seatOnly('', '')),
  el('ed_wulichuan_school', ['五里川镇社区学校（省级示范校）', 'Wulichuan community school (provincial model)'], ['L214', Q_SCHOOLS], '现状', {
    note: '加强建设', kind: 'education', related: ['ucs_sub_south_wulichuan'],
  }, inTown('public-points', 'wulichuan', 'The school is in 五里川镇, as its name says (L214).')),

  el('sp_two_fields_three_halls', ['“两场三馆”', '“Two grounds, three halls” sports venues'], ['L217', '积极推动城区体育场、室外体育活动广场以及体育馆、游泳馆和全民健身综合馆“两场三馆”及健康步道建设'], '规划', { note: '积极推动' }, seatOnly('', '')),
  el('sp_trails', ['健康步道', 'Fitness trails'], ['L217', '及健康步道建设'], '规划', {}, why(G, WHY.noRoute)),
  el('sp_10min', ['10分钟健身圈', '10-minute fitness circle'], ['L217', '建好用好全民健身场地设施，打造10分钟健身圈'], '规划', { note: '打造', related: ['ind_10min_fitness'] },
    why(G, ['健身圈应由场地设施计算得出，规划未给出。', 'Fitness circles are to be computed from venues; the plan draws none.'])),
  el('cu_4g1c', ['“四馆一中心”', '“Four halls and one centre”'], ['L229', Q_4G1C], '规划', { note: '推进建设' },
    composite(G, ['cu_red_museum', 'cu_museum', 'cu_library', 'cu_culture_hall', 'cu_sports_centre'])),
  el('cu_red_museum', ['鄂豫陕革命根据地纪念馆', 'Memorial hall of the Hubei–Henan–Shaanxi base area'], ['L229', Q_4G1C], '规划', { related: ['cu_4g1c', 'red_base'] }, why(G, WHY.noSite)),
  el('cu_museum', ['博物馆', 'Museum'], ['L229', Q_4G1C], '规划', { related: ['cu_4g1c'] }, why(G, WHY.noSite)),
  el('cu_library', ['图书馆', 'Library'], ['L229', Q_4G1C], '规划', { related: ['cu_4g1c'] }, why(G, WHY.noSite)),
  el('cu_culture_hall', ['文化馆', 'Cultural centre'], ['L229', Q_4G1C], '规划', { related: ['cu_4g1c'] }, why(G, WHY.noSite)),
  el('cu_sports_centre', ['体育中心', 'Sports centre'], ['L229', Q_4G1C], '规划', {
    related: ['cu_4g1c', 'ps_wenti'], unspecified: ['是否即文体中心（L191）未说明。', 'Whether it is the 文体中心 (L191) is not stated.'],
  }, why(G, WHY.noSite)),
  el('cu_village_centres', ['乡村综合性文化服务中心', 'Village cultural service centres'], ['L229', '乡村综合性文化服务中心建设'], '规划', { see_also: ['L10'] }, why(G, WHY.notNamed)),
  el('cu_living_rooms', ['“文化客厅”“健康驿站”', 'Doorstep culture lounges and health stations'], ['L229', '打造更多群众家门口的“文化客厅”、“健康驿站”'], '规划', {}, why(G, WHY.notNamed)),
  el('cu_three_centres', ['各街镇“三中心”融合提升', 'The “three centres” in every subdistrict and town'], ['L260', '全面实现各街镇的社区党群服务中心、新时代文明实践中心、社区文化活动中心“三中心”融合提升'], '现状', {
    note: '融合提升', kind: 'community', unspecified: NO_SHT,
  }, schematic('public-points', multiPoint(SEATS.map(seat)), `One set per subdistrict and town (各街镇, L260): drawn at every known township seat (${SEAT_SOURCE}); sites not given.`)),
  el('cu_practice_sites', ['新时代文明实践站、农家书屋、村史馆等', 'Village civilisation-practice stations, libraries, history rooms'], ['L173', '依托新时代文明实践站、农家书屋、村史馆、文化活动中心等载体'], '现状', { note: '依托' }, why(G, WHY.notNamed)),

  el('so_talent_apartments', ['保障性住房人才公寓', 'Affordable talent apartments'], ['L224', '分批推进建成保障性住房人才公寓建设'], '规划', { note: '分批推进' }, why(G, WHY.noSite)),
  el('so_elderly', ['养老服务机构', 'Elderly-care institutions'], ['L224', '鼓励社会资本投资建设养老服务机构'], '规划', {}, why(G, WHY.notNamed)),
  el('so_returnee_park', ['卢氏县返乡创业园', 'Lushi returnee entrepreneurship park'], ['L210', '建设卢氏县返乡创业“一站式”综合服务平台和卢氏县返乡创业园'], '规划', { note: '建设', related: ['rr_returnee'] }, why(G, WHY.noSite)),
  el('gv_adr_centre', ['县非诉讼争议解决中心', 'County non-litigation dispute-resolution centre'], ['L289', '建立以县非诉讼争议解决中心为平台'], '规划', { note: '建立' }, why(G, WHY.noSite)),
  el('gv_legislative_points', ['基层立法联系点', 'Grassroots legislative liaison points'], ['L283', '加快实现基层立法联系点扩点提质'], '规划', { note: '扩点提质' }, why(G, WHY.notNamed)),
  el('gv_party_stations', ['党群服务站', 'Party–citizen service stations'], ['L264', '切实提升党群服务站等综合服务机构的资源链接力'], '现状', { note: '提升' }, why(G, WHY.notNamed)),
  el('em_shelters', ['应急避难场所（场馆、操场、公园叠加）', 'Emergency shelters in venues, school fields and parks'], ['L302', '在大型场馆、学校操场、绿地公园等场所叠加应急避难功能'], '规划', { note: '叠加' }, why(G, WHY.notNamed)),
  el('em_reserves', ['应急物资储备网络', 'Emergency-supply reserve network'], ['L302', '优化应急物资储备的空间布局'], '规划', { note: '优化空间布局' }, why(G, WHY.noSite)),
];
