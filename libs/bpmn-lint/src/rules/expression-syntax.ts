/**
 * Conditions and timers may be expressions, resolved by the engine at run time: `${...}`
 * (JUEL style) or `=...` (FEEL style, as Camunda 8 writes them). Anything else is taken
 * literally by the engine: a condition "x > 1" is a non-empty string, so always true.
 */
export function isExpression(value: string): boolean {
  const text = value.trim();
  return /^\$\{[\s\S]*\}$/.test(text) || /^=\s*\S/.test(text);
}

/**
 * Languages the engine evaluates with its FEEL interpreter (JUEL is translated to FEEL), never
 * as JavaScript. Any other `language` on a condition goes to the script handler: refused.
 */
export const EXPRESSION_LANGUAGES = /^(?:feel|juel)$/i;

export function isScriptLanguage(language: string | undefined): boolean {
  return language !== undefined && !EXPRESSION_LANGUAGES.test(language.trim());
}
