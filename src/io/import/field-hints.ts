/**
 * Attribute hints for styling imported layers: the land-class field that
 * makes the 用地用海 colour theme applicable. Chinese land survey data
 * names it YDYHFLMC/YDYHFLDM (国土空间用地用海分类, 2023) or DLMC/DLBM
 * (三调地类), sometimes in Chinese.
 */

// Strongest first: names (MC) before codes (DM/BM), the 2023 classification before the survey one.
const LAND_CLASS_FIELDS = ['YDYHFLMC', 'YDYHFLDM', 'YDYHFLBM', 'DLMC', 'DLBM', 'GHDLMC', 'GHDLBM', 'YDXZ', 'YDLX', '用地用海分类', '用地用海分类名称', '地类名称', '地类编码', '用地性质', '用地分类', '规划用途'];

/**
 * The attribute holding land classes, or undefined.
 * @example landClassField(['BSM', 'DLBM', 'DLMC']) // 'DLMC'
 */
export function landClassField(fields: string[]): string | undefined {
  const byUpper = new Map(fields.map((f) => [f.toUpperCase(), f]));
  for (const name of LAND_CLASS_FIELDS) {
    const hit = byUpper.get(name.toUpperCase());
    if (hit) return hit;
  }
  return undefined;
}
