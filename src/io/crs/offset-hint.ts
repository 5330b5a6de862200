/**
 * GCJ-02 / BD-09 hints. The offset of these systems varies smoothly by a few
 * hundred metres, so coordinates alone cannot reveal it (a GCJ-02 point is a
 * perfectly plausible WGS84 point a little further along). What can be seen
 * is where the data came from: Amap/Baidu field names, API-style columns,
 * document names. This returns a hint for the UI to ask the user; it never
 * converts anything by itself.
 */
import type { OffsetHint } from '../types';

const BAIDU = [/baidu/i, /百度/, /\bbd[-_]?09/i, /\bbmap/i, /bd_?(lng|lat|lon|x|y)\b/i];
const GCJ = [/gcj[-_]?0?2/i, /\bamap\b/i, /gaode/i, /高德/, /autonavi/i, /腾讯/, /tencent/i, /火星/];
// Field names of Amap's POI search API output.
const AMAP_POI_FIELDS = ['adcode', 'citycode', 'typecode', 'pname', 'cityname', 'adname', 'business_area', 'navi_poiid'];

/** Looks at attribute names and free texts (document names, descriptions) for Amap / Baidu traces. */
export function offsetHintFrom(fieldNames: string[], texts: string[] = []): OffsetHint | undefined {
  const all = [...fieldNames, ...texts];
  const baidu = all.filter((s) => BAIDU.some((re) => re.test(s)));
  if (baidu.length) {
    return {
      suspected: 'BD09',
      evidence: baidu.slice(0, 5),
      reason: {
        zh: `数据似乎来自百度地图（${baidu.slice(0, 3).join('、')}），坐标可能是 BD-09 偏移坐标。无法仅凭坐标判断，请确认后选择“从 BD-09 转换”。`,
        en: `The data seems to come from Baidu Maps (${baidu.slice(0, 3).join(', ')}); coordinates may be BD-09 offset. Coordinates alone cannot tell; confirm and choose "convert from BD-09".`,
      },
    };
  }
  const lower = new Set(fieldNames.map((f) => f.toLowerCase()));
  const poi = AMAP_POI_FIELDS.filter((f) => lower.has(f));
  const gcj = [...all.filter((s) => GCJ.some((re) => re.test(s))), ...(poi.length >= 2 ? poi : [])];
  if (gcj.length) {
    return {
      suspected: 'GCJ02',
      evidence: gcj.slice(0, 5),
      reason: {
        zh: `数据似乎来自高德/腾讯地图（${gcj.slice(0, 3).join('、')}），坐标可能是 GCJ-02 偏移坐标（偏差约数百米）。无法仅凭坐标判断，请确认后选择“从 GCJ-02 转换”。`,
        en: `The data seems to come from Amap/Tencent (${gcj.slice(0, 3).join(', ')}); coordinates may be GCJ-02 offset (by a few hundred metres). Coordinates alone cannot tell; confirm and choose "convert from GCJ-02".`,
      },
    };
  }
  return undefined;
}
