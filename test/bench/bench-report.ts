/**
 * Records samples inside bench cases and prints ratio tables measured in the
 * same run. Besides wall-clock time it records this process's CPU time, which
 * stays meaningful when other jobs share the machine.
 */

const samples = new Map<string, number[]>();
const notes: string[] = [];

function push(name: string, v: number): void {
  const list = samples.get(name) ?? [];
  list.push(v);
  samples.set(name, list);
}

/** Runs fn, records its wall time under `name` and its CPU time under `name:cpu`. */
export function timed<T>(name: string, fn: () => T): T {
  const c = process.cpuUsage();
  const t = performance.now();
  const out = fn();
  push(name, performance.now() - t);
  const d = process.cpuUsage(c);
  push(`${name}:cpu`, (d.user + d.system) / 1000);
  return out;
}

export function median(name: string): number {
  const s = [...(samples.get(name) ?? [])].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function note(line: string): void {
  notes.push(line);
}

export interface Row {
  what: string;
  /** Sample names given to {@link timed}. */
  oursKey: string;
  baselineKey: string;
  ours: string;
  baseline: string;
  oursMs: number;
  baselineMs: number;
  target?: string;
  extra?: string;
}

/** Prints a markdown table of medians and speed ratios. */
const fmtRatio = (x: number) => `${x >= 10 ? x.toFixed(0) : x >= 0.1 ? x.toFixed(2) : x.toPrecision(2)}×`;

export function printTable(title: string, rows: Row[]): void {
  const lines = [
    `\n### ${title}`,
    '| case | ours: median ms wall / CPU | baseline: median ms wall / CPU | speed-up (wall / CPU) | target | notes |',
    '|---|---:|---:|---:|---|---|',
    ...rows.map((r) => {
      const oc = median(`${r.oursKey}:cpu`), bc = median(`${r.baselineKey}:cpu`);
      return `| ${r.what} | ${r.oursMs.toFixed(2)} / ${oc.toFixed(2)} (${r.ours}) | ${r.baselineMs.toFixed(2)} / ${bc.toFixed(2)} (${r.baseline}) | ${fmtRatio(r.baselineMs / r.oursMs)} / ${fmtRatio(bc / oc)} | ${r.target ?? ''} | ${r.extra ?? ''} |`;
    }),
    ...notes.splice(0).map((n) => `- ${n}`),
  ];
  console.log(lines.join('\n'));
}

/** Prints absolute medians (no baseline). */
export function printTimes(title: string, rows: Array<{ what: string; key: string; target?: string }>): void {
  console.log([
    `\n### ${title}`,
    '| case | median ms wall / CPU | target |',
    '|---|---:|---|',
    ...rows.map((r) => `| ${r.what} | ${median(r.key).toFixed(1)} / ${median(`${r.key}:cpu`).toFixed(1)} | ${r.target ?? ''} |`),
    ...notes.splice(0).map((n) => `- ${n}`),
  ].join('\n'));
}
