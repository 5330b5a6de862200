/** UI strings of `<plan-crs-picker>`. */
export const S = {
  label: { zh: '坐标系', en: 'Coordinate system' },
  search: { zh: '搜索坐标系（代码、名称、中央经线）', en: 'Search (code, name, central meridian)' },
  auto: { zh: '自动识别', en: 'Detect automatically' },
  autoDetected: { zh: '自动识别（检测到 {id}，来源：{source}）', en: 'Detect automatically (found {id}, from {source})' },
  suggested: { zh: '建议', en: 'Suggested' },
  geographic: { zh: '地理坐标（经纬度）', en: 'Geographic (lon/lat)' },
  cgcs3: { zh: 'CGCS2000 高斯-克吕格 3度带', en: 'CGCS2000 Gauss-Kruger 3-degree' },
  cgcs6: { zh: 'CGCS2000 高斯-克吕格 6度带', en: 'CGCS2000 Gauss-Kruger 6-degree' },
  xian: { zh: '西安1980 高斯-克吕格（近似转换）', en: "Xi'an 1980 Gauss-Kruger (approximate)" },
  beijing: { zh: '北京1954 高斯-克吕格（近似转换）', en: 'Beijing 1954 Gauss-Kruger (approximate)' },
  other: { zh: '其他', en: 'Other' },
  offset: { zh: '互联网地图偏移坐标', en: 'Web map offset coordinates' },
  noMatch: { zh: '没有匹配的坐标系', en: 'No matching coordinate system' },
  count: { zh: '{n} 个坐标系', en: '{n} coordinate systems' },
  gcjNote: {
    zh: 'GCJ-02 是高德、腾讯地图使用的加密偏移坐标（与真实位置差几百米）；导入时会用 gcoord 纠偏为 WGS 84。无法从坐标本身判断数据是否偏移，请按数据来源选择。',
    en: 'GCJ-02 is the offset ("encrypted") coordinate system of Amap and Tencent Maps (a few hundred metres off); imports are converted to WGS 84 with gcoord. Coordinates alone cannot tell whether data is offset: choose by where the data came from.',
  },
  bdNote: {
    zh: 'BD-09 是百度地图在 GCJ-02 之上再次偏移的坐标；导入时会用 gcoord 纠偏为 WGS 84。',
    en: 'BD-09 is Baidu Maps’ coordinate system, offset again on top of GCJ-02; imports are converted to WGS 84 with gcoord.',
  },
  approxNote: {
    zh: '西安1980 / 北京1954 到 WGS 84 的转换只是近似的（误差可达数十米）。',
    en: "Xi'an 1980 / Beijing 1954 to WGS 84 is only approximate (errors of tens of metres).",
  },
} as const;

/** Where a detected CRS came from (`CrsSource` values). */
export const CRS_SOURCE = {
  option: { zh: '手动选择', en: 'chosen by hand' },
  'prj-authority': { zh: '.prj 文件（EPSG 代码）', en: '.prj file (EPSG code)' },
  'prj-parameters': { zh: '.prj 文件（按投影参数匹配）', en: '.prj file (matched by parameters)' },
  'prj-proj4': { zh: '.prj 文件（proj4 定义）', en: '.prj file (proj4 definition)' },
  'geojson-crs': { zh: 'GeoJSON 的 crs 成员', en: 'the GeoJSON crs member' },
  'flatgeobuf-header': { zh: 'FlatGeobuf 文件头', en: 'the FlatGeobuf header' },
  'format-default': { zh: '格式默认（WGS 84）', en: 'format default (WGS 84)' },
  'assumed-wgs84': { zh: '未说明，按经纬度推断为 WGS 84', en: 'not stated; degrees read as WGS 84' },
  'response-header': { zh: '服务响应头（Content-Crs）', en: 'the service response (Content-Crs)' },
} as const;
