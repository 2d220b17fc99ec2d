// The whole extraction pipeline, in the order it runs. Order matters:
//  1. metadata first: the publication date is the reference for dates without a year;
//  2. programs next: their spans (and quoted terms) are masked so that the
//     numerals inside `四坚持四创新` or `三会一课` are never read as counts;
//  3. then dates, counts, places and organizations, each over the article text only.
import type { Module } from './types.js';
import { metadataModule } from './metadata/rules.js';

export const registry = {
  metadata: metadataModule,
} as const;

/** The modules in running order. */
export const pipeline: ReadonlyArray<Module<unknown>> = [metadataModule as Module<unknown>];
