import { matchNomineeSheetHeader, NOMINEE_SHEET_COLUMNS, parseNomineeKind, readNomineeSheetRow } from './nominee-sheet';

describe('nominee sheet header', () => {
  it('finds the template columns in any order, ignoring case, diacritics, spacing and marks', () => {
    const header = matchNomineeSheetHeader([undefined, 'TÓM TẮT THÀNH TÍCH', 'ho va ten/ten tap the (*)', 'Ghi chú', '  Loại  đối tượng ', 'stt', 'Chức vụ / địa chỉ']);
    expect(header).toEqual({ columns: { achievements: 1, fullName: 2, kind: 4, position: 5, title: 6 }, missing: [], duplicated: [] });
  });

  it('accepts decomposed (NFD) Vietnamese as typed on some keyboards', () => {
    const header = matchNomineeSheetHeader([undefined, 'Loại đối tượng'.normalize('NFD'), 'Họ và tên'.normalize('NFD')]);
    expect(header.columns).toEqual({ kind: 1, fullName: 2 });
  });

  it('names the required columns that are missing and the ones given twice', () => {
    const header = matchNomineeSheetHeader([undefined, 'STT', 'Họ tên', 'Họ và tên', 'Địa chỉ']);
    expect(header.missing).toEqual(['Loại đối tượng']);
    expect(header.duplicated).toEqual(['Họ và tên / Tên tập thể']);
    expect(matchNomineeSheetHeader([undefined, 'Tuổi']).missing).toEqual(['Loại đối tượng', 'Họ và tên / Tên tập thể']);
  });

  it('has a column per field with a unique header', () => {
    const headers = NOMINEE_SHEET_COLUMNS.map((column) => column.header);
    expect(new Set(headers).size).toBe(headers.length);
    expect(headers).toEqual(['STT', 'Loại đối tượng', 'Họ và tên / Tên tập thể', 'Chức vụ / Địa chỉ', 'Tóm tắt thành tích']);
  });
});

describe('nominee kind', () => {
  it.each([
    ['Cá nhân', 'individual'],
    ['ca nhan', 'individual'],
    ['TẬP THỂ', 'collective'],
    ['Hộ gia đình', 'household'],
    ['Doanh nghiệp', 'enterprise'],
    ['Hợp tác xã', 'enterprise'],
    ['household', 'household'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(parseNomineeKind(text)).toBe(kind);
  });

  it('knows no other kind', () => {
    expect(parseNomineeKind('Thôn')).toBeUndefined();
    expect(parseNomineeKind('')).toBeUndefined();
  });
});

describe('nominee sheet row', () => {
  it('reads a valid row in NFC, trimmed, with empty optional cells as null', () => {
    const row = readNomineeSheetRow(3, { position: '1', kind: ' Cá nhân ', fullName: 'Nguyễn Văn Ấn'.normalize('NFD'), title: '', achievements: undefined });
    expect(row).toEqual({ empty: false, problems: [], nominee: { kind: 'individual', fullName: 'Nguyễn Văn Ấn', title: null, achievements: null } });
  });

  it('skips a row that has nothing but its number', () => {
    expect(readNomineeSheetRow(9, { position: '7', kind: '  ', fullName: null })).toEqual({ empty: true });
  });

  it('reports every problem of a row with its row number, column and a Vietnamese message', () => {
    const row = readNomineeSheetRow(5, { kind: 'Thôn', fullName: '', title: 'x'.repeat(501) });
    expect(row.empty).toBe(false);
    if (row.empty) return;
    expect(row.nominee).toBeNull();
    expect(row.problems).toEqual([
      { row: 5, column: 'Loại đối tượng', message: expect.stringContaining('"Thôn" không hợp lệ') },
      { row: 5, column: 'Họ và tên / Tên tập thể', message: 'Chưa ghi họ và tên / tên tập thể' },
      { row: 5, column: 'Chức vụ / Địa chỉ', message: 'Dài 501 ký tự, tối đa 500 ký tự' },
    ]);
  });

  it('counts characters, not UTF-16 units, against the limits', () => {
    const fine = readNomineeSheetRow(2, { kind: 'Cá nhân', fullName: 'Ấ'.repeat(500) });
    expect(fine.empty === false && fine.problems).toEqual([]);
    const long = readNomineeSheetRow(2, { kind: 'Cá nhân', fullName: '𠀀'.repeat(501) });
    expect(long.empty === false && long.problems.map((problem) => problem.message)).toEqual(['Dài 501 ký tự, tối đa 500 ký tự']);
  });

  it('refuses text with characters that could not be read, rather than store them', () => {
    const row = readNomineeSheetRow(6, { kind: 'Cá nhân', fullName: 'Nguyễn V\uFFFD\uFFFDn Ấn' });
    expect(row.empty === false && row.problems.map((problem) => [problem.column, problem.message])).toEqual([
      ['Họ và tên / Tên tập thể', expect.stringContaining('ký tự không đọc được')],
    ]);
  });

  it('asks for the kind when it is left empty', () => {
    const row = readNomineeSheetRow(4, { fullName: 'Hộ ông Lê Văn Bình' });
    expect(row.empty === false && row.problems).toEqual([{ row: 4, column: 'Loại đối tượng', message: 'Chưa ghi loại đối tượng' }]);
  });
});
