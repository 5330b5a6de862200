/**
 * The plan text as published, one numbered line per source line (`L179: …`).
 * Quotes and `plan_ref`s point into it; the inspector shows its paragraphs.
 */
export interface PlanText {
  /** Line number → text of that line without its `L<n>: ` prefix. */
  lines: Map<number, string>;
}

const LINE = /^L(\d+): ?(.*)$/;
const REF = /^L(\d+)$/;

/**
 * Parses a numbered plan text.
 *
 * @example
 * parsePlanText('L1: 第一篇\nL2: 第一章').lines.get(2) // '第一章'
 */
export function parsePlanText(text: string): PlanText {
  const lines = new Map<number, string>();
  for (const raw of text.split(/\r?\n/)) {
    const m = LINE.exec(raw);
    if (m) lines.set(Number(m[1]), m[2]);
  }
  return { lines };
}

/** Line number of a `plan_ref` such as `L179`, or `undefined` when it is malformed. */
export function refLine(ref: string): number | undefined {
  const m = REF.exec(ref);
  return m ? Number(m[1]) : undefined;
}

/**
 * Checks that `quote` occurs verbatim on line `ref`. Returns a message saying
 * what is wrong, or `null` when the quote is found.
 *
 * @example
 * checkQuote(plan, 'L179', '以县城为核心') // null
 */
export function checkQuote(plan: PlanText, ref: string, quote: string): string | null {
  const n = refLine(ref);
  if (n === undefined) return `plan_ref "${ref}" is not of the form L<number>`;
  const line = plan.lines.get(n);
  if (line === undefined) return `plan_ref ${ref} is not a line of the plan text`;
  if (!quote) return 'quote is empty';
  if (!line.includes(quote)) {
    const elsewhere = [...plan.lines].find(([, text]) => text.includes(quote));
    const hint = elsewhere ? ` (it occurs on L${elsewhere[0]})` : ' (it occurs nowhere in the plan)';
    return `quote "${quote}" does not occur verbatim on ${ref}${hint}`;
  }
  return null;
}

/**
 * The paragraph around a line: the plan's paragraphs are its lines, so this
 * is the line itself, split at the first and last occurrence of the quote so
 * that a view can highlight it without parsing HTML.
 *
 * @example
 * quoteInContext(plan, 'L179', '以县城为核心') // { before: '在县域范围内着力构建', quote: '以县城为核心', after: '、以区域…' }
 */
export function quoteInContext(
  plan: PlanText,
  ref: string,
  quote: string,
): { before: string; quote: string; after: string } | null {
  const n = refLine(ref);
  const line = n === undefined ? undefined : plan.lines.get(n);
  if (line === undefined) return null;
  const at = quote ? line.indexOf(quote) : -1;
  if (at < 0) return { before: line, quote: '', after: '' };
  return { before: line.slice(0, at), quote, after: line.slice(at + quote.length) };
}
