// Errors that reach a user. Each has a stable code (for `--errors` JSON Lines and
// scripts) and a message that says what went wrong and, where it helps, what to do.
// Rules never throw these: they decline. Only inputs and usage fail.

export type InputErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'too-large'
  | 'bad-jsonl'
  | 'internal';

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export class UsageError extends Error {
  readonly code = 'usage';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit statuses: every input gave a record; some input failed; the command line was wrong; Ctrl-C (128 + SIGINT). */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, interrupted: 130 } as const;
