/** parsedbf (shpjs's dbf reader, used in tests as an independent reader) ships no types. */
declare module 'parsedbf' {
  export default function parseDbf(data: DataView, encoding?: string): Record<string, unknown>[];
}
