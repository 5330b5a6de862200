/**
 * A coverage outcome as table rows, chart bars and CSV rows. Pure: the
 * panel renders these, the CSV export writes them.
 */
import type { CoverageOutcome } from '../../analysis-worker/coverage-protocol';
import { convertArea } from '../../analysis/index';
import { pick, type Lang } from '../../i18n/lang';
import type { CsvColumn } from '../../io/index';

export type RowSection = 'level' | 'type' | 'all' | 'gap';

export interface ResultRow {
  key: string;
  section: RowSection;
  label: string;
  /** Facilities of this type (type rows). */
  count: number | null;
  coveredArea: number;
  gapArea: number;
  share: number;
  population: number | null;
  populationTotal: number | null;
  populationShare: number | null;
}

const ALL_TYPES = { zh: '全部类型同时覆盖', en: 'All types at once' };

/** Levels (tier, minutes, green/park, before/after), then per-type rows and the all-types row. */
export function resultRows(o: CoverageOutcome, lang: Lang): ResultRow[] {
  const pop = (p: CoverageOutcome['levels'][number]['population']) => ({
    population: p ? p.covered : null,
    populationTotal: p ? p.total : null,
    populationShare: p ? p.share : null,
  });
  const rows: ResultRow[] = o.levels.map((l) => ({
    key: `level:${l.key}`, section: 'level', label: pick(l.label, lang), count: null,
    coveredArea: l.coveredArea, gapArea: l.gapArea, share: l.share, ...pop(l.population),
  }));
  for (const t of o.types) {
    rows.push({ key: `type:${t.type}`, section: 'type', label: t.type, count: t.count, coveredArea: t.coveredArea, gapArea: t.gapArea, share: t.share, ...pop(t.population) });
  }
  if (o.allTypes && o.types.length) {
    const a = o.allTypes;
    rows.push({ key: 'all', section: 'all', label: pick(ALL_TYPES, lang), count: null, coveredArea: a.coveredArea, gapArea: a.gapArea, share: a.share, ...pop(a.population) });
  }
  return rows;
}

/** The headline share: population share when weighted, else area share, of the drawn level. */
export function headline(o: CoverageOutcome): { share: number; by: 'area' | 'population' | 'places' } {
  if (o.kind === 'reach') {
    const l = o.levels[o.levels.length - 1];
    return { share: l?.share ?? 0, by: 'places' };
  }
  // Green: both checks at once; siting: after the new sites; network: the longest time.
  const l = o.kind === 'green' ? o.levels.find((x) => x.key === 'both') : o.levels[o.levels.length - 1];
  if (!l) return { share: 0, by: 'area' };
  return l.population ? { share: l.population.share, by: 'population' } : { share: l.share, by: 'area' };
}

export interface Bar {
  label: string;
  share: number;
  section: RowSection;
}

/** Share per level and per type, for the bar chart (population share when weighted). */
export function chartBars(o: CoverageOutcome, lang: Lang): Bar[] {
  return resultRows(o, lang).map((r) => ({ label: r.label, share: r.populationShare ?? r.share, section: r.section }));
}

const SECTION: Record<RowSection, { zh: string; en: string }> = {
  level: { zh: '覆盖', en: 'coverage' },
  type: { zh: '设施类型', en: 'facility type' },
  all: { zh: '全部类型', en: 'all types' },
  gap: { zh: '缺口', en: 'gap' },
};

const col = (key: string, zh: string, en: string, lang: Lang): CsvColumn => ({ key, title: lang === 'zh' ? zh : en });

/** Rows and columns of the CSV export: every area in m², 公顷, 亩 and km²; gaps ranked; reach as origin × place. */
export function csvTable(o: CoverageOutcome, lang: Lang): { rows: Record<string, unknown>[]; columns: CsvColumn[] } {
  if (o.kind === 'reach' && o.reach) {
    const mins = o.reach.minutes;
    return {
      rows: o.reach.rows.map((r) => ({
        origin: r.origin, place: r.place, minutes: r.minutes === null ? null : Math.round(r.minutes * 10) / 10,
        ...Object.fromEntries(mins.map((m) => [`within_${m}`, r.within[String(m)] ? 1 : 0])),
      })),
      columns: [
        col('origin', '出发地', 'Origin', lang), col('place', '地点', 'Place', lang), col('minutes', '驾车时间（分钟）', 'Drive time (min)', lang),
        ...mins.map((m) => col(`within_${m}`, `${m}分钟内`, `Within ${m} min`, lang)),
      ],
    };
  }
  const areas = (prefix: string, m2: number) => ({
    [`${prefix}_m2`]: Math.round(m2 * 100) / 100,
    [`${prefix}_ha`]: Number(convertArea(m2, 'm2', 'ha').toFixed(4)),
    [`${prefix}_mu`]: Number(convertArea(m2, 'm2', 'mu').toFixed(2)),
    [`${prefix}_km2`]: Number(convertArea(m2, 'm2', 'km2').toFixed(6)),
  });
  const rows: Record<string, unknown>[] = resultRows(o, lang).map((r) => ({
    section: pick(SECTION[r.section], lang), item: r.label, count: r.count,
    ...areas('covered', r.coveredArea), share: Number(r.share.toFixed(6)), ...areas('gap', r.gapArea),
    ...areas('target', o.targetArea),
    population: r.population, population_total: r.populationTotal, population_share: r.populationShare === null ? null : Number(r.populationShare.toFixed(6)),
  }));
  for (const g of o.gaps.features) {
    rows.push({ section: pick(SECTION.gap, lang), item: `${pick(SECTION.gap, lang)} ${g.properties.rank}`, count: null, ...areas('gap', g.properties.area_m2) });
  }
  const unit = (k: string, zh: string, en: string) => [
    col(`${k}_m2`, `${zh}（平方米）`, `${en} (m²)`, lang), col(`${k}_ha`, `${zh}（公顷）`, `${en} (ha)`, lang),
    col(`${k}_mu`, `${zh}（亩）`, `${en} (mu)`, lang), col(`${k}_km2`, `${zh}（平方公里）`, `${en} (km²)`, lang),
  ];
  return {
    rows,
    columns: [
      col('section', '类别', 'Section', lang), col('item', '项目', 'Item', lang), col('count', '设施数', 'Facilities', lang),
      ...unit('covered', '覆盖面积', 'Covered area'), col('share', '覆盖率', 'Share covered', lang), ...unit('gap', '缺口面积', 'Gap area'),
      ...unit('target', '目标面积', 'Target area'),
      col('population', '覆盖人口', 'Population covered', lang), col('population_total', '人口总数', 'Population total', lang),
      col('population_share', '人口覆盖率', 'Population share', lang),
    ],
  };
}
