import { expect, test } from 'vitest';
import { embedAttributes } from './embed-params';
import { SIZE_PRESETS, compactLayers, embedPageUrl, escapeAttr, iframeSnippet, scriptSnippet, type EmbedView } from './share-snippets';

const view: EmbedView = { center: [111.0512345678, 34.0498765], zoom: 11.23456, layers: ['structure', 'zones-five'], lang: 'en', controls: ['zoom', 'legend'] };
const size = (id: string) => SIZE_PRESETS.find((s) => s.id === id)!;

test('the embed URL carries the view with the attribute names, rounded and readable', () => {
  const url = embedPageUrl('https://maps.example/plan/embed.html', view);
  expect(url).toBe('https://maps.example/plan/embed.html?layers=structure,zones-five&center=111.05123,34.04988&zoom=11.23&lang=en&controls=zoom,legend');
  // What embed.html reads back is what the dialog wrote.
  const back = embedAttributes(new URL(url).searchParams, url, () => {});
  expect(back).toEqual({ layers: 'structure,zones-five', center: '111.05123,34.04988', zoom: '11.23', lang: 'en', controls: 'zoom,legend' });
});

test('a non-default basemap is included; the offline one is left out', () => {
  expect(embedPageUrl('https://m.example/embed.html', { ...view, basemap: 'osm' })).toContain('&basemap=osm&');
  expect(embedPageUrl('https://m.example/embed.html', { ...view, basemap: 'offline' })).not.toContain('basemap');
});

test('iframe snippets: fixed sizes use width/height, responsive fills the width at 4:3', () => {
  const src = 'https://maps.example/embed.html?zoom=9';
  expect(iframeSnippet(src, size('400x300'), '卢氏')).toBe(
    '<iframe src="https://maps.example/embed.html?zoom=9" width="400" height="300" style="border:0" title="卢氏" loading="lazy" allowfullscreen></iframe>',
  );
  expect(iframeSnippet(src, size('responsive'), 't')).toContain('style="width:100%;aspect-ratio:4/3;border:0"');
});

test('script snippets load the widget module and size the element', () => {
  const s = scriptSnippet('https://maps.example/embed/plan-map.js', view, size('800x600'));
  expect(s).toBe(
    '<script type="module" src="https://maps.example/embed/plan-map.js"></script>\n' +
      '<plan-map layers="structure,zones-five" center="111.05123,34.04988" zoom="11.23" lang="en" controls="zoom,legend" style="display:block;width:800px;height:600px"></plan-map>',
  );
  expect(scriptSnippet('https://m.example/p.js', view, size('responsive'))).toContain('--plan-map-height:auto');
});

test('values are escaped for attributes: a hostile title or URL cannot break out', () => {
  expect(escapeAttr('a"b<c>&d')).toBe('a&quot;b&lt;c&gt;&amp;d');
  const s = iframeSnippet('https://x.example/embed.html?a="><script>', size('400x300'), '"><img src=x onerror=alert(1)>');
  expect(s).not.toMatch(/"><(script|img)/);
  expect(s.match(/<[a-z]/g)).toEqual(['<i']);
});

test('compactLayers names whole groups by their id and single layers otherwise, in order', () => {
  const specs = [
    { id: 'a1', group: 'a', visible: true },
    { id: 'b1', group: 'b', visible: true },
    { id: 'a2', group: 'a', visible: true },
    { id: 'b2', group: 'b', visible: false },
    { id: 'c1', group: 'c', visible: true },
  ];
  expect(compactLayers(specs)).toEqual(['a', 'b1', 'c1']);
  expect(compactLayers(specs.map((s) => ({ ...s, visible: false })))).toEqual([]);
});
