import { foldVietnamese, searchTextOf } from './fold-vietnamese';

describe('foldVietnamese', () => {
  it.each([
    ['khen thưởng', 'khen thuong'],
    ['Nguyễn Văn A', 'nguyen van a'],
    ['ĐỒNG', 'dong'],
    ['đường Nguyễn Trãi, quận Thanh Xuân', 'duong nguyen trai, quan thanh xuan'],
    ['Hộ ông Lê Thị Hoà – thôn Đồng Tâm', 'ho ong le thi hoa – thon dong tam'],
    ['Ư Ơ Ă Â Ê Ô ư ơ ă â ê ô', 'u o a a e o u o a a e o'],
    ['HS-2026-000042', 'hs-2026-000042'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it('folds the NFC and the NFD spelling of the same words the same way', () => {
    const nfc = 'Chiến sĩ thi đua cơ sở Đặng Thị Ánh'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
    expect(foldVietnamese(nfc)).toBe('chien si thi dua co so dang thi anh');
  });

  it('collapses runs of whitespace, tabs and line breaks, and trims the ends', () => {
    expect(foldVietnamese('  Bằng \t khen\n\n Thủ   tướng  ')).toBe('bang khen thu tuong');
  });

  it('keeps characters that are not letters with marks, such as LIKE wildcards', () => {
    expect(foldVietnamese('100% hộ_nghèo')).toBe('100% ho_ngheo');
    expect(foldVietnamese('')).toBe('');
  });
});

describe('searchTextOf', () => {
  it('folds the fields that are present, separated by one space', () => {
    expect(searchTextOf('HS-2026-000001', 'Đề nghị khen thưởng')).toBe('hs-2026-000001 de nghi khen thuong');
    expect(searchTextOf('Nguyễn Văn A', null)).toBe('nguyen van a');
    expect(searchTextOf('Trần Thị Bé', undefined, 'Trưởng thôn')).toBe('tran thi be truong thon');
  });
});
