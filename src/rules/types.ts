// The rule framework. A rule is a pattern plus an extract that may decline; a
// module is one extraction type: its rules in order, then refiners that filter
// and merge what the rules found. src/rules/index.ts lists the modules in the
// order they run.
import type { Doc } from '../text/document.js';
import type { Line } from '../text/layout.js';

/** One thing a rule found: a span of the normalized text and the value read from it. */
export interface Found<V> {
  start: number;
  end: number;
  value: V;
  /** The name of the rule that produced it (shown with --explain). */
  rule: string;
}

export interface Rule<V> {
  /** Readable, unique within its module: `count: numeral+classifier before noun`. */
  readonly name: string;
  /** What the rule looks at. Must be global (`g`); named groups are the convention. */
  readonly pattern: RegExp;
  /** Read a value from a match, or decline with null. Never throws on odd input. */
  extract(match: RegExpExecArray, doc: Doc): Omit<Found<V>, 'rule'> | Array<Omit<Found<V>, 'rule'>> | null;
  /**
   * Where matches can be, for speed: every match lies within `reach`
   * characters of a match of `anchor` (global, cheap: literal characters),
   * holding it or just beside it. A rule that says so reads only the windows
   * of text around its anchors instead of all of it: regexes scanning text
   * where nothing matches are a large share of extraction time. The findings
   * are a full scan's as long as the promise holds; test/windows.test.ts
   * checks that on every corpus sentence, every fixture and random text.
   */
  readonly near?: Near;
  /**
   * Where findings can be, for speed: on these lines of the document only (the layout's
   * title, metadata or last body line), its extract declining a match anywhere else. The
   * rule then reads only those lines, joined as windows are. test/windows.test.ts checks
   * that its findings are the same as a full scan's.
   */
  readonly lines?: LineSelector;
}

/** The lines of a document a rule reads (see Rule.lines); one function per kind of line, shared. */
export type LineSelector = (doc: Doc) => readonly Line[];

export interface Near {
  readonly anchor: RegExp;
  readonly reach: number;
}

/** Look-behind and look-ahead room beyond `reach`, so assertions at a match's edges see the real text. */
const CONTEXT = 8;

/** Which view of the document a module reads (see Doc). */
export type View = 'content' | 'contentAndMeta';

export interface Module<V> {
  readonly name: string;
  readonly view: View;
  readonly rules: ReadonlyArray<Rule<V>>;
  /** Filters and mergers over everything the rules found, in order (overlaps, duplicates). */
  readonly refiners?: ReadonlyArray<(found: Found<V>[], doc: Doc) => Found<V>[]>;
  /** What later modules need from this one (masks, the publication date). */
  readonly publish?: (found: Found<V>[], doc: Doc) => void;
}

/**
 * Guard against pathological inputs: a rule reads at most this many matches,
 * scaled with the text (real text has far fewer matches than characters; a
 * flood of them is built input, where the rest is skipped with a warning).
 */
const maxMatches = (text: string) => Math.max(20000, text.length);

/** Merged windows [start, end) of `text` around the anchors of `near`, as a flat list of starts and ends. */
export function windowsOf(text: string, near: Near): number[] {
  const windows: number[] = [];
  const margin = near.reach + CONTEXT;
  const re = near.anchor;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex += 1;
    const start = Math.max(0, m.index - margin);
    const end = Math.min(text.length, m.index + m[0].length + margin);
    const last = windows.length - 1;
    // overlapping the window before: widen that one
    if (last >= 0 && start <= windows[last]) windows[last] = Math.max(windows[last], end);
    else windows.push(start, end);
  }
  return windows;
}

/**
 * Windows [start, end) of `text` that are the given lines, each from the break before it to
 * the break after it: a line's span leaves out the white space around it, which a view may
 * have blanked, and a pattern must meet that as it would in the whole text.
 */
function lineWindows(text: string, lines: readonly Line[]): number[] {
  const windows: number[] = [];
  for (const line of lines) {
    const end = text.indexOf('\n', line.end);
    windows.push(text.lastIndexOf('\n', line.start - 1) + 1, end < 0 ? text.length : end);
  }
  return windows;
}

/**
 * The windows of a text as one string to scan, joined by a blanked line (no
 * rule reads across a line break and a blank, see document.ts), and where each
 * window starts in it and in the text. One scan instead of one per window: the
 * cost of starting a scan is most of the cost of scanning a short window.
 */
interface Joined {
  text: string;
  /** What the windows were taken by: an anchor set, a selector of lines, or the text's unblanked runs. */
  by: Near | LineSelector | typeof KEPT_RUNS;
  joined: string;
  /** Per window: its start in `joined`, then its start in `text`. */
  starts: number[];
}
const SEPARATOR = '\n\u0000\n';
/** The joined windows of the text being read, one per anchor set or line selector: rules of a module share them, in turns. */
const joinedOfText: Joined[] = [];
function joinedWindows(text: string, by: Near | LineSelector | typeof KEPT_RUNS, doc?: Doc): Joined {
  if (joinedOfText.length && joinedOfText[0].text !== text) joinedOfText.length = 0;
  const known = joinedOfText.find((j) => j.by === by);
  if (known) return known;
  const windows = by === KEPT_RUNS ? keptRuns(text) : typeof by === 'function' ? lineWindows(text, by(doc!)) : windowsOf(text, by);
  const parts: string[] = [];
  const starts: number[] = [];
  let at = 0;
  for (let w = 0; w < windows.length; w += 2) {
    starts.push(at, windows[w]);
    parts.push(text.slice(windows[w], windows[w + 1]));
    at += windows[w + 1] - windows[w] + SEPARATOR.length;
  }
  const joined = { text, by, joined: parts.join(SEPARATOR), starts };
  joinedOfText.push(joined);
  return joined;
}

/**
 * What rules that say nothing of where their matches are read: the runs of a view that are not
 * blanked (document.ts blanks chrome and metadata lines with NUL, which no rule matches), joined
 * as windows are. A quarter of the bench's characters are blanked: these rules scanned in 95 µs an
 * article instead of 122, 0.4% of an article's instructions (irregexp passes over NUL fast).
 */
const KEPT_RUNS = 'kept runs';
/** A run of blanked lines: from a blanked line's first character over the breaks and blanks after it. */
const BLANKED_RUN = /\u0000[\u0000\n]*/g;

/** The windows [start, end) of `text` between its blanked runs (the whole text where nothing is blanked). */
function keptRuns(text: string): number[] {
  const windows: number[] = [];
  let at = 0;
  BLANKED_RUN.lastIndex = 0;
  for (let m = BLANKED_RUN.exec(text); m; m = BLANKED_RUN.exec(text)) {
    if (m.index > at) windows.push(at, m.index);
    at = m.index + m[0].length;
  }
  if (at < text.length) windows.push(at, text.length);
  // (nothing kept: one empty window, where a rule run once a document, `/^/`, still runs)
  if (windows.length === 0) windows.push(0, 0);
  return windows;
}

/**
 * Visit every match of a rule's pattern in `text`, in order, until `visit`
 * returns false: over the whole text, or (when the rule says where its matches
 * can be and `useWindows` holds) over the windows around its anchors, with
 * indices into the whole text. A callback, not a generator: this runs for
 * every match of every rule, and a generator's step costs more than a call.
 */
export function forEachMatch(rule: Rule<unknown>, text: string, visit: (m: RegExpExecArray) => boolean | void, useWindows = true, doc?: Doc): void {
  const re = rule.pattern;
  re.lastIndex = 0;
  // (lines are read only with the document they are lines of; a rule that says nothing reads
  // the document's unblanked runs)
  const by = rule.lines && doc ? rule.lines : rule.near ?? (doc ? KEPT_RUNS : undefined);
  if (!useWindows || !by) {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex += 1;
      if (visit(m) === false) return;
    }
    return;
  }
  const { joined, starts } = joinedWindows(text, by, doc);
  let w = 0;
  for (let m = re.exec(joined); m; m = re.exec(joined)) {
    if (m[0].length === 0) re.lastIndex += 1;
    while (w + 2 < starts.length && starts[w + 2] <= m.index) w += 2;
    m.index = m.index - starts[w] + starts[w + 1];
    if (visit(m) === false) return;
  }
}

/** All matches of a rule in `text` (see forEachMatch). */
export function matchesOf(rule: Rule<unknown>, text: string, useWindows = true): RegExpExecArray[] {
  const all: RegExpExecArray[] = [];
  forEachMatch(rule, text, (m) => void all.push(m), useWindows);
  return all;
}

/**
 * Of overlapping finds the longest (of equal ones the earlier), in text order. Characters are
 * marked as kept finds cover them: testing each find against every kept one was quadratic, and a
 * text of thousands of finds (a page repeating one name) took seconds.
 */
export function longestNonOverlapping<V>(found: Found<V>[]): Found<V>[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  let size = 0;
  for (const f of found) size = Math.max(size, f.end);
  const covered = new Uint8Array(size);
  const kept: Found<V>[] = [];
  for (const f of sorted) {
    let free = true;
    for (let i = f.start; i < f.end && free; i++) free = covered[i] === 0;
    if (!free) continue;
    covered.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function runModule<V>(module: Module<V>, doc: Doc, options: { useWindows?: boolean } = {}): Found<V>[] {
  const text = doc[module.view];
  let found: Found<V>[] = [];
  for (const rule of module.rules) {
    let n = 0;
    const limit = maxMatches(text);
    forEachMatch(
      rule as Rule<unknown>,
      text,
      (m) => {
        if (++n > limit) {
          // said on the record, never silent: the rest of this input was not read by this rule
          doc.warnings.push({ code: 'rule-stopped', message: `${rule.name}: stopped after ${limit} matches; later items of this kind are missing` });
          return false;
        }
        const out = rule.extract(m, doc);
        if (!out) return;
        // built field by field, not as { ...item, rule }: on Node 20 a spread followed
        // by a new key takes V8's slow path (µs per object) and gives every object
        // its own shape, which slowed everything that read them afterwards
        for (const item of Array.isArray(out) ? out : [out]) found.push({ start: item.start, end: item.end, value: item.value, rule: rule.name });
      },
      options.useWindows ?? true,
      doc,
    );
  }
  for (const refine of module.refiners ?? []) found = refine(found, doc);
  module.publish?.(found, doc);
  return found;
}
