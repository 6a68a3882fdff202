import type { Readable } from 'node:stream';

/** Where an attachment's bytes are: one dossier folder, one file per attachment id. */
export interface StoredFileKey {
  dossierId: string;
  attachmentId: string;
}

/**
 * The file store behind attachments, an injectable adapter so a deployment can swap the
 * local folder for another store. Stored files are only ever copied back out as bytes:
 * never executed, opened by a program or interpreted.
 */
export abstract class FileStorage {
  /** Writes the whole content durably; when it resolves, the file is complete under its key. */
  abstract save(key: StoredFileKey, content: Buffer): Promise<void>;
  /** Opens the content for streaming; rejects with StoredFileMissingError when it is gone. */
  abstract open(key: StoredFileKey): Promise<{ stream: Readable; size: number }>;
  /** Removes the content; a missing file is not an error. */
  abstract remove(key: StoredFileKey): Promise<void>;
}

export class StoredFileMissingError extends Error {
  constructor(key: StoredFileKey) {
    super(`Stored file ${key.dossierId}/${key.attachmentId} is missing`);
  }
}
