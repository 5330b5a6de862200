/**
 * The Content-Security-Policy directives the widget needs, as README.md
 * documents them (a unit test keeps the two in step, and the browser tests
 * load the widget under exactly these policies, found by removing sources
 * until something broke).
 *
 * Neither needs `unsafe-eval` or `unsafe-inline`, `style-src` or
 * `font-src`: MapLibre 6 ships an ES module worker, Lit's styles and
 * MapLibre's CSS are constructable stylesheets in the shadow root, and the
 * label fonts are fetched (`connect-src`) and handed to the FontFace API.
 * `img-src data:` is for the SVG icons of MapLibre's controls.
 * Online basemaps (Tianditu, OSM) additionally need their tile hosts in
 * `img-src` and `connect-src`; the default offline basemap needs nothing.
 */

/** The widget, data and tiles are served by the host page's own origin (any path). */
export function sameOriginCsp(): string {
  return "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'; img-src data:";
}

/**
 * The widget is served by another origin (`https://maps.example`).
 * `worker-src blob: <widget origin>`: a page may only start workers from
 * its own origin, so MapLibre starts its worker from a same-origin `blob:`
 * that imports the widget's worker module, and a module worker's imports are
 * checked against `worker-src` too. The worker inherits this policy, so
 * `connect-src` also covers the tiles it loads.
 */
export function crossOriginCsp(widgetOrigin: string): string {
  return `default-src 'none'; script-src ${widgetOrigin}; worker-src blob: ${widgetOrigin}; connect-src ${widgetOrigin}; img-src data:`;
}
