// The real `bin/extract`, spawned as a user runs it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test, beforeAll } from 'vitest';
import { tempDir } from './temp-dirs.js';

const BIN = path.resolve('bin/extract');
const SEED = 'fixtures/articles/003_77041d6444ac8022.txt';

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: input ?? '', encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let bad: string;
beforeAll(() => {
  bad = tempDir('extract-bad-');
  fs.copyFileSync(SEED, path.join(bad, 'good.txt'));
  fs.writeFileSync(path.join(bad, 'empty.txt'), '');
  fs.writeFileSync(path.join(bad, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  // bytes no encoding makes text of: a fixed pseudo-random run of high bytes
  let x = 7;
  const noise = Buffer.alloc(3000, 0).map(() => 0x80 + ((x = (x * 1103515245 + 12345) & 0x7fffffff) % 128));
  fs.writeFileSync(path.join(bad, 'invalid.txt'), noise);
});

describe('extract CLI', () => {
  test('stdin → CSV: a header and one row', () => {
    const r = run(['--format', 'csv'], fs.readFileSync(SEED));
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0].startsWith('id,title,source,publishedAt')).toBe(true);
    expect(lines[1]).toContain('慈湖高新区:党建引领强动力 高质量发展有保障');
    expect(lines[1]).toContain('马鞍山日报');
    expect(r.stderr).toBe('');
  });

  test('a folder → JSONL: one record per article, in path order', () => {
    const r = run(['fixtures/articles', '--format', 'jsonl']);
    expect(r.status).toBe(0);
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(fs.readdirSync('fixtures/articles').sort().map((f) => path.join('fixtures/articles', f)));
  });

  test('json is one array', () => {
    const r = run(['fixtures/articles', '--format', 'json']);
    const arr = JSON.parse(r.stdout);
    expect(Array.isArray(arr)).toBe(true);
    expect(arr).toHaveLength(5);
  });

  test('a folder with an empty file, a PNG and invalid bytes: one record, three errors naming the files, exit 1', () => {
    const r = run([bad, '--format', 'jsonl']);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).id).toBe(path.join(bad, 'good.txt'));
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/empty\.txt: the file is empty/);
    expect(errors[1]).toMatch(/image\.txt: this is a PNG image/);
    expect(errors[2]).toMatch(/invalid\.txt: not readable as UTF-8, UTF-16, GB18030 or Big5/);
  });

  test('files a folder holds with other endings are named once on stderr, not read, and the exit stays 0; --ext takes them', () => {
    const dir = tempDir('extract-endings-');
    fs.copyFileSync(SEED, path.join(dir, 'a.txt'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.copyFileSync(SEED, path.join(dir, 'sub', 'b.text'));
    fs.writeFileSync(path.join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    fs.copyFileSync(SEED, path.join(dir, 'sub', 'c.article'));
    const r = run([dir, '--format', 'jsonl']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([path.join(dir, 'a.txt'), path.join(dir, 'sub', 'b.text')]);
    expect(r.stderr.trim().split('\n')).toEqual([`extract: ${dir}: 2 file(s) not read, their endings are not .txt .md .text .html .htm (photo.jpg, ${path.join('sub', 'c.article')}); --ext takes others`]);
    const taken = run([dir, '--format', 'jsonl', '--ext', '.txt,.article']);
    expect(taken.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([path.join(dir, 'a.txt'), path.join(dir, 'sub', 'c.article')]);
    expect(taken.stderr).toContain('2 file(s) not read');
  });

  test('a missing file is an error line, the others still run', () => {
    const r = run(['no/such/file.txt', SEED]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no\/such\/file\.txt: no such file or folder/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  test('--errors writes failures as JSON Lines', () => {
    const file = path.join(tempDir('extract-errors-'), 'errors.jsonl');
    run([bad, '--errors', file]);
    const rows = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.error)).toEqual(['empty', 'binary', 'undecodable']);
    expect(rows[0].id).toBe(path.join(bad, 'empty.txt'));
  });

  test('--input jsonl reads {id, text} lines', () => {
    const text = fs.readFileSync(SEED, 'utf8');
    const input = [JSON.stringify({ id: 'a', text }), 'not json', JSON.stringify({ id: 'c', text: '' }), JSON.stringify({ text })].join('\n');
    const r = run(['--input', 'jsonl'], input);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', '-#4']);
    expect(r.stderr).toMatch(/-#2: line 2 is not valid JSON/);
    expect(r.stderr).toMatch(/c: the text is empty/);
  });

  test('--table zones: one row per zone with the article id and its host unit', () => {
    const r = run(['fixtures/articles', '--format', 'csv', '--table', 'zones']);
    expect(r.status).toBe(0);
    const [header, ...rows] = r.stdout.trim().split('\n');
    expect(header).toBe('id,name,adcode,evidence_text,evidence_start,evidence_end,rule');
    expect(rows.some((row) => row.includes('慈湖高新区,340500'))).toBe(true);
  });

  test('--table counts needs csv', () => {
    const r = run([SEED, '--table', 'counts']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--table applies to --format csv/);
  });

  test('an unknown format is a usage error', () => {
    const r = run([SEED, '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are json, jsonl, csv/);
  });

  test('--bom starts CSV with a byte-order mark', () => {
    const r = run([SEED, '--format', 'csv', '--bom']);
    expect(r.stdout.startsWith('\uFEFFid,')).toBe(true);
  });

  test('--out writes to a file', () => {
    const out = path.join(tempDir('extract-out-'), 'out.jsonl');
    const r = run([SEED, '--out', out]);
    expect(r.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).id).toBe(SEED);
  });

  test('schema prints the JSON Schema of the record', () => {
    const r = run(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'locality', 'counts', 'programs', 'dates']));
    expect(schema.properties.counts.items.properties.approx.enum).toEqual(['exact', 'over', 'under', 'about']);
  });

  test('--help shows real examples', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/cat article\.txt \| extract --format csv/);
    expect(r.stdout).toMatch(/--table <table>/);
  });

  test('--explain names the rule of each item', () => {
    const plain = JSON.parse(run([SEED]).stdout);
    const explained = JSON.parse(run([SEED, '--explain']).stdout);
    expect(plain.counts.every((c: { rule?: string }) => c.rule === undefined)).toBe(true);
    expect(plain.counts.length).toBeGreaterThan(0);
    expect(explained.counts.length).toBe(plain.counts.length);
    expect(explained.counts.every((c: { rule?: string }) => typeof c.rule === 'string')).toBe(true);
  });

  test('GB18030 and Big5 files give the records of their UTF-8 originals', () => {
    for (const [enc, stem] of [['gb18030', '003_77041d6444ac8022'], ['big5', '000_d0037c98df390d46']]) {
      const a = JSON.parse(run([`fixtures/articles/${stem}.txt`]).stdout);
      const b = JSON.parse(run([`fixtures/encodings/${stem}.${enc}.txt`]).stdout);
      expect(b.encoding).toBe(enc);
      expect({ ...b, id: a.id, encoding: a.encoding }).toEqual(a);
    }
  });
});
