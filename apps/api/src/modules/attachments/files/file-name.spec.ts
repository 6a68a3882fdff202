import { attachmentDisposition, extensionOf, sanitizeFileName } from './file-name';

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\canbo\\Desktop\\Biên bản.pdf', 'Biên bản.pdf'],
    ['/var/data/../x/Tờ trình.docx', 'Tờ trình.docx'],
    ['..\\..\\windows\\system32\\cmd.exe', 'cmd.exe'],
    ['Báo cáo\u0000 thành\u001f tích.pdf', 'Báo cáo thành tích.pdf'],
    ['hồ sơ\u202Efdp.exe', 'hồ sơfdp.exe'],
    ['  ..ẩn.pdf. ', 'ẩn.pdf'],
    ['a<b>c:d"e|f?g*h.png', 'a_b_c_d_e_f_g_h.png'],
    ['Danh   sách\thộ\ncận nghèo.xlsx', 'Danh sách hộ cận nghèo.xlsx'],
    ['..', ''],
    ['/', ''],
  ])('keeps only the safe last segment of %j', (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it('composes decomposed Vietnamese (NFC) and keeps the letters', () => {
    const name = sanitizeFileName('Quyết định khen thưởng.pdf'.normalize('NFD'));
    expect(name).toBe('Quyết định khen thưởng.pdf'.normalize('NFC'));
    expect(name.normalize('NFC')).toBe(name);
  });

  it('cuts a long name to 255 characters and keeps its extension', () => {
    const name = sanitizeFileName(`${'Đ'.repeat(400)}.pdf`);
    expect([...name]).toHaveLength(255);
    expect(name.endsWith('Đ.pdf')).toBe(true);
  });

  it('refuses what is not a string', () => {
    expect(sanitizeFileName(undefined)).toBe('');
    expect(sanitizeFileName(42)).toBe('');
  });
});

describe('extensionOf', () => {
  it('reads the lower-case extension after the last dot, none for a bare dot-name', () => {
    expect(extensionOf('Biên bản.PDF')).toBe('pdf');
    expect(extensionOf('a.tar.gz')).toBe('gz');
    expect(extensionOf('pdf')).toBe('');
    expect(extensionOf('.pdf')).toBe('');
  });
});

describe('attachmentDisposition', () => {
  it('gives the UTF-8 name percent-encoded and an ASCII fallback without diacritics', () => {
    expect(attachmentDisposition('Biên bản họp (lần 2).pdf')).toBe(
      `attachment; filename="Bien ban hop (lan 2).pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp%20%28l%E1%BA%A7n%202%29.pdf`,
    );
    expect(attachmentDisposition('Đơn đề nghị.docx')).toContain('filename="Don de nghi.docx"');
  });

  it('never lets a quote or a semicolon out of the fallback', () => {
    const header = attachmentDisposition(`a";b'c.pdf`);
    expect(header.startsWith('attachment; filename="a__b_c.pdf"; ')).toBe(true);
    expect(header).toContain("filename*=UTF-8''a%22%3Bb%27c.pdf");
  });
});
