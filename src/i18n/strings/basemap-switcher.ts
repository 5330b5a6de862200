/** UI strings of `<plan-basemap-switcher>`. */
export const S = {
  title: { zh: '底图', en: 'Basemap' },
  online: { zh: '联网', en: 'online' },
  onlineNote: { zh: '在线底图从互联网加载瓦片；默认的离线底图不需要网络。', en: 'Online basemaps load tiles from the internet; the default offline basemap needs no network.' },
  key: { zh: '天地图密钥（tk）', en: 'Tianditu key (tk)' },
  keyHelp: { zh: '在天地图开发者网站申请“浏览器端”密钥。', en: 'Get a browser key from the Tianditu developer site.' },
  remember: { zh: '在本设备上记住密钥', en: 'Remember the key on this device' },
  use: { zh: '使用此底图', en: 'Use this basemap' },
  needKey: { zh: '请先填写天地图密钥。', en: 'Enter a Tianditu key first.' },
  fellBack: { zh: '所选底图无法使用（缺少密钥），已显示离线底图。', en: 'The chosen basemap could not be used (no key); showing the offline basemap.' },
  review: {
    zh: '审图号：在中国大陆公开发布或印刷地图，须使用经审核的底图并标注审图号。离线底图为示意，非测绘成果，不宜直接公开出版。',
    en: 'Map approval number (审图号): maps published or printed in mainland China must use an approved basemap and show its approval number. The offline basemap is a sketch, not a surveyed map, and should not be published as is.',
  },
} as const;
