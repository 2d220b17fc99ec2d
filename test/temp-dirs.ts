// Folders the CLI tests write into, removed when the test file is done: a
// 9 MB dump and a few folders per run otherwise pile up in the machine's tmp.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

/** A new empty folder under the system's tmp, named `prefix` and a random tail. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
