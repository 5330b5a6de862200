import { expect, test } from 'vitest';
import { filterKnown, parseCenter, parseControls, parseLang, parseZoom } from './map-attributes';

test('valid attribute values parse', () => {
  expect(parseCenter('111.05, 34.05')).toEqual([111.05, 34.05]);
  expect(parseZoom('11')).toBe(11);
  expect(parseLang('en')).toBe('en');
  expect(parseControls('zoom,layers,legend')).toEqual(['zoom', 'layers', 'legend']);
});

test('invalid values are ignored with a warning, never thrown', () => {
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  expect(parseCenter('north', warn)).toBeUndefined();
  expect(parseCenter('111,95', warn)).toBeUndefined();
  expect(parseZoom('huge', warn)).toBeUndefined();
  expect(parseLang('fr', warn)).toBeUndefined();
  expect(parseControls('zoom,teleport', warn)).toEqual(['zoom']);
  expect(filterKnown(['a', 'x'], new Set(['a']), 'layers', warn)).toEqual(['a']);
  expect(warnings).toHaveLength(6);
  expect(warnings[0]).toMatch(/ignored center="north"/);
});
