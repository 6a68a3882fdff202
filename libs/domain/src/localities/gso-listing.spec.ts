import { padListingCode, parseListingDate, parseListingKind, resolveListingKind } from './gso-listing';

describe('the statistics office listing', () => {
  it.each([
    ['Trung ương', 'central'],
    ['Tỉnh', 'province'],
    ['TỈNH', 'province'],
    ['Thành phố Trung ương', 'province'],
    ['Huyện', 'district'],
    ['Quận', 'district'],
    ['Thị xã', 'district'],
    ['Xã', 'commune'],
    ['Phường', 'commune'],
    ['Thị trấn', 'commune'],
    ['Đặc khu', 'commune'],
    ['  thi  tran ', 'commune'],
    ['Thành phố', 'city'],
  ])('reads the kind %s as %s', (text, kind) => {
    expect(parseListingKind(text)).toBe(kind);
  });

  it.each(['Làng', 'Thôn', '', 'Tỉnh lỵ'])('does not know the kind "%s"', (text) => {
    expect(parseListingKind(text)).toBeUndefined();
  });

  it('places a "Thành phố" by what it sits under', () => {
    expect(resolveListingKind('city', 'central')).toBe('province');
    expect(resolveListingKind('city', 'province')).toBe('district');
    expect(resolveListingKind('city', 'district')).toBeUndefined();
    expect(resolveListingKind('city', null)).toBeUndefined();
    expect(resolveListingKind('commune', 'province')).toBe('commune');
  });

  it.each([
    ['30/06/2025', '2025-06-30'],
    ['1/7/2025', '2025-07-01'],
    ['01-07-2025', '2025-07-01'],
    ['29/02/2024', '2024-02-29'],
  ])('reads the date %s', (text, iso) => {
    expect(parseListingDate(text)).toBe(iso);
  });

  it.each(['31/06/2025', '29/02/2025', '2025-07-01', '7/2025', '00/01/2025', 'ngày 1/7'])('refuses the date %s', (text) => {
    expect(parseListingDate(text)).toBeUndefined();
  });

  it('puts back the leading zeros a spreadsheet dropped, by tier', () => {
    expect(padListingCode('1', 'province')).toBe('01');
    expect(padListingCode('9', 'district')).toBe('009');
    expect(padListingCode('367', 'commune')).toBe('00367');
    expect(padListingCode('00367', 'commune')).toBe('00367');
    expect(padListingCode('HN-THANHXUAN', 'commune')).toBe('HN-THANHXUAN');
    expect(padListingCode('TW', 'central')).toBe('TW');
  });
});
