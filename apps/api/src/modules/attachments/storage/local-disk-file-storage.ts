import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { FileStorage, StoredFileMissingError, type StoredFileKey } from './file-storage';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `<root>/<dossierId>/<attachmentId>` on a local (or shared network) folder. A write goes to
 * a temporary name, is fsynced, then renamed into place and the folder fsynced, so a crash
 * leaves either the whole file or none under its final name. Several api processes must
 * share the root folder (README: ATTACHMENTS_DIR).
 */
export class LocalDiskFileStorage extends FileStorage {
  constructor(private readonly root: string) {
    super();
  }

  async save(key: StoredFileKey, content: Buffer): Promise<void> {
    const folder = this.folderOf(key);
    await mkdir(folder, { recursive: true });
    const temporary = join(folder, `.${key.attachmentId}.${randomBytes(6).toString('hex')}.part`);
    try {
      const handle = await open(temporary, 'wx', 0o600);
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, this.pathOf(key));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    await syncFolder(folder);
  }

  async open(key: StoredFileKey): Promise<{ stream: Readable; size: number }> {
    try {
      const handle = await open(this.pathOf(key), 'r');
      const { size } = await handle.stat();
      return { stream: handle.createReadStream(), size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredFileMissingError(key);
      throw error;
    }
  }

  async remove(key: StoredFileKey): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Ids are uuids we generated; checking them again keeps any other string out of the path. */
  private folderOf(key: StoredFileKey): string {
    if (!UUID.test(key.dossierId) || !UUID.test(key.attachmentId)) throw new Error('Stored file keys are uuids');
    return join(this.root, key.dossierId.toLowerCase());
  }

  private pathOf(key: StoredFileKey): string {
    return join(this.folderOf(key), key.attachmentId.toLowerCase());
  }
}

/** Makes the rename itself durable; some platforms cannot open a folder, which is fine. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort: the file itself is already fsynced
  }
}
