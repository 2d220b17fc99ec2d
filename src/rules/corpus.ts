// The shape of a rule module's corpus: real-style sentences, each with what
// must be found in it (span and value) — or nothing, for the look-alikes that
// must not match. test/corpus.test.ts turns every case into a test that runs
// the whole `extract` pipeline on the sentence.
import type { ArticleRecord } from '../schema.js';

export type ItemField = 'counts' | 'dates' | 'programs' | 'organizations' | 'localities' | 'zones';
type ItemOf<F extends ItemField> = ArticleRecord[F][number];

/** An expected item: the evidence text it must come from, and the fields it must have. */
export type Expected<F extends ItemField> = { span: string } & Partial<Omit<ItemOf<F>, 'evidence' | 'rule'>>;

export interface ItemCase<F extends ItemField> {
  text: string;
  /** The items that must be found. Empty: a negative case, nothing may be found. */
  expect: Array<Expected<F>>;
  /** Other items may be found too (the case is about one item of a busy sentence). Default: false. */
  partial?: boolean;
  /** Publication date to resolve dates without a year against. */
  publishedAt?: string;
  note?: string;
}

export interface ItemCorpus<F extends ItemField> {
  field: F;
  cases: Array<ItemCase<F>>;
}

export type MetaExpect = Partial<Pick<ArticleRecord, 'title' | 'source' | 'publishedAt' | 'authors' | 'editors' | 'script'>>;

export interface MetaCorpus {
  field: 'metadata';
  cases: Array<{ text: string; expect: MetaExpect; note?: string }>;
}

export type Corpus = ItemCorpus<ItemField> | MetaCorpus;
