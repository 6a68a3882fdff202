/** One `${...}` placeholder inside a string: `[start, end)` covers `${` to the closing `}`. */
export interface TemplateSegment {
  start: number;
  end: number;
  inner: string;
}

/**
 * Finds `${...}` placeholders. Unlike bpmn-elements' lazy regex, it matches braces and
 * skips string literals, so FEEL contexts (`{a: 1}`) and strings holding `}` survive.
 * An unterminated placeholder ends the scan and stays literal text.
 */
export function findTemplateSegments(text: string): TemplateSegment[] {
  const segments: TemplateSegment[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('${', from);
    if (start < 0) return segments;
    const end = findClosingBrace(text, start + 2);
    if (end < 0) return segments;
    segments.push({ start, end: end + 1, inner: text.slice(start + 2, end) });
    from = end + 1;
  }
}

function findClosingBrace(text: string, from: number): number {
  let depth = 1;
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
