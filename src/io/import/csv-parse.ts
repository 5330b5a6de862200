/**
 * RFC 4180 CSV/TSV tokenizer: quoted fields with doubled quotes and line
 * breaks, CRLF/LF/CR line ends, a BOM, any single-character delimiter.
 * Values stay strings; typing happens later, per column.
 */

/** Picks the delimiter that splits the header line into the most fields (comma, tab, semicolon, pipe). */
export function detectDelimiter(text: string, fileName = ''): string {
  if (/\.(tsv|tab)$/i.test(fileName)) return '\t';
  const header = firstLine(text);
  let best = ',';
  let bestCount = 0;
  for (const d of [',', '\t', ';', '|', '，']) {
    const n = splitOutsideQuotes(header, d);
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

function firstLine(text: string): string {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) return text.slice(0, i);
  }
  return text;
}

function splitOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let inQuotes = false;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === d) n++;
  }
  return n;
}

/** Splits CSV text into rows of string cells. Empty lines are skipped. */
export function parseCsvRows(input: string, delimiter: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  let quotedCell = false;
  const endCell = () => {
    row.push(quotedCell ? cell : cell.trim());
    cell = '';
    quotedCell = false;
  };
  const endRow = () => {
    endCell();
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      inQuotes = true;
      quotedCell = true;
      cell = '';
    } else if (c === delimiter) endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
