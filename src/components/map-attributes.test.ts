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

test('the widget attributes: basemap, interactive, zoom converter, layer and group ids', async () => {
  const { expandLayers, interactiveConverter, parseBasemap, zoomConverter } = await import('./map-attributes');
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  expect(parseBasemap('osm', warn)).toBe('osm');
  expect(parseBasemap('moon', warn)).toBeUndefined();
  expect(interactiveConverter.fromAttribute('')).toBe(true);
  expect(interactiveConverter.fromAttribute(null)).toBe(true);
  expect(interactiveConverter.fromAttribute('false')).toBe(false);
  expect(interactiveConverter.fromAttribute(' No ')).toBe(false);
  expect(interactiveConverter.toAttribute(false)).toBe('false');
  expect(zoomConverter.fromAttribute('12.5')).toBe(12.5);
  const specs = [
    { id: 'zones-five', group: 'zones' },
    { id: 'zones-context', group: 'zones' },
    { id: 'structure-main', group: 'structure' },
  ];
  expect(expandLayers(['zones', 'structure-main', 'nope'], specs, warn)).toEqual(['zones-five', 'zones-context', 'structure-main']);
  expect(warnings).toEqual([expect.stringMatching(/ignored basemap="moon"/), 'ignored unknown layers: nope']);
});
