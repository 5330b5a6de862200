/** UI strings of `<plan-compare>`. */
export const S = {
  region: { zh: '图层对比', en: 'Layer comparison' },
  left: { zh: '现状', en: 'Existing' },
  right: { zh: '规划', en: 'Planned' },
  divider: { zh: '卷帘分隔线位置', en: 'Swipe divider position' },
  dividerText: { zh: '左侧 {p}%', en: '{p}% left' },
  mode: { zh: '对比方式', en: 'Compare mode' },
  swipe: { zh: '卷帘', en: 'Swipe' },
  side: { zh: '并排', en: 'Side by side' },
  close: { zh: '退出对比', en: 'Close comparison' },
  leftMap: { zh: '左侧地图：{label}', en: 'Left map: {label}' },
  rightMap: { zh: '右侧地图：{label}', en: 'Right map: {label}' },
} satisfies Record<string, { zh: string; en: string }>;
