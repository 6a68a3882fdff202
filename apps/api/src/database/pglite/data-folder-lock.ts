import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataFolderInUseError extends Error {}

/**
 * PGlite runs inside this process: two processes on one data folder each see their own copy
 * and silently diverge, then corrupt it. The first process takes a lock file holding its
 * pid; a second one refuses to start. A lock left by a process that no longer runs is taken over.
 */
export function lockDataFolder(dataDir: string): () => void {
  const file = join(dataDir, 'vinh-danh.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readOwner(file) === process.pid) rmSync(file, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      if (owner !== undefined && owner !== process.pid && isRunning(owner)) {
        throw new DataFolderInUseError(
          `Thư mục dữ liệu ${dataDir} đang được tiến trình ${owner} sử dụng. PGlite chỉ cho một tiến trình; ` +
            'để chạy nhiều tiến trình, dùng PostgreSQL (DATABASE_URL).',
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new DataFolderInUseError(`Không khoá được thư mục dữ liệu ${dataDir}`);
}

function readOwner(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
