// The library API: text (or bytes) in, one typed record out. The CLI, the
// worker pool and the tests all go through `extract`.
import { decode } from './io/decode.js';
import { bytesLookLikeHtml, declaredCharset, looksLikeHtml, pageText } from './io/html.js';
import { InputError } from './errors.js';
import type { ArticleRecord, Evidence, Warning } from './schema.js';
import { evidenceOf, makeDoc, type Doc } from './text/document.js';
import { runModule, type Found } from './rules/types.js';
import { registry } from './rules/index.js';
import type { Meta } from './rules/metadata/rules.js';
import { countWarnings } from './rules/counts/checks.js';
import { outletCity, resolvePlaces } from './rules/places/rules.js';
import { gazetteer, localityOf } from './rules/places/gazetteer.js';
import { converters } from './text/opencc.js';
import { useTagTable } from './text/segment.js';

export interface ExtractOptions {
  /** The record's id: the input's path, `-` for stdin, `-#3` for a JSONL line. */
  id?: string;
  /** Name each item's rule in `rule`. */
  explain?: boolean;
  /** Largest input accepted, in bytes (of the file, or of a string's UTF-8 form). */
  maxBytes?: number;
  /**
   * ISO date that dates without a year resolve against when the article states
   * no publication date of its own (the date a scraper fetched the page, say).
   */
  referenceDate?: string;
}

export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

/**
 * Extract one article. Bytes are decoded first (UTF-8/16, GB18030, Big5); a
 * string is taken as decoded. A saved web page (bytes or string) is reduced to
 * its article text first; the record then carries that text, and its evidence
 * points into it.
 */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): ArticleRecord {
  const id = options.id ?? '-';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let text: string;
  let encoding = 'utf-16';
  if (typeof input === 'string') {
    if (input.length > maxBytes / 3 && Buffer.byteLength(input) > maxBytes) tooLarge(id, Buffer.byteLength(input), maxBytes);
    if (input.trim() === '') throw new InputError('empty', `${id}: the text is empty`);
    text = input;
  } else {
    if (input.length > maxBytes) tooLarge(id, input.length, maxBytes);
    const decoded = decode(input, id, bytesLookLikeHtml(input) ? declaredCharset(input) : null);
    text = decoded.text;
    encoding = decoded.encoding;
  }
  if (looksLikeHtml(text)) {
    const page = pageText(text);
    if (page.text.trim() === '') throw new InputError('empty', `${id}: the web page holds no article text`);
    const record = recordOf(makeDoc(page.text, 'text'), id, encoding, options.explain ?? false, options.referenceDate);
    return Object.assign(record, { format: 'html' as const, text: page.text });
  }
  return recordOf(makeDoc(text), id, encoding, options.explain ?? false, options.referenceDate);
}

/**
 * Load the dictionaries and tables now instead of on the first article that
 * needs them. Workers do this as they start, while the main thread is still
 * reading the first inputs; a one-article run never pays for what it does not use.
 */
export function preload(): void {
  gazetteer();
  converters();
  useTagTable();
  // and the rules' patterns, compiled on first use
  extract('黨建引領：马尾区委组织部 2023年5月12日，3家企业“三会一课”', { id: 'preload' });
}

function tooLarge(id: string, size: number, max: number): never {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  throw new InputError(
    'too-large',
    `${id}: ${mb(size)} is too large to be one article (limit ${mb(max)}); split it, or raise --max-bytes`,
  );
}

function recordOf(doc: Doc, id: string, encoding: string, explain: boolean, referenceDate?: string): ArticleRecord {
  const provenance = (f: Found<unknown>): { evidence: Evidence; rule?: string } =>
    explain ? { evidence: evidenceOf(doc, f.start, f.end), rule: f.rule } : { evidence: evidenceOf(doc, f.start, f.end) };

  const meta = runModule(registry.metadata, doc);
  const first = (field: Meta['field']) => meta.find((f) => f.value.field === field)?.value.value ?? null;
  const all = (field: Meta['field']) => meta.filter((f) => f.value.field === field).map((f) => f.value.value);
  doc.publishedAt ??= referenceDate ?? null;
  const programs = runModule(registry.programs, doc);
  const dates = runModule(registry.dates, doc);
  const counts = runModule(registry.counts, doc);
  const places = resolvePlaces(runModule(registry.places, doc), doc, outletCity(first('source')));
  const organizations = runModule(registry.organizations, doc);
  const span = (start: number, end: number, rule: string) =>
    explain ? { evidence: evidenceOf(doc, start, end), rule } : { evidence: evidenceOf(doc, start, end) };
  const localities = places.units.flatMap((u) => {
    const loc = localityOf(u.code);
    return loc ? [Object.assign(loc, u.written !== loc.name ? { mention: u.written } : {}, span(u.start, u.end, u.rule))] : [];
  });

  // the place is named by the outlet alone (`信息来源: 杜集经济开发区`): its evidence is the source's
  const outletLocality = () => {
    const source = meta.find((f) => f.value.field === 'source');
    const loc = places.primary && source ? localityOf(places.primary) : null;
    return loc && source ? Object.assign(loc, { mention: source.value.value }, span(source.start, source.end, 'place: the outlet’s home')) : null;
  };

  return {
    id,
    title: first('title'),
    source: first('source'),
    publishedAt: first('publishedAt'),
    authors: all('author'),
    editors: all('editor'),
    script: doc.norm.script,
    encoding,
    format: 'text',
    locality: localities.find((l) => l.adcode === places.primary) ?? outletLocality(),
    ambiguous: places.ambiguous.map((a) => ({ name: a.name, candidates: a.candidates, evidence: evidenceOf(doc, a.start, a.end) })),
    localities,
    zones: places.zones.map((z) => ({ name: z.name, adcode: z.host, ...span(z.start, z.end, z.rule) })),
    organizations: organizations.map((f) => ({ name: f.value.name, kind: f.value.kind, ...provenance(f) })),
    counts: counts.map((f) => {
      const c = f.value;
      return { value: c.value, unit: c.unit, subject: c.subject, action: c.action, approx: c.approx, ...(c.upper !== undefined ? { upper: c.upper } : {}), ...provenance(f) };
    }),
    programs: programs.map((f) => ({ name: f.value.name, kind: f.value.kind, ...provenance(f) })),
    dates: dates.map((f) => ({ text: doc.text.slice(f.start, f.end), value: f.value.value, ...provenance(f) })),
    warnings: [...lostBytes(doc), ...doc.warnings, ...countWarnings(counts, (f) => evidenceOf(doc, f.start, f.end))],
  };
}

/**
 * Replacement characters (U+FFFD) in the text: bytes that could not be decoded, here or
 * before the text reached us. Said on the record, with the first one as evidence: what
 * they stood for is lost, never silently.
 */
function lostBytes(doc: Doc): Warning[] {
  const first = doc.text.indexOf('\uFFFD');
  if (first < 0) return [];
  let n = 0;
  for (let i = first; i >= 0; i = doc.text.indexOf('\uFFFD', i + 1)) n += 1;
  return [{ code: 'undecodable-bytes', message: `${n} place(s) in the text hold U+FFFD (�): bytes that could not be decoded as text; what they said is lost`, evidence: evidenceOf(doc, first, first + 1) }];
}
