/**
 * `embed.html` takes the `<plan-map>` attributes as URL parameters with the
 * same names (`?layers=structure,zones&center=111.05,34.05&zoom=11&lang=en`).
 * The element validates each value itself (an invalid one is ignored with a
 * warning); this only decides which parameters reach it.
 */
export const EMBED_ATTRIBUTES = [
  'layers',
  'center',
  'zoom',
  'lang',
  'basemap',
  'basemap-key',
  'controls',
  'interactive',
  'src',
  'tiles',
] as const;
export type EmbedAttribute = (typeof EMBED_ATTRIBUTES)[number];

/** Longer values are no plausible attribute, only a way to bloat the page. */
const MAX_LENGTH = 2000;

/**
 * The attributes to set from `params`. `src` and `tiles` must stay on the
 * page's own origin: a crafted link must not show someone else's data
 * under this site's name.
 *
 * @example
 * embedAttributes(new URLSearchParams('zoom=11&src=https://evil.example/'), 'https://maps.example/embed.html')
 * // { zoom: '11' } (and a warning about src)
 */
export function embedAttributes(
  params: URLSearchParams,
  pageUrl: string,
  warn: (m: string) => void = (m) => console.warn(`embed.html: ${m}`),
): Partial<Record<EmbedAttribute, string>> {
  const out: Partial<Record<EmbedAttribute, string>> = {};
  const origin = new URL(pageUrl).origin;
  for (const name of EMBED_ATTRIBUTES) {
    const value = params.get(name);
    if (value === null) continue;
    if (value.length > MAX_LENGTH) {
      warn(`ignored ${name}: longer than ${MAX_LENGTH} characters`);
      continue;
    }
    if ((name === 'src' || name === 'tiles') && !sameOrigin(value, pageUrl, origin)) {
      warn(`ignored ${name}="${value}": only URLs on ${origin} are allowed here`);
      continue;
    }
    out[name] = value;
  }
  return out;
}

function sameOrigin(value: string, base: string, origin: string): boolean {
  try {
    return new URL(value, base).origin === origin;
  } catch {
    return false;
  }
}
