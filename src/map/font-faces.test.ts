import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MLFontFace } from '@maplibre/maplibre-gl-style-spec';
import { buildFontFaces, fontFaces, FONT_NAME, parseUnicodeRanges } from './font-faces';

/** Same grammar MapLibre's FontFaceManager accepts. */
function covers(face: MLFontFace, cp: number): boolean {
  return (face['unicode-range'] ?? []).some((r) => {
    const [a, b = a] = r.slice(2).split('-').map((h) => parseInt(h.replace(/\?/g, '0'), 16));
    return cp >= a && cp <= b;
  });
}

describe('parseUnicodeRanges', () => {
  it('turns a CSS unicode-range list into the style spec array, upper-cased', () => {
    expect(parseUnicodeRanges('U+1f1e9-1f1f5,U+1f21a, U+0-ff')).toEqual(['U+1F1E9-1F1F5', 'U+1F21A', 'U+0-FF']);
    expect(parseUnicodeRanges('u+4??')).toEqual(['U+4??']);
  });

  it('rejects what is not a range instead of dropping it', () => {
    expect(() => parseUnicodeRanges('U+4e00-9fff,4e00')).toThrow(/"4e00" is not a unicode range/);
  });
});

describe('buildFontFaces', () => {
  it('declares one face per subset with a file, Latin first', () => {
    const faces = buildFontFaces({ '[7]': 'U+4e00-4e0f', latin: 'U+0-ff', '[8]': 'U+5000' }, (s) => (s === '8' ? undefined : `https://x/${s}.woff2`));
    expect(faces).toEqual({
      [FONT_NAME]: [
        { url: 'https://x/latin.woff2', 'unicode-range': ['U+0-FF'] },
        { url: 'https://x/7.woff2', 'unicode-range': ['U+4E00-4E0F'] },
      ],
    });
  });
});

describe('fontFaces (bundled Noto Sans SC)', () => {
  const faces = fontFaces('https://example.org/app/')[FONT_NAME] as MLFontFace[];

  it('declares every 400-weight subset of the package with an absolute woff2 URL', () => {
    expect(faces.length).toBeGreaterThan(100);
    for (const f of faces) expect(f.url).toMatch(/^(https?|file|data):.*noto-sans-sc-[\w-]+-400-normal.*\.woff2/);
  });

  it('covers every character of every reference and layer name on the map', () => {
    const text = ['county', 'neighbours', 'township-seats', 'rivers']
      .map((f) => readFileSync(`layers/reference/${f}.geojson`, 'utf8'))
      .join('');
    const names = [...text.matchAll(/"name(?:_en)?":\s*"([^"]+)"/g)].map((m) => m[1]).join('') + '卢氏县城关镇 0123456789';
    const missing = [...new Set(names)].filter((ch) => !faces.some((f) => covers(f, ch.codePointAt(0)!)));
    expect(missing).toEqual([]);
  });

  it('maps a CJK character to exactly one file', () => {
    expect(faces.filter((f) => covers(f, '卢'.codePointAt(0)!))).toHaveLength(1);
  });
});
