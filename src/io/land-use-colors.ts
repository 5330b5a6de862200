/**
 * The 用地用海 colour theme: the standard colours of the land and sea use
 * classes of 《国土空间调查、规划、用途管制用地用海分类指南》, as published in
 * the colour guide table 「用地用海分类配色指引表」 (附录 B of
 * 《市级国土空间总体规划制图规范（试行）》, 自然资源部 2021). The table gives
 * RGB values for 39 classes: most first-level classes, and the second-level
 * classes of residential, public service, industrial/mining, storage, road
 * and green space land.
 *
 * What is and is not here (no colour is invented):
 * - Colours: only the 39 rows of that table. We could check them against one
 *   public transcription of the table only (not against the PDF itself).
 * - First-level classes 07 居住用地, 08 公共管理与公共服务用地, 10 工矿用地 and
 *   14 绿地与开敞空间用地 have no colour of their own in the table (only their
 *   second-level classes do). Values naming just those classes stay unmatched.
 * - Second-level classes without a row of their own (水田, 乔木林地, 河流水面…)
 *   take the colour of their first-level class, the way the table's
 *   first-level rows are meant to cover them.
 * - Unmatched values get `LAND_USE_UNMATCHED`, a neutral grey that is not a
 *   class colour, and the legend says so.
 *
 * Values are matched by name (DLMC / YDYHFLMC), or by code when the field
 * holds 用地用海 codes (YDYHFLDM …). Third national land survey codes (DLBM)
 * only agree with 用地用海 codes for 01–04 (耕地, 园地, 林地, 草地), so DLBM
 * codes are matched for those classes only.
 */
import type { I18nText } from './types';

export interface LandUseClass {
  /** 用地用海 code, e.g. `01`, `0701`. */
  code: string;
  name: string;
  /** `#rrggbb` from the colour guide, or undefined when the table has no row for the class. */
  color?: string;
}

export interface LandUseMatch {
  color: string;
  /** The class whose colour was used. */
  cls: LandUseClass;
  /** `name`/`code`: the value named a class with its own colour; `parent`: a subclass took its first-level colour. */
  via: 'name' | 'code' | 'parent';
}

/** Colour of values the table does not cover (neutral, not a class colour). */
export const LAND_USE_UNMATCHED = '#a7a9ac';

export const LAND_USE_SOURCE: I18nText = {
  zh: '《国土空间调查、规划、用途管制用地用海分类指南》用地用海分类；色彩依《市级国土空间总体规划制图规范（试行）》附录B 用地用海分类配色指引表',
  en: 'Land and sea use classes of the national classification guide; colours from the colour guide table (Appendix B) of the municipal territorial spatial master plan cartography specification (trial)',
};

const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;

// [code, name, R, G, B] — the rows of the colour guide table.
const TABLE: [string, string, number, number, number][] = [
  ['01', '耕地', 245, 248, 220], ['02', '园地', 191, 233, 170], ['03', '林地', 104, 177, 103], ['04', '草地', 205, 245, 122],
  ['05', '湿地', 101, 205, 170], ['06', '农业设施建设用地', 216, 215, 159],
  ['0701', '城镇住宅用地', 255, 255, 45], ['0703', '农村宅基地', 255, 211, 128],
  ['0801', '机关团体用地', 255, 0, 255], ['0802', '科研用地', 230, 0, 92], ['0803', '文化用地', 255, 127, 0],
  ['0804', '教育用地', 255, 133, 201], ['0805', '体育用地', 0, 165, 124], ['0806', '医疗卫生用地', 255, 127, 126],
  ['0807', '社会福利用地', 255, 159, 127], ['09', '商业服务业用地', 255, 0, 0],
  ['1001', '工业用地', 187, 150, 116], ['1002', '采矿用地', 158, 108, 84], ['1003', '盐田', 0, 0, 255],
  ['11', '仓储用地', 135, 97, 211], ['1102', '储备库用地', 153, 153, 255],
  ['12', '交通运输用地', 183, 183, 183], ['1202', '公路用地', 173, 173, 173], ['1207', '城镇道路用地', 163, 163, 163],
  ['1205', '管道运输用地', 153, 153, 153], ['13', '公用设施用地', 0, 99, 128],
  ['1401', '公园绿地', 0, 255, 0], ['1402', '防护绿地', 20, 141, 74], ['1403', '广场用地', 172, 255, 207],
  ['15', '特殊用地', 133, 145, 86], ['16', '留白用地', 255, 255, 255], ['17', '陆地水域', 51, 142, 192],
  ['18', '渔业用海', 148, 213, 235], ['19', '工矿通信用海', 86, 166, 211], ['20', '交通运输用海', 108, 139, 209],
  ['21', '游憩用海', 26, 170, 230], ['22', '特殊用海', 131, 188, 214], ['23', '其他土地', 238, 238, 238], ['24', '其他海域', 214, 234, 243],
];

/** First-level classes the table gives no colour of their own. */
const UNCOLOURED_FIRST_LEVEL: [string, string][] = [['07', '居住用地'], ['08', '公共管理与公共服务用地'], ['10', '工矿用地'], ['14', '绿地与开敞空间用地']];

/** Second-level class names (also used by the third land survey) → their first-level code. */
const SUBCLASSES: Record<string, string[]> = {
  '01': ['水田', '水浇地', '旱地'],
  '02': ['果园', '茶园', '橡胶园', '其他园地'],
  '03': ['乔木林地', '竹林地', '灌木林地', '其他林地'],
  '04': ['天然牧草地', '人工牧草地', '其他草地'],
  '05': ['森林沼泽', '灌丛沼泽', '沼泽草地', '其他沼泽地', '沿海滩涂', '内陆滩涂', '红树林地'],
  '06': ['乡村道路用地', '种植设施建设用地', '畜禽养殖设施建设用地', '水产养殖设施建设用地'],
  '09': ['商业用地', '商务金融用地', '娱乐用地', '其他商业服务业用地'],
  '11': ['物流仓储用地'],
  '12': ['铁路用地', '机场用地', '港口码头用地', '城市轨道交通用地', '交通场站用地', '其他交通设施用地'],
  '13': ['供水用地', '排水用地', '供电用地', '供燃气用地', '供热用地', '通信用地', '邮政用地', '广播电视设施用地', '环卫用地', '消防用地', '水工设施用地', '其他公用设施用地'],
  '15': ['军事设施用地', '使领馆用地', '宗教用地', '文物古迹用地', '监教场所用地', '殡葬用地', '其他特殊用地'],
  '17': ['河流水面', '湖泊水面', '水库水面', '坑塘水面', '沟渠', '冰川及常年积雪'],
  '23': ['空闲地', '田坎', '田间道', '盐碱地', '沙地', '裸土地', '裸岩石砾地'],
};

/** Every class with a colour in the table, in table order. */
export const LAND_USE_CLASSES: readonly LandUseClass[] = TABLE.map(([code, name, r, g, b]) => ({ code, name, color: hex(r, g, b) }));

const byCode = new Map<string, LandUseClass>(LAND_USE_CLASSES.map((c) => [c.code, c]));
const byName = new Map<string, LandUseClass>(LAND_USE_CLASSES.map((c) => [c.name, c]));
byName.set('盐田用地', byCode.get('1003')!);
for (const [code, name] of UNCOLOURED_FIRST_LEVEL) byName.set(name, { code, name });
const parentOfName = new Map<string, string>(Object.entries(SUBCLASSES).flatMap(([code, names]) => names.map((n) => [n, code] as [string, string])));

const normalise = (v: string) => v.normalize('NFKC').replace(/\s+/g, '');

/** How a field holds classes: 用地用海 codes, third-survey codes, or names. */
export function landFieldKind(field: string | undefined): 'ydyh-code' | 'survey-code' | 'name' {
  const f = (field ?? '').toUpperCase();
  if (/^YDYHFL(DM|BM)$|用地用海分类(代码|编码)?$/.test(f)) return 'ydyh-code';
  if (/^DLBM$|地类编码/.test(f)) return 'survey-code';
  return 'name';
}

function matchCode(code: string, kind: 'ydyh-code' | 'survey-code' | 'name'): LandUseMatch | null {
  if (kind === 'name' || !/^\d{2}(\d{2})?$/.test(code)) return null;
  const first = code.slice(0, 2);
  if (kind === 'survey-code' && !['01', '02', '03', '04'].includes(first)) return null;
  const own = kind === 'ydyh-code' ? byCode.get(code) : undefined;
  if (own?.color) return { color: own.color, cls: own, via: 'code' };
  const parent = byCode.get(first);
  return parent?.color ? { color: parent.color, cls: parent, via: code.length === 2 ? 'code' : 'parent' } : null;
}

/**
 * The theme colour of one land-class value, or null when the table does not cover it.
 * @example landUseColor('旱地')?.color // '#f5f8dc' (耕地)
 * @example landUseColor('0701', { field: 'YDYHFLDM' })?.cls.name // '城镇住宅用地'
 */
export function landUseColor(value: unknown, opts: { field?: string } = {}): LandUseMatch | null {
  if (value === null || value === undefined) return null;
  const v = normalise(String(value));
  if (!v) return null;
  const kind = landFieldKind(opts.field);
  // A code field may still hold "0103 旱地"-style values: try the code part, then the name part.
  const codePart = /^(\d{2,4})/.exec(v)?.[1];
  if (codePart) {
    const m = matchCode(codePart, kind === 'name' ? 'name' : kind);
    if (m) return m;
  }
  const name = v.replace(/^\d+[\s\-_:：]*/, '');
  const own = byName.get(name);
  if (own?.color) return { color: own.color, cls: own, via: 'name' };
  const parentCode = parentOfName.get(name);
  const parent = parentCode ? byCode.get(parentCode) : undefined;
  if (parent?.color) return { color: parent.color, cls: parent, via: 'parent' };
  return null;
}

/** Colours for the distinct values of a land-class field, ready for a categorical style. */
export interface LandUseThemeResult {
  values: Record<string, string>;
  matched: { value: string; cls: LandUseClass; via: LandUseMatch['via'] }[];
  unmatched: string[];
}

/**
 * Theme colours for every distinct value (unmatched ones are listed, not coloured).
 * @example landUseTheme(['旱地', '乔木林地', 'X'], 'DLMC').unmatched // ['X']
 */
export function landUseTheme(values: Iterable<unknown>, field?: string): LandUseThemeResult {
  const out: LandUseThemeResult = { values: {}, matched: [], unmatched: [] };
  const seen = new Set<string>();
  for (const raw of values) {
    if (raw === null || raw === undefined) continue;
    const value = String(raw);
    if (seen.has(value)) continue;
    seen.add(value);
    const m = landUseColor(value, { field });
    if (m) {
      out.values[value] = m.color;
      out.matched.push({ value, cls: m.cls, via: m.via });
    } else out.unmatched.push(value);
  }
  return out;
}
