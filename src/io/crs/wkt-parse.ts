/**
 * A small, forgiving WKT (1 and 2) reader: turns `KEYWORD["a",1,SUB[...]]`
 * into a tree, so that CRS parameters can be looked up by name. It never
 * evaluates anything; unknown keywords are kept as they are.
 */

export interface WktNode {
  keyword: string;
  args: (string | number | WktNode)[];
}

/** Parses WKT text; throws `SyntaxError` on unbalanced brackets. */
export function parseWkt(text: string): WktNode {
  let i = 0;
  const s = text.trim();

  const skipWs = () => {
    while (i < s.length && /\s/.test(s[i])) i++;
  };

  const readNode = (): WktNode => {
    skipWs();
    const start = i;
    while (i < s.length && /[A-Za-z0-9_]/.test(s[i])) i++;
    const keyword = s.slice(start, i).toUpperCase();
    if (!keyword) throw new SyntaxError(`WKT: keyword expected at ${start}`);
    skipWs();
    const open = s[i];
    if (open !== '[' && open !== '(') return { keyword, args: [] };
    const close = open === '[' ? ']' : ')';
    i++;
    const args: WktNode['args'] = [];
    for (;;) {
      skipWs();
      if (i >= s.length) throw new SyntaxError('WKT: unexpected end');
      const c = s[i];
      if (c === close) {
        i++;
        break;
      }
      if (c === ',') {
        i++;
        continue;
      }
      if (c === '"') {
        let out = '';
        i++;
        for (;;) {
          if (i >= s.length) throw new SyntaxError('WKT: unterminated string');
          if (s[i] === '"') {
            if (s[i + 1] === '"') {
              out += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          out += s[i++];
        }
        args.push(out);
      } else if (/[-+.\d]/.test(c)) {
        const m = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(s.slice(i));
        if (!m) throw new SyntaxError(`WKT: bad number at ${i}`);
        args.push(Number(m[0]));
        i += m[0].length;
      } else {
        args.push(readNode());
      }
    }
    return { keyword, args };
  };

  const root = readNode();
  return root;
}

/** Direct children with one of the keywords. */
export function children(node: WktNode, ...keywords: string[]): WktNode[] {
  return node.args.filter((a): a is WktNode => typeof a === 'object' && keywords.includes(a.keyword));
}

/** First descendant (depth-first) with one of the keywords. */
export function find(node: WktNode, ...keywords: string[]): WktNode | undefined {
  for (const a of node.args) {
    if (typeof a !== 'object') continue;
    if (keywords.includes(a.keyword)) return a;
    const deep = find(a, ...keywords);
    if (deep) return deep;
  }
  return undefined;
}

/** The string name (first argument) of a node. */
export function nameOf(node: WktNode | undefined): string {
  const first = node?.args[0];
  return typeof first === 'string' ? first : '';
}

/** Numeric argument at `index`, or NaN. */
export function numberAt(node: WktNode | undefined, index: number): number {
  const v = node?.args[index];
  return typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
}

/**
 * EPSG code of the node itself (`AUTHORITY["EPSG","4525"]` in WKT1 or
 * `ID["EPSG",4525]` in WKT2 as a direct child), or null.
 */
export function authorityCode(node: WktNode): number | null {
  for (const a of children(node, 'AUTHORITY', 'ID')) {
    if (nameOf(a).toUpperCase() === 'EPSG') {
      const code = numberAt(a, 1);
      if (Number.isInteger(code)) return code;
    }
  }
  return null;
}

/** Parameter value by any of the (case-, space- and underscore-insensitive) names. */
export function parameter(node: WktNode, ...names: string[]): number {
  const wanted = names.map(normalizeName);
  for (const p of children(node, 'PARAMETER')) {
    if (wanted.includes(normalizeName(nameOf(p)))) return numberAt(p, 1);
  }
  const conversion = find(node, 'CONVERSION');
  if (conversion && conversion !== node) return parameter(conversion, ...names);
  return NaN;
}

/** Lower-case with spaces, dashes and underscores removed: `False_Easting` → `falseeasting`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\s_\-]+/g, '');
}
