import { authorityLine, chairmanInProse, committeeBody, councilBody, placeName, unitInProse } from './units';

const unit = (name: string, level: 'commune' | 'district' | 'province' | 'central') => ({ id: name, code: name, name, level, areaClass: null });

describe('units on paper', () => {
  it.each([
    ['Thị trấn Cầu Gồ', 'commune', 'Cầu Gồ', 'thị trấn Cầu Gồ'],
    ['Xã Canh Nậu', 'commune', 'Canh Nậu', 'xã Canh Nậu'],
    ['Phường Thanh Xuân', 'commune', 'Thanh Xuân', 'phường Thanh Xuân'],
    ['Huyện Yên Thế', 'district', 'Yên Thế', 'huyện Yên Thế'],
    ['Thành phố Hà Nội', 'province', 'Hà Nội', 'thành phố Hà Nội'],
    ['Tỉnh Bắc Giang', 'province', 'Bắc Giang', 'tỉnh Bắc Giang'],
  ] as const)('%s is dated at %s and named “%s” in a sentence', (name, level, place, prose) => {
    expect(placeName(unit(name, level))).toBe(place);
    expect(unitInProse(unit(name, level))).toBe(prose);
  });

  it('heads a paper with the people’s committee, and the council under it', () => {
    const yenThe = unit('Huyện Yên Thế', 'district');
    expect(committeeBody(yenThe)).toEqual({ name: 'ỦY BAN NHÂN DÂN\nHUYỆN YÊN THẾ', shortName: 'UBND huyện Yên Thế' });
    expect(councilBody(yenThe)).toEqual({ parent: 'UBND HUYỆN YÊN THẾ', name: 'HỘI ĐỒNG\nTHI ĐUA - KHEN THƯỞNG', shortName: 'Hội đồng Thi đua - Khen thưởng huyện Yên Thế' });
    expect(chairmanInProse(yenThe)).toBe('Chủ tịch UBND huyện Yên Thế');
    expect(authorityLine(yenThe)).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN YÊN THẾ');
  });

  it('names the central office as itself, under the Ministry of Home Affairs', () => {
    const central = unit('Ban Thi đua - Khen thưởng Trung ương', 'central');
    expect(committeeBody(central)).toEqual({ parent: 'BỘ NỘI VỤ', name: 'BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG', shortName: 'Ban Thi đua - Khen thưởng Trung ương' });
    expect(placeName(central)).toBe('Hà Nội');
  });
});
