/** UI strings of `<plan-share-dialog>`. */
export const S = {
  title: { zh: '分享 / 嵌入', en: 'Share / embed' },
  close: { zh: '关闭', en: 'Close' },
  intro: {
    zh: '以下链接和代码使用当前视图、图层和语言。',
    en: 'The link and the code below use the current view, layers and language.',
  },
  permalink: { zh: '链接', en: 'Link' },
  size: { zh: '尺寸', en: 'Size' },
  responsive: { zh: '自适应宽度（4:3）', en: 'Responsive (full width, 4:3)' },
  controls: { zh: '地图上显示', en: 'Show on the map' },
  controlLayers: { zh: '图层面板', en: 'Layer panel' },
  controlLegend: { zh: '图例', en: 'Legend' },
  iframe: { zh: 'iframe 嵌入代码', en: 'Iframe code' },
  iframeHint: { zh: '适用于只允许 iframe 的网站。', en: 'For sites that only accept iframes.' },
  script: { zh: '脚本 + 自定义元素代码', en: 'Script + custom element code' },
  scriptHint: {
    zh: '可用 CSS 变量和 ::part 定制样式，并可监听 plan-feature-click 等事件。',
    en: 'Themeable with CSS custom properties and ::part; emits plan-feature-click and other events.',
  },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制', en: 'Copied' },
  copyFailed: { zh: '无法复制，请手动选择文本复制', en: 'Could not copy; select the text and copy it yourself' },
  preview: { zh: '预览', en: 'Preview' },
  previewScaled: { zh: '（已按比例缩小）', en: '(scaled down)' },
  frameTitle: { zh: '卢氏县“十四五”规划一张图', en: 'Lushi County 14th Five-Year Plan map' },
  noMap: { zh: '地图尚未加载完成。', en: 'The map has not finished loading.' },
  keyNote: {
    zh: '天地图底图需要嵌入网站自己的密钥（basemap-key），代码中未包含您的密钥。',
    en: 'Tianditu basemaps need the embedding site’s own key (basemap-key); your key is not included.',
  },
} as const;
