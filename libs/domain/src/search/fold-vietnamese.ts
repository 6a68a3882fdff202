/**
 * Folds Vietnamese text to what a search box compares: no tone or vowel marks, đ as d,
 * lower case, single spaces. "Khen thưởng" and "khen thuong" fold to the same string, and
 * so do the precomposed (NFC) and decomposed (NFD) spellings of the same words.
 */
export function foldVietnamese(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The folded search text of a record made of several fields (e.g. a dossier's code and title). */
export function searchTextOf(...fields: Array<string | null | undefined>): string {
  return foldVietnamese(fields.filter((field) => field).join(' '));
}
