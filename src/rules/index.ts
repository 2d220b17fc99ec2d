// The whole extraction pipeline, in the order it runs, each module beside the
// corpus of examples that is its test. Order matters:
//  1. metadata first: the publication date is the reference for dates without a year;
//  2. programs next: their spans (and quoted terms) are masked so that the
//     numerals inside `四坚持四创新` or `三会一课` are never read as counts;
//  3. then dates, counts, places and organizations, each over the article text only.
import type { Corpus } from './corpus.js';
import type { Module } from './types.js';
import { metadataModule } from './metadata/rules.js';
import { corpus as metadataCorpus } from './metadata/corpus.js';
import { programsModule } from './programs/rules.js';
import { corpus as programsCorpus } from './programs/corpus.js';
import { datesModule } from './dates/rules.js';
import { corpus as datesCorpus } from './dates/corpus.js';
import { countsModule } from './counts/rules.js';
import { placesModule } from './places/rules.js';
import { organizationsModule } from './organizations/rules.js';
import { corpus as placesCorpus, zoneCorpus } from './places/corpus.js';
import { corpus as organizationsCorpus } from './organizations/corpus.js';
import { corpus as countsCorpus } from './counts/corpus.js';

export const registry = {
  metadata: metadataModule,
  programs: programsModule,
  dates: datesModule,
  counts: countsModule,
  places: placesModule,
  organizations: organizationsModule,
} as const;

/** Every module with its corpus, in running order (test/corpus.test.ts runs them all). */
export const modules: ReadonlyArray<{ module: Module<unknown>; corpus: Corpus }> = [
  { module: metadataModule as Module<unknown>, corpus: metadataCorpus },
  { module: programsModule as Module<unknown>, corpus: programsCorpus },
  { module: datesModule as Module<unknown>, corpus: datesCorpus },
  { module: countsModule as Module<unknown>, corpus: countsCorpus },
  { module: placesModule as Module<unknown>, corpus: placesCorpus },
  { module: placesModule as Module<unknown>, corpus: zoneCorpus },
  { module: organizationsModule as Module<unknown>, corpus: organizationsCorpus },
];
