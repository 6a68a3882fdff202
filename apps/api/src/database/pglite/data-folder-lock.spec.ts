import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFolderInUseError, lockDataFolder } from './data-folder-lock';

describe('PGlite data folder lock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vd-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the folder, and gives it back on release', () => {
    const release = lockDataFolder(dir);
    expect(readFileSync(join(dir, 'vinh-danh.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'vinh-danh.lock'))).toBe(false);
  });

  it('refuses a folder another running process holds', () => {
    // The parent of this test process is alive for as long as the test runs.
    writeFileSync(join(dir, 'vinh-danh.lock'), String(process.ppid));
    expect(() => lockDataFolder(dir)).toThrow(DataFolderInUseError);
    expect(readFileSync(join(dir, 'vinh-danh.lock'), 'utf8')).toBe(String(process.ppid));
  });

  it('takes over a lock left by a process that has died', () => {
    writeFileSync(join(dir, 'vinh-danh.lock'), '2147483646');
    const release = lockDataFolder(dir);
    expect(readFileSync(join(dir, 'vinh-danh.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
