import { detectDelimiter, parseCsv } from './csv-table';

describe('parseCsv', () => {
  it('reads commas, quotes, doubled quotes and line breaks inside quotes', () => {
    const { records } = parseCsv('Mã,Tên\r\n00343,"Phường ""Nhân"" Chính"\n00346,"Phường\nThượng Đình"\n');
    expect(records).toEqual([
      { line: 1, cells: ['Mã', 'Tên'] },
      { line: 2, cells: ['00343', 'Phường "Nhân" Chính'] },
      { line: 3, cells: ['00346', 'Phường\nThượng Đình'] },
    ]);
  });

  it('reads the semicolons Vietnamese Excel writes, and drops a byte order mark', () => {
    const { records } = parseCsv('\uFEFFMã;Tên;Cấp\n24;"Tỉnh Bắc Giang, cũ";Tỉnh');
    expect(records.map((r) => r.cells)).toEqual([
      ['Mã', 'Tên', 'Cấp'],
      ['24', 'Tỉnh Bắc Giang, cũ', 'Tỉnh'],
    ]);
  });

  it('keeps empty fields and a last line without a line break', () => {
    expect(parseCsv('a,,c\n,,').records.map((r) => r.cells)).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('stops after the limit and says so', () => {
    const text = Array.from({ length: 10 }, (_, i) => `r${i}`).join('\n');
    const { records, truncated } = parseCsv(text, 4);
    expect(records).toHaveLength(4);
    expect(truncated).toBe(true);
    expect(parseCsv(text, 10).truncated).toBe(false);
  });

  it('picks the delimiter the header uses more, ignoring quoted text', () => {
    expect(detectDelimiter('"a;b;c",d,e\n;;;;;')).toBe(',');
    expect(detectDelimiter('a;b,c;d')).toBe(';');
  });
});
