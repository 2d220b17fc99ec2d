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
  /** File endings taken from folders (`.txt`, `.md`, `.text`, `.html`, `.htm` by default). */
  extensions: string[];
  /** stdin (and `-`) carries JSON Lines of {"id","text"} rather than one article. */
  jsonl: boolean;
  maxBytes: number;
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function tooLarge(id: string, size: string, maxBytes: number): InputError {
  return new InputError('too-large', `${id}: ${size} is too large to be one article (limit ${megabytes(maxBytes)}); split it, or raise --max-bytes`);
}

/** One article from a stream; past `maxBytes` the rest is read and dropped, so a 1 GB pipe never sits in memory. */
async function readArticle(stream: NodeJS.ReadableStream, id: string, maxBytes: number): Promise<Article> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buf.length;
    if (size <= maxBytes) chunks.push(buf);
    else chunks.length = 0;
  }
  if (size > maxBytes) return { id, error: tooLarge(id, megabytes(size), maxBytes) };
  return { id, bytes: Buffer.concat(chunks) };
}

type Listed = { file: string } | { file: string; error: InputError };

function walk(dir: string, extensions: string[], out: Listed[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    // a folder we cannot open is reported in its place, not skipped
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    out.push({ file: dir, error: new InputError('unreadable', `${dir}: folder cannot be read (${code})`) });
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, extensions, out);
    else if ((e.isFile() || e.isSymbolicLink()) && extensions.some((x) => e.name.toLowerCase().endsWith(x))) out.push({ file: full });
  }
}

/** Files of a folder (and folders that could not be read), in path order, so output order never depends on the file system. */
export function listFolder(dir: string, extensions: string[]): Listed[] {
  const out: Listed[] = [];
  walk(dir, extensions, out);
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function readFileArticle(file: string, maxBytes: number): Article {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { id: file, error: new InputError('unreadable', `${file}: is a folder, not a file`) };
    if (stat.size > maxBytes) return { id: file, error: tooLarge(file, megabytes(stat.size), maxBytes) };
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
      else yield await readArticle(stdin, '-', opts.maxBytes);
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
      for (const listed of listFolder(name, opts.extensions)) {
        yield 'error' in listed ? { id: listed.file, error: listed.error } : readFileArticle(listed.file, opts.maxBytes);
      }
    } else if (opts.jsonl || name.endsWith('.jsonl')) {
      yield* jsonlArticles(fs.createReadStream(name), name);
    } else {
      yield readFileArticle(name, opts.maxBytes);
    }
  }
}
