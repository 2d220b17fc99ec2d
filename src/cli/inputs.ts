// What the user named on the command line, as a stream of articles in a stable
// order: files, folders (recursed, sorted by path), `-` for stdin, and JSONL
// streams of {"id","text"} lines. A name that cannot be read becomes an error
// item in its place, so the batch goes on and nothing is silently skipped.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { InputError } from '../errors.js';

export type Article =
  | { id: string; bytes: Uint8Array }
  | { id: string; text: string }
  | { id: string; error: InputError };

export interface InputOptions {
  /** File endings taken from folders (`.txt`, `.md`, `.text` by default). */
  extensions: string[];
  /** stdin (and `-`) carries JSON Lines of {"id","text"} rather than one article. */
  jsonl: boolean;
  maxBytes: number;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

function walk(dir: string, extensions: string[], out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, extensions, out);
    else if (e.isFile() && extensions.some((x) => e.name.toLowerCase().endsWith(x))) out.push(full);
  }
}

/** Files of a folder, in path order, so output order never depends on the file system. */
export function listFolder(dir: string, extensions: string[]): string[] {
  const out: string[] = [];
  walk(dir, extensions, out);
  return out.sort();
}

function readFileArticle(file: string, maxBytes: number): Article {
  try {
    const stat = fs.statSync(file);
    if (stat.size > maxBytes) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      return {
        id: file,
        error: new InputError('too-large', `${file}: ${mb(stat.size)} is too large to be one article (limit ${mb(maxBytes)}); split it, or raise --max-bytes`),
      };
    }
    return { id: file, bytes: fs.readFileSync(file) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { id: file, error: new InputError('not-found', `${file}: no such file or folder`) };
    return { id: file, error: new InputError('unreadable', `${file}: cannot be read (${code ?? (err as Error).message})`) };
  }
}

/** JSON Lines of {"id","text"}: one article per line; a bad line is an error item, not the end. */
async function* jsonlArticles(stream: NodeJS.ReadableStream, label: string): AsyncGenerator<Article> {
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    n += 1;
    const fallback = `${label}#${n}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      yield { id: fallback, error: new InputError('bad-jsonl', `${fallback}: line ${n} is not valid JSON`) };
      continue;
    }
    const obj = parsed as { id?: unknown; text?: unknown };
    const id = typeof obj?.id === 'string' || typeof obj?.id === 'number' ? String(obj.id) : fallback;
    if (typeof obj?.text !== 'string') {
      yield { id, error: new InputError('bad-jsonl', `${id}: line ${n} has no "text" string`) };
      continue;
    }
    yield { id, text: obj.text };
  }
}

export async function* articles(names: string[], opts: InputOptions, stdin: NodeJS.ReadableStream): AsyncGenerator<Article> {
  for (const name of names) {
    if (name === '-') {
      if (opts.jsonl) yield* jsonlArticles(stdin, '-');
      else yield { id: '-', bytes: await readAll(stdin) };
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(name);
    } catch {
      yield { id: name, error: new InputError('not-found', `${name}: no such file or folder`) };
      continue;
    }
    if (stat.isDirectory()) {
      for (const file of listFolder(name, opts.extensions)) yield readFileArticle(file, opts.maxBytes);
    } else if (opts.jsonl || name.endsWith('.jsonl')) {
      yield* jsonlArticles(fs.createReadStream(name), name);
    } else {
      yield readFileArticle(name, opts.maxBytes);
    }
  }
}
