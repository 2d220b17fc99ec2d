// What the user named on the command line, as a stream of articles in a stable
// order: files, folders (recursed, sorted by path), `-` for stdin, and JSONL
// streams of {"id","text"} lines. A name that cannot be read becomes an error
// item in its place, so the batch goes on and nothing is silently skipped.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { decodeWellFormedUtf8 } from '../io/utf8.js';

export type Article =
  | { id: string; bytes: Uint8Array }
  | { id: string; text: string }
  /**
   * One line of a JSONL stream, not yet decoded: whoever extracts it (a worker)
   * parses it, so the reading thread only splits bytes. `id` stands until the
   * line's own id is read; `line` counts the stream's non-blank lines.
   */
  | { id: string; line: number; jsonl: Uint8Array }
  | { id: string; error: InputError };

export interface InputOptions {
  /** File endings taken from folders (`.txt`, `.md`, `.text`, `.html`, `.htm` by default). */
  extensions: string[];
  /** stdin (and `-`) carries JSON Lines of {"id","text"} rather than one article. */
  jsonl: boolean;
  maxBytes: number;
  /** Told of the files a folder held that its endings left out (none: not called). */
  onLeftOut?: (folder: string, files: string[]) => void;
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

function walk(dir: string, extensions: string[], out: Listed[], leftOut: string[]): void {
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
    if (e.isDirectory()) walk(full, extensions, out, leftOut);
    else if ((e.isFile() || e.isSymbolicLink()) && extensions.some((x) => e.name.toLowerCase().endsWith(x))) out.push({ file: full });
    else leftOut.push(full);
  }
}

/**
 * Files of a folder (and folders that could not be read), in path order, so output order
 * never depends on the file system; and, in path order too, the other files, which its
 * endings leave out (images, spreadsheets, a crawler's state): said, never dropped unsaid.
 */
export function listFolder(dir: string, extensions: string[]): { listed: Listed[]; leftOut: string[] } {
  const listed: Listed[] = [];
  const leftOut: string[] = [];
  walk(dir, extensions, listed, leftOut);
  return { listed: listed.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)), leftOut: leftOut.sort() };
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

/**
 * JSON Lines of {"id","text"}: one article per line; a bad line is an error item
 * (see parseJsonlLine), not the end. Lines are cut from the bytes as they come
 * (at \n, \r\n or \r) and handed on undecoded, each in a buffer of its own.
 */
async function* jsonlArticles(stream: NodeJS.ReadableStream, label: string): AsyncGenerator<Article> {
  let n = 0;
  let pending: Buffer[] = [];
  let afterCR = false;
  const lineOf = (parts: Buffer[]): Article | null => {
    const bytes = parts.length === 1 ? new Uint8Array(parts[0]) : new Uint8Array(Buffer.concat(parts));
    if (isBlank(bytes)) return null;
    n += 1;
    return { id: `${label}#${n}`, line: n, jsonl: bytes };
  };
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    let at = 0;
    // a \r\n split across two chunks is one line break
    if (afterCR && buf[0] === 0x0a) at = 1;
    afterCR = false;
    while (at < buf.length) {
      const end = nextBreak(buf, at);
      if (end < 0) {
        pending.push(buf.subarray(at));
        break;
      }
      pending.push(buf.subarray(at, end));
      const article = lineOf(pending);
      pending = [];
      if (article) yield article;
      if (buf[end] === 0x0d) {
        if (end + 1 === buf.length) afterCR = true;
        else if (buf[end + 1] === 0x0a) at = end + 2;
        else at = end + 1;
        if (afterCR) break;
      } else at = end + 1;
    }
  }
  if (pending.length) {
    const article = lineOf(pending);
    if (article) yield article;
  }
}

/** Position of the next \n or \r from `from`, or -1. */
function nextBreak(buf: Buffer, from: number): number {
  const lf = buf.indexOf(0x0a, from);
  const cr = buf.indexOf(0x0d, from);
  if (cr < 0) return lf;
  if (lf < 0) return cr;
  return Math.min(lf, cr);
}

const UTF8 = new TextDecoder('utf-8');

/** Nothing but white space (and nothing at all): skipped, as blank lines between records are. */
function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b === 0x20 || (b >= 0x09 && b <= 0x0c)) continue;
    // non-ASCII: white space of other scripts (an ideographic space) is decided on the text
    return b >= 0x80 && UTF8.decode(bytes).trim() === '';
  }
  return true;
}

/** A JSONL line's article: its id and text, or why the line is not one. */
export function parseJsonlLine(a: { id: string; line: number; jsonl: Uint8Array }): { id: string; text: string } | { id: string; error: InputError } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeWellFormedUtf8(a.jsonl) ?? UTF8.decode(a.jsonl));
  } catch {
    return { id: a.id, error: new InputError('bad-jsonl', `${a.id}: line ${a.line} is not valid JSON`) };
  }
  const obj = parsed as { id?: unknown; text?: unknown };
  const id = typeof obj?.id === 'string' || typeof obj?.id === 'number' ? String(obj.id) : a.id;
  if (typeof obj?.text !== 'string') return { id, error: new InputError('bad-jsonl', `${id}: line ${a.line} has no "text" string`) };
  return { id, text: obj.text };
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
      const { listed, leftOut } = listFolder(name, opts.extensions);
      if (leftOut.length > 0) opts.onLeftOut?.(name, leftOut);
      for (const item of listed) {
        yield 'error' in item ? { id: item.file, error: item.error } : readFileArticle(item.file, opts.maxBytes);
      }
    } else if (opts.jsonl || name.endsWith('.jsonl')) {
      yield* jsonlArticles(fs.createReadStream(name), name);
    } else {
      yield readFileArticle(name, opts.maxBytes);
    }
  }
}
