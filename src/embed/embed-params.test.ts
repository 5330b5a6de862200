import { expect, test } from 'vitest';
import { EMBED_ATTRIBUTES, embedAttributes } from './embed-params';

const page = 'https://maps.example/plan/embed.html';

test('URL parameters named like the attributes pass through; others are ignored', () => {
  const p = new URLSearchParams('layers=zones&center=111,34&zoom=9&lang=en&basemap=osm&basemap-key=k&controls=zoom&interactive=false&onload=x');
  expect(embedAttributes(p, page, () => {})).toEqual({
    layers: 'zones',
    center: '111,34',
    zoom: '9',
    lang: 'en',
    basemap: 'osm',
    'basemap-key': 'k',
    controls: 'zoom',
    interactive: 'false',
  });
  expect(EMBED_ATTRIBUTES).toContain('src');
});

test('src and tiles must stay on the page origin (a crafted link cannot show foreign data)', () => {
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  const ok = embedAttributes(new URLSearchParams('src=other-data/&tiles=/tiles/x/tiles.json'), page, warn);
  expect(ok).toEqual({ src: 'other-data/', tiles: '/tiles/x/tiles.json' });
  const bad = embedAttributes(
    new URLSearchParams('src=https://evil.example/data/&tiles=//evil.example/t.json'),
    page,
    warn,
  );
  expect(bad).toEqual({});
  expect(warnings).toHaveLength(2);
  expect(warnings[0]).toMatch(/ignored src="https:\/\/evil.example\/data\/": only URLs on https:\/\/maps.example/);
  expect(embedAttributes(new URLSearchParams('src=javascript:alert(1)'), page, warn)).toEqual({});
});

test('absurdly long values are dropped', () => {
  const warnings: string[] = [];
  expect(embedAttributes(new URLSearchParams(`layers=${'a,'.repeat(2000)}`), page, (m) => warnings.push(m))).toEqual({});
  expect(warnings[0]).toMatch(/longer than/);
});
