/**
 * Incremental GeoJSON reader for files too big to `JSON.parse` at once.
 * It scans bytes chunk by chunk, tracking only nesting depth and strings,
 * cuts out each element of the top-level `features` array (or of a root
 * array) and parses that alone. Top-level `type`, `name` and `crs` members
 * are kept. Memory stays at one feature's text plus the parsed features.
 */
import { MalformedFileError, TruncatedFileError } from '../errors';

type CaptureKind = 'feature' | 'key' | 'member';
const WANTED_MEMBERS = new Set(['type', 'name', 'crs', 'format']);
const decoder = new TextDecoder('utf-8');

export class GeoJsonStreamParser {
  /** Top-level members seen so far (`type`, `name`, `crs`). */
  readonly members: Record<string, unknown> = Object.create(null);
  featureCount = 0;
  sawFeaturesArray = false;

  private depth = 0;
  private inString = false;
  private escape = false;
  private root: 'object' | 'array' | null = null;
  private expect: 'key' | 'colon' | 'value' | 'comma' = 'key';
  private key: string | null = null;
  private inFeatures = false;
  private capture: { kind: CaptureKind; depth: number; start: number; parts: Uint8Array[] } | null = null;

  constructor(private readonly onFeature: (feature: unknown, index: number) => void) {}

  private start(kind: CaptureKind, start: number): void {
    this.capture = { kind, depth: this.depth, start, parts: [] };
  }

  private finish(chunk: Uint8Array, end: number): void {
    const c = this.capture!;
    this.capture = null;
    const last = chunk.subarray(c.start, end);
    let bytes = last;
    if (c.parts.length) {
      bytes = new Uint8Array(c.parts.reduce((n, p) => n + p.length, 0) + last.length);
      let o = 0;
      for (const p of c.parts) {
        bytes.set(p, o);
        o += p.length;
      }
      bytes.set(last, o);
    }
    let value: unknown;
    try {
      value = JSON.parse(decoder.decode(bytes));
    } catch (e) {
      const where = c.kind === 'feature' ? { zh: `第 ${this.featureCount + 1} 个要素`, en: `feature ${this.featureCount + 1}` } : { zh: '文件头部', en: 'the collection header' };
      throw new MalformedFileError('GeoJSON', { zh: `${where.zh}的 JSON 有误（${(e as Error).message}）`, en: `bad JSON in ${where.en} (${(e as Error).message})` }, { cause: e });
    }
    if (c.kind === 'feature') this.onFeature(value, this.featureCount++);
    else if (c.kind === 'key') this.key = String(value);
    else if (this.key !== null) this.members[this.key] = value;
  }

  /** Feeds the next chunk of bytes. */
  push(chunk: Uint8Array): void {
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      if (this.inString && !this.escape) {
        // Most bytes are string content: skip to the next quote or backslash.
        while (i < n && chunk[i] !== 0x22 && chunk[i] !== 0x5c) i++;
        if (i === n) break;
      }
      const c = chunk[i];
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === 0x5c) this.escape = true;
        else if (c === 0x22) {
          this.inString = false;
          if (this.capture && this.capture.kind !== 'feature' && this.depth === this.capture.depth) this.finish(chunk, i + 1);
        }
        continue;
      }
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
      const topObject = this.depth === 1 && this.root === 'object';
      if (c === 0x22) {
        this.inString = true;
        if (topObject && this.expect === 'key') {
          this.start('key', i);
          this.expect = 'colon';
        } else if (topObject && this.expect === 'value') {
          if (this.key !== null && WANTED_MEMBERS.has(this.key)) this.start('member', i);
          this.expect = 'comma';
        }
      } else if (c === 0x7b || c === 0x5b) {
        if (this.depth === 0) {
          if (this.root) throw new MalformedFileError('GeoJSON', { zh: '根元素之后还有内容', en: 'content after the root element' });
          this.root = c === 0x7b ? 'object' : 'array';
          this.expect = 'key';
        } else if (topObject && this.expect === 'value') {
          if (this.key === 'features' && c === 0x5b) {
            this.inFeatures = true;
            this.sawFeaturesArray = true;
          } else if (this.key !== null && WANTED_MEMBERS.has(this.key)) this.start('member', i);
          this.expect = 'comma';
        } else if (!this.capture && ((this.inFeatures && this.depth === 2) || (this.root === 'array' && this.depth === 1))) {
          this.start('feature', i);
        }
        this.depth++;
      } else if (c === 0x7d || c === 0x5d) {
        this.depth--;
        if (this.depth < 0) throw new MalformedFileError('GeoJSON', { zh: '括号不匹配', en: 'unbalanced brackets' });
        if (this.capture && this.depth === this.capture.depth) this.finish(chunk, i + 1);
        if (this.inFeatures && this.depth === 1) this.inFeatures = false;
      } else if (c === 0x3a) {
        if (topObject && this.expect === 'colon') this.expect = 'value';
      } else if (c === 0x2c) {
        if (topObject) this.expect = 'key';
      } else if (this.depth === 0 && !this.root && (c === 0xef || c === 0xbb || c === 0xbf)) {
        continue; // UTF-8 byte-order mark
      } else if (this.depth === 0) {
        throw new MalformedFileError('GeoJSON', { zh: '不是 JSON 对象或数组', en: 'not a JSON object or array' });
      } else if (topObject && this.expect === 'value') {
        this.expect = 'comma'; // number / true / false / null
      }
    }
    if (this.capture) {
      this.capture.parts.push(chunk.slice(this.capture.start));
      this.capture.start = 0;
    }
  }

  /** Call after the last chunk; throws `TruncatedFileError` when the text stopped mid-structure. */
  end(): void {
    if (!this.root) throw new MalformedFileError('GeoJSON', { zh: '没有 JSON 内容', en: 'no JSON content' });
    if (this.depth !== 0 || this.inString) {
      throw new TruncatedFileError('GeoJSON', { zh: `在第 ${this.featureCount + 1} 个要素处中断`, en: `it stops inside feature ${this.featureCount + 1}` }, { details: { completeFeatures: this.featureCount } });
    }
  }
}
