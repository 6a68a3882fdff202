import { planLocalityImport, type ImportRowInput, type KnownLocality } from './locality-import-plan';

const KNOWN: KnownLocality[] = [
  { code: 'TW', name: 'Trung ương', level: 'central', parentCode: null, validFrom: null, validTo: null },
  { code: '24', name: 'Tỉnh Bắc Giang', level: 'province', parentCode: 'TW', validFrom: null, validTo: null },
  { code: '215', name: 'Huyện Yên Thế', level: 'district', parentCode: '24', validFrom: null, validTo: null },
  { code: '07234', name: 'Thị trấn Cầu Gồ', level: 'commune', parentCode: '215', validFrom: null, validTo: null },
  { code: '01', name: 'Thành phố Hà Nội', level: 'province', parentCode: 'TW', validFrom: null, validTo: null },
];
const EVERYTHING = { unrestricted: true, rootCodes: [] };
const BAC_GIANG = { unrestricted: false, rootCodes: ['24'] };

let line = 1;
function row(code: string, name: string, kind: string, parentCode: string, dates: Partial<ImportRowInput> = {}): ImportRowInput {
  line += 1;
  return { line, code, name, kind, parentCode, ...dates };
}

describe('planLocalityImport', () => {
  it('creates, updates and leaves alone, naming what changes', () => {
    const plan = planLocalityImport(
      [
        row('07246', 'Xã Canh Nậu', 'Xã', '215'),
        row('07234', 'Thị trấn Cầu Gồ', 'Thị trấn', '215'),
        row('215', 'Huyện Yên Thế', 'Huyện', '24', { validFrom: '', validTo: '30/06/2025' }),
      ],
      KNOWN,
      EVERYTHING,
    );
    expect(plan.map((p) => [p.code, p.outcome, p.changes])).toEqual([
      ['07246', 'created', []],
      ['07234', 'unchanged', []],
      ['215', 'updated', ['validTo']],
    ]);
    expect(plan[2]).toMatchObject({ level: 'district', parentCode: '24', validTo: '2025-06-30', errors: [] });
  });

  it('takes a parent from the same file, in any order', () => {
    const plan = planLocalityImport([row('00001', 'Phường Mới', 'Phường', '900'), row('900', 'Quận Mới', 'Quận', '24')], KNOWN, EVERYTHING);
    expect(plan.map((p) => [p.code, p.outcome, p.parentCode])).toEqual([
      ['00001', 'created', '900'],
      ['900', 'created', '24'],
    ]);
  });

  it('keeps stored validity when the file has no validity columns', () => {
    const known = KNOWN.map((unit) => (unit.code === '215' ? { ...unit, validTo: '2025-06-30' } : unit));
    const [planned] = planLocalityImport([row('215', 'Huyện Yên Thế', 'Huyện', '24')], known, EVERYTHING);
    expect(planned).toMatchObject({ outcome: 'unchanged', validTo: '2025-06-30' });
  });

  it('reads "Thành phố" as a province under the centre and a district under a province', () => {
    const plan = planLocalityImport([row('31', 'Thành phố Hải Phòng', 'Thành phố', 'TW'), row('213', 'Thành phố Bắc Giang', 'Thành phố', '24')], KNOWN, EVERYTHING);
    expect(plan.map((p) => p.level)).toEqual(['province', 'district']);
  });

  it('restores leading zeros dropped by a spreadsheet, on the code and on the parent code', () => {
    const plan = planLocalityImport([row('1', 'Thành phố Hà Nội', 'Thành phố Trung ương', 'TW'), row('9', 'Quận Thanh Xuân', 'Quận', '1')], KNOWN, EVERYTHING);
    expect(plan.map((p) => [p.code, p.parentCode, p.outcome])).toEqual([
      ['01', 'TW', 'unchanged'],
      ['009', '01', 'created'],
    ]);
  });

  it.each([
    ['an unknown parent', row('07999', 'Xã Lạ', 'Xã', '777'), 'Không tìm thấy đơn vị cấp trên mã 777'],
    ['an unknown kind', row('07999', 'Làng Lạ', 'Làng', '215'), 'Cấp "Làng" không hợp lệ'],
    ['a missing name', row('07999', '  ', 'Xã', '215'), 'Thiếu tên đơn vị'],
    ['a code with a path in it', row('../etc', 'Xã Lạ', 'Xã', '215'), 'Mã "../etc" không hợp lệ'],
    ['an impossible date', row('07999', 'Xã Lạ', 'Xã', '215', { validFrom: '31/02/2025' }), 'Ngày hiệu lực từ "31/02/2025" không hợp lệ'],
    ['validity that ends before it starts', row('07999', 'Xã Lạ', 'Xã', '215', { validFrom: '01/07/2025', validTo: '30/06/2025' }), 'Ngày hiệu lực từ sau ngày hiệu lực đến'],
    ['a district under a commune', row('999', 'Huyện Lạ', 'Huyện', '07234'), 'không ở cấp cao hơn'],
    ['a province with no parent', row('99', 'Tỉnh Lạ', 'Tỉnh', ''), 'Thiếu mã cấp trên'],
    ['a city under a district', row('998', 'Thành phố Lạ', 'Thành phố', '215'), 'Không xác định được cấp'],
  ])('refuses %s, with a reason', (_what, input, reason) => {
    const [planned] = planLocalityImport([input], KNOWN, EVERYTHING);
    expect(planned?.outcome).toBe('error');
    expect(planned?.errors.join(' | ')).toContain(reason);
  });

  it('refuses a code that appears twice in the file, pointing at the first line', () => {
    const first = row('07999', 'Xã A', 'Xã', '215');
    const second = row('07999', 'Xã B', 'Xã', '215');
    const plan = planLocalityImport([first, second], KNOWN, EVERYTHING);
    expect(plan.map((p) => p.outcome)).toEqual(['created', 'error']);
    expect(plan[1]?.errors).toEqual([`Mã đơn vị trùng với dòng ${first.line}`]);
  });

  it('refuses parents that loop back on themselves', () => {
    const plan = planLocalityImport([row('901', 'Huyện A', 'Huyện', '902'), row('902', 'Huyện B', 'Huyện', '901'), row('903', 'Huyện C', 'Huyện', '903')], KNOWN, EVERYTHING);
    expect(plan.map((p) => p.errors)).toEqual([['Quan hệ cấp trên tạo thành vòng lặp'], ['Quan hệ cấp trên tạo thành vòng lặp'], ['Quan hệ cấp trên tạo thành vòng lặp']]);
  });

  it('lets a province admin change only units under the province', () => {
    const plan = planLocalityImport(
      [
        row('07999', 'Xã Mới', 'Xã', '215'),
        row('009', 'Quận Thanh Xuân', 'Quận', '01'),
        row('24', 'Tỉnh Bắc Giang (sửa)', 'Tỉnh', 'TW'),
        row('07234', 'Thị trấn Cầu Gồ', 'Thị trấn', '01'),
        row('05', 'Tỉnh Mới', 'Tỉnh', 'TW'),
      ],
      KNOWN,
      BAC_GIANG,
    );
    expect(plan.map((p) => [p.code, p.outcome, p.errors])).toEqual([
      ['07999', 'created', []],
      ['009', 'error', ['Đơn vị cấp trên 01 nằm ngoài phạm vi quản trị của bạn']],
      ['24', 'error', ['Đơn vị cấp trên TW nằm ngoài phạm vi quản trị của bạn']],
      ['07234', 'error', ['Đơn vị cấp trên 01 nằm ngoài phạm vi quản trị của bạn']],
      ['05', 'error', ['Đơn vị cấp trên TW nằm ngoài phạm vi quản trị của bạn']],
    ]);
  });

  it('refuses to move a unit of another province into the admin’s own', () => {
    const [planned] = planLocalityImport([row('01', 'Thành phố Hà Nội', 'Tỉnh', '24')], KNOWN, BAC_GIANG);
    expect(planned?.errors[0]).toMatch(/không ở cấp cao hơn|nằm ngoài phạm vi/);
    const [moved] = planLocalityImport([row('07234', 'Thị trấn Cầu Gồ', 'Thị trấn', '24')], KNOWN, { unrestricted: false, rootCodes: ['01'] });
    expect(moved?.errors).toEqual(['Đơn vị 07234 nằm ngoài phạm vi quản trị của bạn']);
  });
});
