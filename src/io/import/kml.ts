/**
 * KML / KMZ import through @tmcw/togeojson. KML is WGS84 by specification;
 * MultiGeometry arrives as GeometryCollection and is made Multi* later.
 */
import { kml } from '@tmcw/togeojson';
import type { ImportOptions } from '../types';
import { baseName } from '../util/names';
import { decodeText, chooseEncoding } from '../util/text-encoding';
import { isZip } from './detect-format';
import type { RawLayer } from './finalize-layer';
import { unzipParts } from './shapefile';
import { parseXml } from './xml';
import { MissingShapefilePartError } from '../errors';

function kmlText(bytes: Uint8Array, fileName: string, options: ImportOptions): { text: string; encoding: RawLayer['encoding'] } {
  if (isZip(bytes)) {
    const files = [...unzipParts(bytes, fileName)].filter(([name]) => name.toLowerCase().endsWith('.kml'));
    if (files.length === 0) throw new MissingShapefilePartError(baseName(fileName), ['doc.kml']);
    const doc = files.find(([name]) => name.toLowerCase() === 'doc.kml') ?? files[0];
    return { text: decodeText(doc[1], 'utf-8'), encoding: { name: 'utf-8', source: 'fixed' } };
  }
  const encoding = chooseEncoding(bytes.subarray(0, 1 << 20), options.encoding);
  return { text: decodeText(bytes, encoding.name), encoding };
}

/**
 * Parses KML (or zipped KMZ) into a raw layer.
 * @example finalizeLayer(parseKml(bytes, 'route.kml', { domParser: DOMParser }))
 */
export function parseKml(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): RawLayer {
  const { text, encoding } = kmlText(bytes, fileName, options);
  const doc = parseXml(text, 'KML', options);
  const fc = kml(doc as Document);
  const docName = doc.getElementsByTagName('Document')[0]?.getElementsByTagName('name')[0]?.textContent?.trim();
  return {
    name: docName || baseName(fileName),
    format: 'kml',
    features: fc.features,
    formatDefault: true,
    encoding,
    hintTexts: [fileName, docName ?? ''],
  };
}
