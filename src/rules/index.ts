// The whole extraction pipeline, in the order it runs. Order matters:
//  1. metadata first: the publication date is the reference for dates without a year;
//  2. programs next: their spans (and quoted terms) are masked so that the
//     numerals inside `四坚持四创新` or `三会一课` are never read as counts;
//  3. then dates, counts, places and organizations, each over the article text only.
// Each module's corpus of examples, its test, is listed beside it in ./corpora.ts: the
// corpora are test data, kept out of what extraction loads.
import { metadataModule } from './metadata/rules.js';
import { programsModule } from './programs/rules.js';
import { datesModule } from './dates/rules.js';
import { countsModule } from './counts/rules.js';
import { placesModule } from './places/rules.js';
import { organizationsModule } from './organizations/rules.js';

export const registry = {
  metadata: metadataModule,
  programs: programsModule,
  dates: datesModule,
  counts: countsModule,
  places: placesModule,
  organizations: organizationsModule,
} as const;
