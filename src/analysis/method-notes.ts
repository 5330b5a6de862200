/** The method notes printed under each result: what was measured, how, and the limits. */
import type { MethodNote } from './run-options.js';

const AREA_NOTE: MethodNote = {
  zh: '面积为 CGCS2000（GRS80）椭球面上的测地面积。',
  en: 'Areas are geodesic, on the CGCS2000 (GRS80) ellipsoid.',
};

export function join(...notes: Array<MethodNote | null | undefined | false>): MethodNote {
  const ok = notes.filter((n): n is MethodNote => !!n);
  return { zh: ok.map((n) => n.zh).join(''), en: ok.map((n) => n.en).join(' ') };
}

export function straightLineNote(radius: number, steps: number, polygonFacilities: boolean): MethodNote {
  const err = (radius * (1 - Math.cos(Math.PI / steps))).toFixed(1);
  return join(
    {
      zh: `直线距离覆盖：以每处设施${polygonFacilities ? '（面状设施自其边界起算）' : ''}为中心、半径 ${radius} 米（椭球面测地距离）的范围合并后与目标范围求交；圆以 ${steps} 边形表示，边界误差不超过 ${err} 米。未考虑道路、河流、山体等阻隔，实际步行距离更长，覆盖率偏高。`,
      en: `Straight-line coverage: the union of all areas within ${radius} m (geodesic distance) of a facility${polygonFacilities ? ' (polygon facilities measured from their edge)' : ''}, intersected with the target; circles are ${steps}-gons, within ${err} m of the true circle. Roads, rivers and terrain are ignored, so real walking distances are longer and coverage is overstated.`,
    },
    AREA_NOTE,
  );
}

export function networkNote(mode: 'walk' | 'drive', minutes: number[], walkKmh: number, accessMetres: number, cellMetres: number): MethodNote {
  const how = mode === 'walk'
    ? { zh: `按步行速度 ${walkKmh} 公里/小时`, en: `at a walking speed of ${walkKmh} km/h` }
    : { zh: '按各等级道路设计车速', en: 'at the design speed of each road class' };
  const iso = cellMetres > 0;
  return join(
    {
      zh: `${iso ? `路网覆盖（等时圈 ${minutes.join('/')} 分钟）` : `路网可达性（${minutes.join('/')} 分钟）`}：起点吸附到最近道路，沿路网${how.zh}用${iso ? '多源' : ''}最短路计算时间；道路外以步行计，最多 ${accessMetres} 米${iso ? `；等时圈由 ${cellMetres} 米网格插值得到` : ''}。结果取决于路网的完整性：规划道路多为示意走向，缺少支路时覆盖率偏低。`,
      en: `${iso ? `Network coverage (isochrones ${minutes.join('/')} min)` : `Network reachability (${minutes.join('/')} min)`}: starts are snapped to the nearest road and travel time is found by ${iso ? 'multi-source ' : ''}shortest paths ${how.en}; off-road access is on foot, up to ${accessMetres} m${iso ? `; isochrones are contoured from a ${cellMetres} m grid` : ''}. Results depend on how complete the road layer is: planned roads are mostly schematic, and missing local streets understate coverage.`,
    },
    AREA_NOTE,
  );
}

export function weightingNote(population: boolean, property?: string): MethodNote {
  return population
    ? {
        zh: `人口加权：按人口图层的“${property}”字段统计覆盖人口，网格人口按面积比例分配。`,
        en: `Population-weighted: covered people are summed from the population layer's "${property}" field; grid cells are split by area.`,
      }
    : { zh: '未提供人口图层，覆盖率按面积计算。', en: 'No population layer was given, so coverage is by area.' };
}

export function schematicNote(count: number): MethodNote | null {
  if (count === 0) return null;
  return {
    zh: `注意：${count} 个输入要素为示意位置，结果仅表示规划意图，不代表实际覆盖。`,
    en: `Note: ${count} input feature(s) have schematic positions; the result shows planning intent, not actual coverage.`,
  };
}

export function unsnappedNote(count: number): MethodNote | null {
  if (count === 0) return null;
  return {
    zh: `有 ${count} 处设施距道路过远，未计入路网覆盖。`,
    en: `${count} facility(ies) lie too far from any road and were left out of the network coverage.`,
  };
}
