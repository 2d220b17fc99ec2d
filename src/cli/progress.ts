// A one-line progress bar on stderr, for terminals only (the CLI never creates
// one in a pipe). Redraws at most every 100 ms.
import chalk from 'chalk';

export class Progress {
  private last = 0;
  private readonly started = Date.now();
  constructor(private readonly stream: NodeJS.WritableStream) {}

  tick(done: number, failed: number): void {
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    const fail = failed ? chalk.red(` ${failed} failed`) : '';
    this.stream.write(`\r${chalk.cyan('extract')} ${done} articles  ${rate}/s${fail}\x1b[K`);
  }

  clear(): void {
    this.stream.write('\r\x1b[K');
  }

  done(ok: number, failed: number): void {
    const secs = ((Date.now() - this.started) / 1000).toFixed(1);
    const fail = failed ? chalk.red(`, ${failed} failed`) : '';
    this.stream.write(`\r${chalk.cyan('extract')} ${ok} records${fail} in ${secs}s\x1b[K\n`);
  }
}
