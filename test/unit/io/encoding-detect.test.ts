import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { encodeGbk } from '../../../src/io/util/gbk-encoder';
import { chooseEncoding, detectEncoding, normalizeEncodingLabel } from '../../../src/io/util/text-encoding';
import { detectFormat, xmlRoot } from '../../../src/io/import/detect-format';
import { fixture } from './helpers';

const SAMPLE = '卢氏县国土空间规划用地用海分类：耕地、园地、林地、草地、湿地、农业设施建设用地、居住用地、公共管理与公共服务用地、商业服务业用地、工矿用地、仓储用地、交通运输用地、公用设施用地、绿地与开敞空间用地、特殊用地、留白用地、陆地水域。豫西伏牛山区，洛河、老灌河，熊耳山；甲乙丙丁，ＡＢＣ①②③，“引号”《书名》……';

describe('GBK encoder', () => {
  it('matches iconv-lite for Chinese text, full-width forms and punctuation', () => {
    const ours = encodeGbk(SAMPLE);
    expect(ours.unmappable).toBe(0);
    expect(Buffer.from(ours.bytes).equals(iconv.encode(SAMPLE, 'gbk'))).toBe(true);
  });

  it('matches iconv-lite on every character of the GB2312 range', () => {
    let text = '';
    for (let lead = 0xb0; lead <= 0xf7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) text += iconv.decode(Buffer.from([lead, trail]), 'gbk');
    expect(Buffer.from(encodeGbk(text).bytes).equals(iconv.encode(text, 'gbk'))).toBe(true);
  });

  it('writes ? for characters GBK lacks and counts them', () => {
    expect(encodeGbk('a😀㐀b')).toMatchObject({ unmappable: 2, bytes: Uint8Array.from([0x61, 0x3f, 0x3f, 0x62]) });
  });
});

describe('encoding detection', () => {
  it('tells UTF-8 from GBK and GB18030 text', () => {
    expect(detectEncoding(new TextEncoder().encode(SAMPLE))).toMatchObject({ name: 'utf-8', certain: true });
    expect(detectEncoding(new Uint8Array(iconv.encode(SAMPLE, 'gbk')))).toMatchObject({ name: 'gbk', certain: true });
    expect(detectEncoding(new Uint8Array(iconv.encode('扩展㐀字', 'gb18030')))).toMatchObject({ name: 'gbk' });
    expect(detectEncoding(new TextEncoder().encode('plain ascii'))).toMatchObject({ source: 'ascii' });
  });

  it('prefers forced > declared (.cpg) > BOM > detection', () => {
    const gbk = new Uint8Array(iconv.encode(SAMPLE, 'gbk'));
    expect(chooseEncoding(gbk, 'utf-8', { label: 'GBK', source: 'cpg' })).toEqual({ name: 'utf-8', source: 'option' });
    expect(chooseEncoding(gbk, undefined, { label: '936', source: 'cpg' })).toEqual({ name: 'gbk', source: 'cpg' });
    expect(chooseEncoding(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))).toEqual({ name: 'utf-8', source: 'bom' });
    expect(chooseEncoding(gbk)).toEqual({ name: 'gbk', source: 'detected' });
  });

  it('understands .cpg labels', () => {
    for (const [label, name] of [['UTF-8', 'utf-8'], ['65001', 'utf-8'], ['GBK', 'gbk'], ['CP936', 'gbk'], ['ANSI 936', 'gbk'], ['GB2312', 'gbk'], ['GB18030', 'gb18030'], ['1252', 'windows-1252'], ['nonsense', null]]) {
      expect(normalizeEncodingLabel(label as string), label as string).toBe(name);
    }
  });
});

describe('format detection', () => {
  it.each([
    ['parcels-4546.fgb', 'renamed.dat', 'flatgeobuf'],
    ['gk-cm111-gbk.zip', 'x.zip', 'shapefile'],
    ['gcj02-poi.geojson', 'x.txt', 'geojson'],
    ['trails.kml', 'x.xml', 'kml'],
    ['track.gpx', 'x.xml', 'gpx'],
    ['facilities-utf8.csv', 'x.csv', 'csv'],
    ['facilities.tsv', 'data', 'csv'],
    ['bad/random.bin', 'x.bin', null],
  ])('%s (as %s) → %s', (file, name, format) => {
    expect(detectFormat(name, fixture(file))).toBe(format);
  });

  it('checks the FlatGeobuf magic exactly', () => {
    const bytes = fixture('parcels-4546.fgb');
    bytes[3] = 0x02;
    expect(detectFormat('a.fgb', bytes)).not.toBe('flatgeobuf');
  });

  it('finds the XML root after prolog and comments', () => {
    expect(xmlRoot('<?xml version="1.0"?><!-- hi --><kml:kml xmlns:kml="x">')).toBe('kml');
    expect(xmlRoot('<gpx version="1.1">')).toBe('gpx');
  });
});
