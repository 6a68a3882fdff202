import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoredFileMissingError } from './file-storage';
import { LocalDiskFileStorage } from './local-disk-file-storage';

describe('LocalDiskFileStorage', () => {
  const root = mkdtempSync(join(tmpdir(), 'vd-storage-'));
  const storage = new LocalDiskFileStorage(root);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const key = () => ({ dossierId: randomUUID(), attachmentId: randomUUID() });

  async function read(stream: NodeJS.ReadableStream): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  it('keeps a file under <dossier>/<attachment> with nothing temporary left beside it', async () => {
    const where = key();
    const content = Buffer.from('Biên bản họp Hội đồng thi đua, khen thưởng');
    await storage.save(where, content);
    expect(readdirSync(join(root, where.dossierId))).toEqual([where.attachmentId]);
    expect(readFileSync(join(root, where.dossierId, where.attachmentId)).equals(content)).toBe(true);
    const opened = await storage.open(where);
    expect(opened.size).toBe(content.length);
    expect((await read(opened.stream)).equals(content)).toBe(true);
  });

  it('removes a file, and takes a second removal calmly', async () => {
    const where = key();
    await storage.save(where, Buffer.from('x'));
    await storage.remove(where);
    await storage.remove(where);
    expect(readdirSync(join(root, where.dossierId))).toEqual([]);
    await expect(storage.open(where)).rejects.toBeInstanceOf(StoredFileMissingError);
  });

  it('accepts only uuids as keys, so no other string reaches a path', async () => {
    await expect(storage.save({ dossierId: '../../etc', attachmentId: randomUUID() }, Buffer.from('x'))).rejects.toThrow('uuids');
    await expect(storage.open({ dossierId: randomUUID(), attachmentId: '../passwd' })).rejects.toThrow('uuids');
  });
});
