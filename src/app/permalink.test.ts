import { describe, expect, test } from 'vitest';
import { isId, parsePermalink, serializePermalink, type PermalinkState } from './permalink';

const known = {
  layers: new Set(['structure-main', 'zones-five', 'transport-roads']),
  element: (id: string) => ['ucs_sub_south_wulichuan', 'tour_core8'].includes(id),
  basemaps: new Set(['offline', 'osm', 'tianditu-vec']),
};

describe('permalink round trip', () => {
  test('a full state survives serialise → parse', () => {
    const s: PermalinkState = {
      view: { center: [111.04321, 34.05432], zoom: 10.25, bearing: -12.5 },
      layers: ['structure-main', 'zones-five'],
      opacity: new Map([['zones-five', 0.4]]),
      selected: 'ucs_sub_south_wulichuan',
      compare: 'side',
      lang: 'en',
      basemap: 'osm',
      statuses: ['现状', '在建'],
      accuracies: ['approximate'],
    };
    const hash = serializePermalink(s);
    expect(hash).toContain('map=10.25/34.05432/111.04321/-12.5');
    const back = parsePermalink(`#${hash}`, known);
    expect(back).toEqual(s);
  });

  test('an empty visible-layer list is kept (all layers off), absent means "defaults"', () => {
    expect(parsePermalink('#layers=', known).layers).toEqual([]);
    expect(parsePermalink('#lang=zh', known).layers).toBeUndefined();
  });

  test('full opacity and the full filter are not written', () => {
    const hash = serializePermalink({ opacity: new Map([['zones-five', 1]]), statuses: ['现状', '规划', '在建', '改扩建', '前期'] });
    expect(hash).toBe('');
  });

  test('Chinese status values are encoded in the URL and decoded back', () => {
    const hash = serializePermalink({ statuses: ['规划'] });
    expect(hash).toBe(`st=${encodeURIComponent('规划')}`);
    expect(parsePermalink(hash).statuses).toEqual(['规划']);
  });
});

describe('hostile and broken values are ignored, field by field', () => {
  test('NaN, Infinity, huge and out-of-range view values drop the view only', () => {
    for (const map of ['NaN/34/111/0', '10/Infinity/111/0', '10/34/1e999/0', '99/34/111/0', '10/91/111/0', '10/34/181/0', '10/34/111/9999', '10/34', '10/0x22/111/0', '1e1/34/111/0']) {
      const s = parsePermalink(`#map=${map}&lang=en`, known);
      expect(s.view, map).toBeUndefined();
      expect(s.lang).toBe('en');
    }
  });

  test('unknown layer ids, script tags and prototype keys are dropped', () => {
    const s = parsePermalink(
      `#layers=structure-main,nope,<script>alert(1)</script>,__proto__,constructor&op=__proto__:50,zones-five:30,zones-five:abc,structure-main:500`,
      known,
    );
    expect(s.layers).toEqual(['structure-main']);
    expect([...(s.opacity ?? [])]).toEqual([['zones-five', 0.3]]);
    // Nothing valid at all: the list is ignored, not turned into "hide everything".
    expect(parsePermalink('#layers=nope,<b>', known).layers).toBeUndefined();
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('selection must be a known element; markup and very long strings are not', () => {
    expect(parsePermalink('#sel=ucs_sub_south_wulichuan', known).selected).toBe('ucs_sub_south_wulichuan');
    expect(parsePermalink('#sel=unknown_id', known).selected).toBeUndefined();
    expect(parsePermalink(`#sel=${encodeURIComponent('<img src=x onerror=alert(1)>')}`).selected).toBeUndefined();
    expect(parsePermalink(`#sel=${'a'.repeat(5000)}`).selected).toBeUndefined();
    expect(parsePermalink(`#lang=en&x=${'a'.repeat(20000)}`).lang).toBeUndefined();
  });

  test('compare, lang and basemap accept only their own values', () => {
    const s = parsePermalink('#cmp=explode&lang=fr&bm=javascript:alert(1)', known);
    expect(s).toEqual({});
    expect(parsePermalink('#cmp=swipe&lang=zh&bm=osm', known)).toEqual({ compare: 'swipe', lang: 'zh', basemap: 'osm' });
    expect(parsePermalink('#bm=unknown', known).basemap).toBeUndefined();
  });

  test('statuses and accuracies outside the spec are dropped', () => {
    const s = parsePermalink(`#st=${encodeURIComponent('规划,假的,<b>')}&acc=schematic,exact`);
    expect(s.statuses).toEqual(['规划']);
    expect(s.accuracies).toEqual(['schematic']);
    expect(parsePermalink(`#st=${encodeURIComponent('<b>')}&acc=exact`)).toEqual({});
    expect(parsePermalink('#st=&acc=')).toEqual({ statuses: [], accuracies: [] });
  });

  test('garbage does not throw', () => {
    for (const h of ['', '#', '#%', '#%E0%A4%A', '#&&&==&', '?map=1/2/3', '#map=//////', `#${'%'.repeat(100)}`]) {
      expect(() => parsePermalink(h, known)).not.toThrow();
    }
    expect(parsePermalink(undefined as unknown as string)).toEqual({});
  });

  test('isId', () => {
    expect(isId('ucs_sub_south')).toBe(true);
    expect(isId('a b')).toBe(false);
    expect(isId('__proto__')).toBe(false);
    expect(isId('')).toBe(false);
  });
});

describe('coverage parameters', () => {
  test('the coverage panel string survives the round trip, encoded', () => {
    const cov = 'a=life;t=15min;f=public-points~health,education';
    const hash = serializePermalink({ coverage: cov });
    expect(hash).not.toContain(';');
    expect(parsePermalink(`#${hash}`).coverage).toBe(cov);
  });
  test('an over-long coverage value is dropped', () => {
    expect(parsePermalink(`#cov=${'x'.repeat(5000)}`).coverage).toBeUndefined();
  });
});
