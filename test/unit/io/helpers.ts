/** Shared helpers for the io tests. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import type { Position } from 'geojson';
import { importFile } from '../../../src/io/import/index';
import type { ImportOptions, ImportResult } from '../../../src/io/types';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/io');

/** Bytes of a fixture, in a buffer of their own (offset 0). */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export const TRUTH = JSON.parse(readFileSync(join(FIXTURES, 'known-positions.json'), 'utf8')) as {
  parcels: { BSM: number; DLBM: string; DLMC: string; QSDW: string; MJ: number; BZ: string; polygons: [number, number][][][] }[];
  facilities: { name: string; type: string; lonlat: [number, number]; beds: number }[];
  pois: { name: string; type: string; typecode: string; lonlat: [number, number] }[];
};

/** Imports a fixture by file name (with an XML parser for KML/GPX). */
export function importFixture(name: string, options: ImportOptions = {}): Promise<ImportResult> {
  return importFile({ name: name.split('/').pop()!, bytes: fixture(name) }, { domParser: DOMParser as never, ...options });
}

/** Great-circle distance in metres (haversine, mean Earth radius; fine at the metre level over a county). */
export function metres(a: Position, b: Position): number {
  const R = 6371008.8;
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

/** Catches the rejection of a promise (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<Error & { code?: string; text?: { zh: string; en: string }; hint?: { zh: string; en: string }; retryWith?: Record<string, unknown>; details?: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    return e as never;
  }
  throw new Error('expected the promise to reject');
}
