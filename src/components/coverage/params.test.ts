import { describe, expect, it } from 'vitest';
import { decodeCoverageParams, DEFAULT_PARAMS, defaultParams, encodeCoverageParams, type CoverageParams } from './params';

const full = (): CoverageParams => ({
  ...defaultParams(),
  analysis: 'siting',
  facilities: [{ layer: 'public-points', kinds: ['hub', 'health'] }, { layer: 'imp-3' }],
  placed: [[111.04123, 34.05012], [111.05, 34.06]],
  mode: 'network',
  travel: 'drive',
  tier: 'custom',
  radius15: 800,
  radius: 650,
  minutes: [5, 30],
  walkKmh: 4.5,
  roads: ['transport-roads', 'structure-carriers'],
  classProperty: '等级',
  speeds: { national: 70, 国道: 60 },
  target: { layer: 'zones-five', feature: 'fz_west' },
  population: { layer: 'imp-pop', field: '人口(人)' },
  k: 3,
  candidates: 'placed',
  green: ['ecology-areas'],
  parks: ['ecology-areas', 'imp-parks'],
  greenRadius: 250,
  parkRadius: 600,
  origins: ['structure-main'],
  places: ['structure-towns'],
});

describe('coverage params (permalink)', () => {
  it('round-trips every field', () => {
    const p = full();
    const text = encodeCoverageParams(p);
    expect(decodeCoverageParams(text)).toEqual(p);
  });

  it('writes nothing for the defaults and a short string for a preset', () => {
    expect(encodeCoverageParams(defaultParams())).toBe('');
    expect(decodeCoverageParams('')).toEqual(DEFAULT_PARAMS);
    const p = { ...defaultParams(), facilities: [{ layer: 'public-points' }], target: { layer: 'zones-five' } };
    expect(encodeCoverageParams(p)).toBe('f=public-points;tg=zones-five');
  });

  it('round-trips a drawn target (coordinates rounded to 5 decimals)', () => {
    const p = { ...defaultParams(), target: { drawn: [[111.000001, 34.0], [111.01, 34.0], [111.01, 34.01]] as [number, number][] } };
    const back = decodeCoverageParams(encodeCoverageParams(p));
    expect(back.target).toEqual({ drawn: [[111, 34], [111.01, 34], [111.01, 34.01]] });
  });

  it('ignores hostile and malformed values field by field, keeping the defaults', () => {
    const hostile = [
      'a=<script>', 'f=<img onerror=x>,__proto__,ok-layer~hub~<b>', 'p=1e999_2,NaN_3', 'm=xx', 't=99', 'r15=5000', 'r=-1',
      'min=5,abc', 'w=0', 'rd=;;', 'cp=a"b', 'sp=__proto__~5,national~999,urban~40', 'tg=zones~a~b', 'pop=x~', 'k=2.5',
      'cand=zzz', 'gr=' + 'x'.repeat(200), 'pkr=Infinity', 'o=constructor', 'unknown=1',
    ].join(';');
    const p = decodeCoverageParams(hostile);
    const d = defaultParams();
    expect(p.analysis).toBe(d.analysis);
    expect(p.facilities).toEqual([{ layer: 'ok-layer', kinds: ['hub'] }]);
    expect(p.placed).toEqual([]);
    expect([p.mode, p.travel, p.tier, p.radius15, p.radius, p.walkKmh, p.k, p.candidates, p.parkRadius]).toEqual(
      [d.mode, d.travel, d.tier, d.radius15, d.radius, d.walkKmh, d.k, d.candidates, d.parkRadius]);
    expect(p.minutes).toEqual(d.minutes);
    expect(p.classProperty).toBeUndefined();
    expect(Object.getPrototypeOf(p.speeds)).toBeNull();
    expect({ ...p.speeds }).toEqual({ urban: 40 });
    expect(p.target).toEqual({});
    expect(p.population).toBeUndefined();
    expect(p.green).toEqual([]);
    expect(p.origins).toEqual([]);
  });

  it('survives non-strings, huge input and prototype tricks', () => {
    for (const bad of [undefined, null, 42, {}, [], 'x'.repeat(10_000), '=;=;;', 'a']) {
      expect(decodeCoverageParams(bad)).toEqual(DEFAULT_PARAMS);
    }
    const p = decodeCoverageParams('sp=constructor~5,toString~6');
    expect({ ...p.speeds }).toEqual({ toString: 6 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const q = decodeCoverageParams('k=1;k=19');
    expect(q.k).toBe(1);
  });

  it('keeps values in their allowed ranges', () => {
    expect(decodeCoverageParams('r15=800').radius15).toBe(800);
    expect(decodeCoverageParams('r15=799').radius15).toBe(1000);
    expect(decodeCoverageParams('k=20').k).toBe(20);
    expect(decodeCoverageParams('k=21').k).toBe(2);
    expect(decodeCoverageParams('min=30,5,5').minutes).toEqual([5, 30]);
    expect(decodeCoverageParams('p=200_34').placed).toEqual([]);
    expect(decodeCoverageParams('td=111_34,111.1_34').target).toEqual({});
  });

  it('does not write unsafe ids it was given', () => {
    const p = { ...defaultParams(), roads: ['ok', 'bad id;x=1'], target: { layer: 'a;b' } };
    const text = encodeCoverageParams(p);
    expect(text).toBe('rd=ok');
  });
});
