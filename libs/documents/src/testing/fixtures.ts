import type { RenderMeta } from '../model/common';

/** A fixed clock and id: every render in the specs must be reproducible byte for byte. */
export const META: RenderMeta = { creationDate: new Date('2020-11-09T01:00:00Z'), documentId: 'spec-0001' };

/** Splits a name into NFD, as macOS file names and some keyboards deliver Vietnamese. */
export function nfd(s: string): string {
  return s.normalize('NFD');
}

/** A realistic 500-character name: a collective with its full, legal name repeated out. */
export const NAME_500 = (() => {
  const unit = 'Hội Liên hiệp Phụ nữ xã Đồng Kỳ huyện Yên Thế tỉnh Bắc Giang, ';
  return `${unit.repeat(Math.ceil(500 / unit.length)).slice(0, 499)}.`;
})();
