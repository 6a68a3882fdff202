import { sampleDocx, sampleJpeg, samplePdf, samplePng, sampleXlsx, storedZip } from '../../../testing/sample-files';
import { checkContent } from './content-type';

describe('checkContent', () => {
  it.each([
    ['pdf', 'application/pdf', samplePdf],
    ['png', 'image/png', samplePng],
    ['jpg', 'image/jpeg', async () => sampleJpeg()],
    ['jpeg', 'image/jpeg', async () => sampleJpeg()],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', async () => sampleDocx()],
    ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', () => sampleXlsx()],
  ])('accepts a real .%s and stores it as %s', async (extension, contentType, make) => {
    expect(await checkContent(extension, await make())).toEqual({ ok: true, contentType });
  });

  it('refuses extensions outside the list whatever the content', async () => {
    expect(await checkContent('exe', await samplePdf())).toEqual({ ok: false, reason: 'type-not-allowed', extension: 'exe' });
    expect(await checkContent('', await samplePdf())).toEqual({ ok: false, reason: 'type-not-allowed', extension: '' });
    expect(await checkContent('html', Buffer.from('<html></html>'))).toMatchObject({ reason: 'type-not-allowed' });
  });

  it('refuses content that is not what the extension says', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(256)]);
    expect(await checkContent('pdf', exe)).toEqual({ ok: false, reason: 'content-mismatch', extension: 'pdf', detected: 'exe' });
    expect(await checkContent('png', Buffer.from('<!doctype html><script>alert(1)</script>'))).toEqual({ ok: false, reason: 'content-mismatch', extension: 'png', detected: null });
    expect(await checkContent('docx', await sampleXlsx())).toMatchObject({ reason: 'content-mismatch', detected: 'xlsx' });
    expect(await checkContent('xlsx', storedZip([['note.txt', 'không phải bảng tính']]))).toMatchObject({ reason: 'content-mismatch', detected: 'zip' });
    expect(await checkContent('jpg', await samplePng())).toMatchObject({ reason: 'content-mismatch', detected: 'png' });
  });
});
