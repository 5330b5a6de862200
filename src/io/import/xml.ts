/** Strict XML parsing for KML/GPX with a browser or injected DOMParser. */
import { ImportError, MalformedFileError } from '../errors';
import type { ImportOptions } from '../types';

type ParserCtor = new (opts?: unknown) => { parseFromString(text: string, type: string): Document };

/** Parses XML text; throws `MalformedFileError` on any XML error. */
export function parseXml(text: string, format: string, options: ImportOptions): Document {
  const Parser = (options.domParser ?? (globalThis as { DOMParser?: unknown }).DOMParser) as ParserCtor | undefined;
  if (!Parser) {
    throw new ImportError('NO_XML_PARSER',
      { zh: `此环境无法读取 ${format}（没有 XML 解析器）。`, en: `${format} cannot be read here (no XML parser).` },
      { zh: '请在主页面（而不是后台线程）中导入此文件。', en: 'Import this file on the main page, not in a background worker.' });
  }
  const errors: string[] = [];
  let doc: Document;
  try {
    // xmldom reports errors through onError; browsers ignore the argument and return <parsererror>.
    doc = new Parser({ onError: (level: string, msg: string) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(text, 'text/xml');
  } catch (e) {
    throw new MalformedFileError(format, { zh: `XML 语法错误（${(e as Error).message.split('\n')[0]}）`, en: `XML syntax error (${(e as Error).message.split('\n')[0]})` }, { cause: e });
  }
  const parserError = doc?.getElementsByTagName('parsererror')[0];
  if (errors.length || parserError || !doc?.documentElement) {
    const msg = (errors[0] ?? parserError?.textContent ?? 'no root element').split('\n')[0];
    throw new MalformedFileError(format, { zh: `XML 语法错误（${msg}）`, en: `XML syntax error (${msg})` });
  }
  return doc;
}
