import { resolveTileJson, type ResolvedTiles } from './basemap-style';

/** Loads the offline basemap's TileJSON, with an error that says how to build the tiles. */
export async function loadTileJson(url: string, signal?: AbortSignal): Promise<ResolvedTiles> {
  const r = await fetch(url, { signal });
  if (!r.ok) throw new Error(`Basemap tiles not found at ${url} (HTTP ${r.status}); run "npm run data".`);
  return resolveTileJson(await r.json(), url);
}
