import { foldVietnamese } from '@vinh-danh/domain';

/**
 * A LIKE pattern matching the folded query anywhere in a folded search column. `%`, `_` and
 * the escape character itself are escaped, so what the user typed is matched literally.
 * PostgreSQL's default LIKE escape is the backslash.
 */
export function containsPattern(query: string): string | undefined {
  const folded = foldVietnamese(query);
  if (!folded) return undefined;
  return `%${folded.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
