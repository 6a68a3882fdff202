import { checkAttachment } from './attachments';

describe('checkAttachment on a file that parses but has no page tree', () => {
  it('reports it as damaged instead of throwing', async () => {
    // Starts like a PDF and has a catalog, but the catalog points at no /Pages object.
    const bytes = new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref garbage trailer <<>>\n%%EOF\n'));
    await expect(checkAttachment({ name: 'Tệp hỏng.pdf', bytes })).resolves.toEqual({ ok: false, name: 'Tệp hỏng.pdf', reason: 'tệp PDF bị hỏng, không đọc được' });
  });
});
