import { DocumentDataError } from '../model/errors';
import { count2, numberLine, numberText, outcomeText, parseIsoDate, percentText, placeDateLine, roman, shortDate, upper } from './format';

describe('Decree 30 formatting', () => {
  it('pads days below 10 and months 1 and 2 with a zero, nothing else', () => {
    expect(placeDateLine({ place: 'Yên Thế', date: '2017-10-30' })).toBe('Yên Thế, ngày 30 tháng 10 năm 2017');
    expect(placeDateLine({ place: 'Thanh Xuân', date: '2024-02-05' })).toBe('Thanh Xuân, ngày 05 tháng 02 năm 2024');
    expect(placeDateLine({ place: 'Bắc Giang', date: '2020-03-09' })).toBe('Bắc Giang, ngày 09 tháng 3 năm 2020');
  });

  it('rejects impossible dates instead of rolling them over', () => {
    expect(() => parseIsoDate('2021-02-29')).toThrow(DocumentDataError);
    expect(() => parseIsoDate('30/10/2017')).toThrow(/YYYY-MM-DD/);
    expect(parseIsoDate('2024-02-29')).toEqual({ day: 29, month: 2, year: 2024 });
    expect(shortDate('2017-09-27')).toBe('27/9/2017');
  });

  it('writes the number line, keeping room when the number is not yet given', () => {
    expect(numberLine({ number: 75, symbol: 'KH-UBND' })).toBe('Số: 75/KH-UBND');
    expect(numberLine({ symbol: 'TTr-UBND' })).toMatch(/^Số: \u00a0{8}\/TTr-UBND$/);
  });

  it('uses Vietnamese number conventions', () => {
    expect(count2(5)).toBe('05');
    expect(count2(12)).toBe('12');
    expect(percentText(88.9)).toBe('88,9%');
    expect(percentText(90)).toBe('90%');
    expect(numberText(1234567.5)).toBe('1.234.567,5');
    expect(roman(4)).toBe('IV');
    expect(upper('phó chủ tịch ủy ban')).toBe('PHÓ CHỦ TỊCH ỦY BAN');
  });

  it('says what each level decided', () => {
    expect(outcomeText({ level: 'Cấp xã', status: 'approved' })).toBe('Đồng ý');
    expect(outcomeText({ level: 'Cấp huyện', status: 'dropped', reason: 'Chưa đủ 02 năm' })).toBe('Không đề nghị: Chưa đủ 02 năm');
    expect(outcomeText({ level: 'Cấp huyện', status: 'lifted', toAward: 'Bằng khen của Thủ tướng Chính phủ' })).toBe('Nâng lên Bằng khen của Thủ tướng Chính phủ');
    expect(outcomeText(undefined)).toBe('–');
  });
});
