// Every module of the registry (./index.ts) beside the corpus of examples that is its
// test, in running order: test/corpus.test.ts runs them all. Extraction never loads
// this file (the corpora are some 400 KB of source that every worker parsed at start).
import type { Corpus } from './corpus.js';
import type { Module } from './types.js';
import { registry } from './index.js';
import { corpus as metadataCorpus } from './metadata/corpus.js';
import { corpus as programsCorpus } from './programs/corpus.js';
import { corpus as datesCorpus } from './dates/corpus.js';
import { corpus as countsCorpus } from './counts/corpus.js';
import { corpus as placesCorpus, zoneCorpus } from './places/corpus.js';
import { corpus as organizationsCorpus } from './organizations/corpus.js';

export const modules: ReadonlyArray<{ module: Module<unknown>; corpus: Corpus }> = [
  { module: registry.metadata as Module<unknown>, corpus: metadataCorpus },
  { module: registry.programs as Module<unknown>, corpus: programsCorpus },
  { module: registry.dates as Module<unknown>, corpus: datesCorpus },
  { module: registry.counts as Module<unknown>, corpus: countsCorpus },
  { module: registry.places as Module<unknown>, corpus: placesCorpus },
  { module: registry.places as Module<unknown>, corpus: zoneCorpus },
  { module: registry.organizations as Module<unknown>, corpus: organizationsCorpus },
];
