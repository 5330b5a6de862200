/**
 * Offline label fonts. MapLibre 6 draws labels with the browser's own text
 * engine from the style's `font-faces` when the style has no `glyphs`, so the
 * bundled Noto Sans SC woff2 subsets (@fontsource/noto-sans-sc, OFL-1.1) are
 * all it needs: no glyph server, no request to another host. Each subset is
 * declared with its unicode ranges and downloaded only when a label needs one
 * of its characters.
 */
import type { FontFacesSpecification, MLFontFace } from '@maplibre/maplibre-gl-style-spec';
import unicode from '../../node_modules/@fontsource/noto-sans-sc/unicode.json';

/** The font name to use in `text-font`. */
export const FONT_NAME = 'Noto Sans SC Regular';

// Vite emits each file as an asset and returns its URL (in dev, the file's own path).
const FILES = import.meta.glob<string>('../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff2', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Subsets that hold Latin letters and digits come first, so those never load a CJK file. */
const FIRST = ['latin', 'latin-ext'];

/**
 * Turns a CSS `unicode-range` list as fontsource writes it
 * (`U+1f1e9-1f1f5,U+1f21a`) into the style specification's array form
 * (`['U+1F1E9-1F1F5', 'U+1F21A']`). Throws on anything that is not a range,
 * since a silently dropped range would leave characters without a font.
 *
 * @example
 * parseUnicodeRanges('U+0-ff, U+4e00-9fff') // ['U+0-FF', 'U+4E00-9FFF']
 */
export function parseUnicodeRanges(css: string): string[] {
  return css
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => {
      const m = /^u\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(s);
      if (!m) throw new Error(`"${s}" is not a unicode range such as U+4E00-9FFF`);
      return `U+${m[1].toUpperCase()}${m[2] ? `-${m[2].toUpperCase()}` : ''}`;
    });
}

/**
 * Builds the faces from a subset → ranges table and a subset → URL lookup.
 * Subsets without a file are skipped. Separate from {@link fontFaces} so it
 * can be tested without Vite.
 */
export function buildFontFaces(
  ranges: Record<string, string>,
  urlOf: (subset: string) => string | undefined,
): FontFacesSpecification {
  const subsets = Object.keys(ranges)
    .map((key) => ({ key, subset: key.replace(/^\[(\d+)\]$/, '$1') }))
    .sort((a, b) => rank(a.subset) - rank(b.subset));
  const faces: MLFontFace[] = [];
  for (const { key, subset } of subsets) {
    const url = urlOf(subset);
    if (url) faces.push({ url, 'unicode-range': parseUnicodeRanges(ranges[key]) });
  }
  return { [FONT_NAME]: faces };
}

function rank(subset: string): number {
  const i = FIRST.indexOf(subset);
  return i >= 0 ? i : FIRST.length;
}

/**
 * The style's `font-faces` for {@link FONT_NAME}, with absolute URLs: relative
 * ones are resolved against the page (or, outside a page, this module), so the
 * style works wherever the map is embedded. Pass `base` to resolve against
 * another URL, e.g. where a library build's assets are served.
 */
export function fontFaces(base?: string): FontFacesSpecification {
  const byName = new Map<string, string>();
  for (const [path, url] of Object.entries(FILES)) {
    const m = /noto-sans-sc-(.+)-400-normal\.woff2$/.exec(path);
    if (m) byName.set(m[1], url);
  }
  const against = base ?? (typeof document !== 'undefined' ? document.baseURI : import.meta.url);
  return buildFontFaces(unicode as Record<string, string>, (subset) => {
    const url = byName.get(subset);
    return url === undefined ? undefined : new URL(url, against).href;
  });
}
