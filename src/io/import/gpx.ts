/** GPX import (waypoints, routes, tracks) through @tmcw/togeojson. GPX is WGS84 by specification. */
import { gpx } from '@tmcw/togeojson';
import type { ImportOptions } from '../types';
import { baseName } from '../util/names';
import { chooseEncoding, decodeText } from '../util/text-encoding';
import type { RawLayer } from './finalize-layer';
import { parseXml } from './xml';

/**
 * Parses GPX into a raw layer.
 * @example finalizeLayer(parseGpx(bytes, 'survey.gpx', { domParser: DOMParser }))
 */
export function parseGpx(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): RawLayer {
  const encoding = chooseEncoding(bytes.subarray(0, 1 << 20), options.encoding);
  const doc = parseXml(decodeText(bytes, encoding.name), 'GPX', options);
  const fc = gpx(doc as Document);
  const name = doc.getElementsByTagName('metadata')[0]?.getElementsByTagName('name')[0]?.textContent?.trim();
  return {
    name: name || baseName(fileName),
    format: 'gpx',
    features: fc.features,
    formatDefault: true,
    encoding,
    hintTexts: [fileName, name ?? ''],
  };
}
