export interface JuelTranslationOptions {
  /** JUEL (`${...}`) allows 'single quoted' strings; FEEL only "double quoted" ones. */
  convertSingleQuotes: boolean;
}

const IDENTIFIER_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/;

/**
 * Rewrites the JUEL/JavaScript operators that Camunda 7 models commonly use into FEEL,
 * outside string literals: `==`/`===` → `=`, `!==` → `!=`, `&&` → `and`, `||` → `or`,
 * `!x` → `not(x = true)` for a name or path, `!(…)` → `not((…) = true)`. The `= true` keeps
 * JUEL's meaning for a missing value (`!x` is true when x is null), where FEEL's `not(null)`
 * is null and would route like false. Anything else is left for the FEEL parser.
 */
export function juelToFeel(source: string, options: JuelTranslationOptions): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '"') {
      const end = endOfString(source, i, '"');
      out += source.slice(i, end);
      i = end;
    } else if (c === "'" && options.convertSingleQuotes) {
      const end = endOfString(source, i, "'");
      out += toDoubleQuoted(source.slice(i + 1, end - 1));
      i = end;
    } else if (source.startsWith('===', i) || source.startsWith('==', i)) {
      out += '=';
      i += source.startsWith('===', i) ? 3 : 2;
    } else if (source.startsWith('!==', i)) {
      out += '!=';
      i += 3;
    } else if (source.startsWith('&&', i)) {
      out += ' and ';
      i += 2;
    } else if (source.startsWith('||', i)) {
      out += ' or ';
      i += 2;
    } else if (c === '!' && source[i + 1] !== '=') {
      const [text, next] = translateNot(source, i, options);
      out += text;
      i = next;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index just after the closing quote (or the end of the text if unterminated). */
function endOfString(source: string, start: number, quote: string): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === quote) return i + 1;
  }
  return source.length;
}

function toDoubleQuoted(body: string): string {
  const unescaped = body.replace(/\\'/g, "'");
  return `"${unescaped.replace(/(?<!\\)"/g, '\\"')}"`;
}

function translateNot(source: string, bang: number, options: JuelTranslationOptions): [string, number] {
  let j = bang + 1;
  while (source[j] === ' ') j++;
  if (source[j] === '(') {
    const close = matchingParenthesis(source, j);
    if (close < 0) return ['not', j];
    return [`not((${juelToFeel(source.slice(j + 1, close), options)}) = true)`, close + 1];
  }
  const path = IDENTIFIER_PATH.exec(source.slice(j));
  if (path) return [`not(${path[0]} = true)`, j + path[0].length];
  return ['!', bang + 1];
}

function matchingParenthesis(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'") i = endOfString(source, i, c) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
