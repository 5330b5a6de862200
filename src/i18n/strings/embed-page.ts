/** UI strings of embed.html. */
export const S = {
  openFullMap: { zh: '在完整地图中查看 ↗', en: 'Open the full map ↗' },
};
