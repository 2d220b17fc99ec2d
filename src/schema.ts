// The record contract (../shared/RECORD.md) as one zod schema. Every TypeScript
// type, the JSON Schema printed by `extract schema` and the CSV columns derive
// from the definitions here; nothing else declares the record's shape.
import { z } from 'zod';

/** Where an item came from: its text as it stands in the input and its [start, end) span. */
export const Evidence = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** `input` (the decoded input itself) or `text` (the main text extracted from an HTML page). */
  in: z.enum(['input', 'text']).optional(),
});

/** Every extracted item carries its evidence and, with --explain, the rule that produced it. */
const provenance = {
  evidence: Evidence,
  rule: z.string().optional(),
};

export const Level = z.enum(['province', 'city', 'county']);

// (names, subjects and actions are never empty: null where there is none)
export const Locality = z.object({
  name: z.string().min(1),
  adcode: z.string().regex(/^\d{6}$/),
  level: Level,
  province: z.string().nullable(),
  city: z.string().nullable(),
  county: z.string().nullable(),
  /** How the name was written in the text when it differs from the official name (`马尾` for 马尾区). */
  mention: z.string().optional(),
  ...provenance,
});

export const Zone = z.object({
  name: z.string().min(1),
  /** The administrative unit the zone lies in, when known. */
  adcode: z.string().nullable(),
  ...provenance,
});

export const OrganizationKind = z.enum(['party', 'government', 'enterprise', 'association', 'other']);

export const Organization = z.object({
  name: z.string().min(1),
  kind: OrganizationKind,
  /** Other forms of the same body in the article (`万华` beside `万华化学`). */
  aliases: z.array(z.string()).optional(),
  ...provenance,
});

export const Approx = z.enum(['exact', 'over', 'under', 'about']);

export const Count = z.object({
  value: z.number(),
  unit: z.string(),
  subject: z.string().min(1).nullable(),
  action: z.string().min(1).nullable(),
  approx: Approx,
  upper: z.number().optional(),
  ...provenance,
});

export const Program = z.object({
  name: z.string().min(1),
  /** The program word that names its kind (`工程`, `计划`, `机制`), when the text gives one. */
  kind: z.string().min(1).nullable(),
  ...provenance,
});

export const DateMention = z.object({
  text: z.string(),
  value: z.string(),
  ...provenance,
});

export const Script = z.enum(['simplified', 'traditional', 'mixed']);

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  evidence: Evidence.optional(),
});

export const ArticleRecord = z.object({
  id: z.string(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  publishedAt: z.string().nullable(),
  authors: z.array(z.string()),
  editors: z.array(z.string()),
  script: Script,
  /** The character encoding the input was read in (`utf-8`, `gb18030`, `big5`, `utf-16le`, …). */
  encoding: z.string(),
  /** What the input was: plain text, or a saved web page reduced to its article. */
  format: z.enum(['text', 'html']),
  /**
   * For a web page: the article text taken from it (headline and metadata lines
   * from its <head>, then the paragraphs). Evidence marked `in: "text"` points into this.
   */
  text: z.string().optional(),
  locality: Locality.nullable(),
  /** Place names that several units share and that the article did not settle. */
  ambiguous: z.array(z.object({ name: z.string(), candidates: z.array(z.string()), evidence: Evidence })),
  localities: z.array(Locality),
  zones: z.array(Zone),
  organizations: z.array(Organization),
  counts: z.array(Count),
  programs: z.array(Program),
  dates: z.array(DateMention),
  warnings: z.array(Warning),
});

export type Evidence = z.infer<typeof Evidence>;
export type Locality = z.infer<typeof Locality>;
export type Zone = z.infer<typeof Zone>;
export type Organization = z.infer<typeof Organization>;
export type OrganizationKind = z.infer<typeof OrganizationKind>;
export type Count = z.infer<typeof Count>;
export type Approx = z.infer<typeof Approx>;
export type Program = z.infer<typeof Program>;
export type DateMention = z.infer<typeof DateMention>;
export type Script = z.infer<typeof Script>;
export type Warning = z.infer<typeof Warning>;
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** The record's JSON Schema, for `extract schema` and for users who validate our output. */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(ArticleRecord, { target: 'draft-2020-12' });
}
