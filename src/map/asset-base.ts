/**
 * Where the built data (`data/`) and basemap tiles (`tiles/`) are served
 * from. The app serves them next to its page; the embeddable widget
 * resolves them against its own module URL (see src/embed), so it also works
 * from another origin or a sub-path.
 */
let base: string | undefined;

export function setAssetBase(url: string): void {
  base = url.endsWith('/') ? url : `${url}/`;
}

export function assetBase(): string {
  return base ?? new URL('./', document.baseURI).href;
}

export function defaultDataUrl(): string {
  return new URL('data/', assetBase()).href;
}

export function defaultTileJsonUrl(): string {
  return new URL('tiles/basemap/tiles.json', assetBase()).href;
}
