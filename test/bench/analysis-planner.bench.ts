/**
 * The planner's question end to end: "what share of the county seat is inside
 * a 15-minute life circle, where are the gaps, and where should the next two
 * facilities go" — 40 facilities on the synthetic county-seat fixture.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { bench, describe } from 'vitest';
import { straightLineCoverage, suggestSites } from '../../src/analysis/index.js';
import { median, note, printTimes, timed } from './bench-report.js';

const target = JSON.parse(readFileSync(new URL('../fixtures/analysis/in/target.geojson', import.meta.url), 'utf8')) as FeatureCollection;
const population = JSON.parse(readFileSync(new URL('../fixtures/analysis/in/population-grid.geojson', import.meta.url), 'utf8')) as FeatureCollection;
let seed = 21;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
const facilities: FeatureCollection = {
  type: 'FeatureCollection',
  features: Array.from({ length: 40 }, () => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [111.0 + 0.09 * rnd(), 34.02 + 0.06 * rnd()] } })),
};
let summary = '';

describe('planner question: 15-minute coverage, gaps, next two sites', () => {
  bench('coverage + gaps + population (straightLineCoverage)', () => {
    timed('planner-coverage', () => straightLineCoverage(facilities, target, { tier: '15min', population }));
  }, { time: 1500 });
  bench('two new sites, with exact coverage before/after (suggestSites)', () => {
    const r = timed('planner-siting', () => suggestSites(facilities, target, { k: 2, tier: '15min' }));
    summary = `coverage ${(r.before.share * 100).toFixed(1)} % → ${(r.after.share * 100).toFixed(1)} % with 2 new sites`;
  }, { time: 1500, teardown: (_t, mode) => { if (mode === 'run') report(); } });
});

function report(): void {
  note(summary);
  note(`answer time = coverage + siting ≈ ${(median('planner-coverage') + median('planner-siting')).toFixed(0)} ms wall, ${(median('planner-coverage:cpu') + median('planner-siting:cpu')).toFixed(0)} ms CPU (target: a few seconds in the browser)`);
  printTimes('Planner question (40 facilities, 44 km² target)', [
    { what: '15-min coverage + gaps + covered population', key: 'planner-coverage' },
    { what: 'next two sites + exact coverage before/after', key: 'planner-siting', target: 'both together: a few seconds' },
  ]);
}
