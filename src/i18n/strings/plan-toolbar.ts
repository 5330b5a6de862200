/** UI strings of `<plan-toolbar>`. */
export const S = {
  label: { zh: '地图工具', en: 'Map tools' },
  distance: { zh: '测距', en: 'Distance' },
  distanceHint: { zh: '量测距离（椭球面）', en: 'Measure distance (on the ellipsoid)' },
  area: { zh: '测面', en: 'Area' },
  areaHint: { zh: '量测面积（椭球面）', en: 'Measure area (on the ellipsoid)' },
  compare: { zh: '对比', en: 'Compare' },
  compareHint: { zh: '对比两组图层（现状 / 规划）', en: 'Compare two layer sets (existing / planned)' },
  compareMode: { zh: '对比方式', en: 'Compare mode' },
  swipe: { zh: '卷帘', en: 'Swipe' },
  side: { zh: '并排', en: 'Side by side' },
  print: { zh: '打印/导出', en: 'Print / export' },
  printHint: { zh: '导出带图廓要素的 PNG 或打印', en: 'Export a PNG with map furniture, or print' },
} satisfies Record<string, { zh: string; en: string }>;
