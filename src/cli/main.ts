// The `extract` command: a thin shell over the library. It turns arguments into
// options, inputs into articles, articles into records (in order), and records
// into output; one handler at the end maps failures to exit statuses.
import type { Writable } from 'node:stream';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../extract.js';
import { EXIT, UsageError } from '../errors.js';
import { makeFramer, TABLES, type Format, type Table } from '../output/writers.js';
import { articles } from './inputs.js';
import { extractAll, type Outcome } from './run.js';

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

const EXAMPLES = `
Examples:
  cat article.txt | extract --format csv          one article from a pipe, as a CSV row
  extract articles/ --format jsonl > out.jsonl     a folder, one record a line
  extract articles/ --format csv --table counts    one row per count, with the article id
  extract page.gbk.txt big5.txt --explain          any encoding; name the rule behind each item
  extract saved-page.html --format csv             a web page: its article, headline and dateline
  extract corpus.jsonl --jobs 4 --errors err.jsonl a JSONL file on 4 threads; failures as JSON Lines
  scraper | extract --input jsonl --format jsonl   {"id","text"} lines in, records out
  extract schema > record.schema.json              the record's JSON Schema

Exit status: 0 every input gave a record, 1 some input failed (one line each on stderr), 2 usage error,
130 interrupted (the output so far is complete: whole records, a closed JSON array).`;

interface Options {
  format: Format;
  out?: string;
  table: Table;
  bom: boolean;
  input: 'text' | 'jsonl';
  explain: boolean;
  quiet: boolean;
  ext: string;
  jobs: number;
  aloneFirst?: number;
  errors?: string;
  maxBytes: number;
}

const positiveInt = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} takes a whole number of 1 or more`);
  return n;
};

function program(io: Io, run: (inputs: string[], o: Options) => Promise<number>): Command {
  const cmd = new Command('extract')
    .description('Turn Chinese news articles about local party-building work into typed records:\nplaces (GB/T 2260 codes), organizations, counts, programs, dates and metadata,\neach item with the span of text it came from.')
    .argument('[inputs...]', 'files, folders (recursed) or - for stdin; with none, stdin when it is a pipe')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'csv']).default('jsonl'))
    .option('-o, --out <file>', 'write output to a file instead of stdout')
    .addOption(new Option('-t, --table <table>', 'CSV table: one row per article, or one row per item').choices([...TABLES]).default('articles'))
    .option('--bom', 'start CSV with a UTF-8 byte-order mark (for Excel)', false)
    .addOption(new Option('--input <kind>', 'what stdin and - carry').choices(['text', 'jsonl']).default('text'))
    .option('--explain', 'name the rule that produced each item', false)
    .option('-q, --quiet', 'no progress bar, no summary (errors are still printed)', false)
    .option('--ext <list>', 'file endings read from folders, comma-separated', '.txt,.md,.text,.html,.htm')
    .option('-j, --jobs <n>', 'threads extracting a batch (the main thread is one)', positiveInt('--jobs'), Math.max(1, os.availableParallelism()))
    .option('--errors <file>', 'also write failures as JSON Lines {id, error, message}')
    .option('--max-bytes <n>', 'largest article accepted, in bytes', positiveInt('--max-bytes'), DEFAULT_MAX_BYTES)
    // for the tests: start the workers after this many articles instead of 200, so a small batch runs on a pool
    .addOption(new Option('--alone-first <n>').argParser((v) => Number(v)).hideHelp())
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run extract --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .action(async (inputs: string[], o: Options) => {
      exitCode = await run(inputs, o);
    });
  cmd
    .command('schema')
    .description("print the record's JSON Schema")
    .action(async () => {
      const { recordJsonSchema } = await import('../schema.js');
      io.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + '\n');
      exitCode = EXIT.ok;
    });
  let exitCode: number = EXIT.ok;
  Object.defineProperty(cmd, 'exitCodeResult', { get: () => exitCode });
  return cmd;
}

/** Run the CLI with these arguments (without `node` and the script). Resolves to the exit status. */
export async function main(argv: string[], io: Io = process as unknown as Io): Promise<number> {
  const cmd = program(io, (inputs, o) => batch(inputs, o, io));
  try {
    await cmd.parseAsync(argv, { from: 'user' });
    return (cmd as unknown as { exitCodeResult: number }).exitCodeResult;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`extract: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}

async function batch(inputs: string[], o: Options, io: Io): Promise<number> {
  if (inputs.length === 0) {
    if (io.stdin.isTTY) throw new UsageError('no input: name files or folders, or pipe an article to stdin (see --help)');
    inputs = ['-'];
  }
  if (o.table !== 'articles' && o.format !== 'csv') throw new UsageError('--table applies to --format csv only');
  const out = o.out ? fs.createWriteStream(o.out) : io.stdout;
  const errorsOut = o.errors ? fs.createWriteStream(o.errors) : null;
  const framer = await makeFramer({ format: o.format, table: o.table, bom: o.bom });
  const extensions = o.ext.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`));
  // files a folder holds with other endings are no error (a crawl keeps images and state beside
  // its pages), but the user hears of them once, with the way to take them in
  const onLeftOut = (folder: string, files: string[]) => {
    const shown = files.slice(0, 3).map((f) => path.relative(folder, f)).join(', ');
    const more = files.length > 3 ? ` and ${files.length - 3} more` : '';
    io.stderr.write(`extract: ${folder}: ${files.length} file(s) not read, their endings are not ${extensions.join(' ')} (${shown}${more}); --ext takes others\n`);
  };
  const source = articles(inputs, { extensions, jsonl: o.input === 'jsonl', maxBytes: o.maxBytes, onLeftOut }, io.stdin);
  const showProgress = !o.quiet && Boolean(io.stderr.isTTY) && !(inputs.length === 1 && inputs[0] === '-' && o.input === 'text');
  // (chalk and the progress bar are loaded only where they are used: a one-article run in a pipe,
  // the commonest, spends no start-up on them)
  const progress = showProgress ? new (await import('./progress.js')).Progress(io.stderr) : null;

  let ok = 0;
  let failed = 0;
  // Records written in one turn of the event loop leave in one system call, not one each.
  let corked = false;
  const corkable = out as Partial<Pick<Writable, 'cork' | 'uncork'>>;
  const uncork = () => {
    corked = false;
    corkable.uncork?.();
  };
  const onOutcome = async (outcome: Outcome) => {
    if ('output' in outcome) {
      ok += 1;
      if (!corked) {
        corked = true;
        corkable.cork?.();
        setImmediate(uncork);
      }
      await write(out, framer.item(outcome.output));
    } else {
      failed += 1;
      progress?.clear();
      const { default: chalk } = await import('chalk');
      io.stderr.write(`${chalk.red('extract:')} ${outcome.error.message}\n`);
      if (errorsOut) await write(errorsOut, JSON.stringify({ id: outcome.id, error: outcome.error.code, message: outcome.error.message }) + '\n');
    }
    progress?.tick(ok + failed, failed);
  };
  // Ctrl-C: stop taking inputs, finish the record being written, close the output
  // (a JSON array gets its bracket), and exit 130 like any interrupted command.
  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort();
  process.once('SIGINT', onSigint);
  try {
    await extractAll(source, { explain: o.explain, maxBytes: o.maxBytes, jobs: o.jobs, aloneFirst: o.aloneFirst, output: { format: o.format, table: o.table }, signal: interrupt.signal }, onOutcome);
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
  progress?.done(ok, failed);
  if (corked) uncork();
  await write(out, framer.end());
  if (out !== io.stdout) await new Promise<void>((resolve) => (out as fs.WriteStream).end(resolve));
  if (errorsOut) await new Promise<void>((resolve) => errorsOut.end(resolve));
  if (interrupt.signal.aborted) {
    io.stderr.write(`extract: interrupted after ${ok + failed} input(s); the output holds their records\n`);
    return EXIT.interrupted;
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/** Write and wait for the stream to drain, so memory stays flat on long batches. */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> | void {
  if (!text) return;
  if (stream.write(text)) return;
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}

