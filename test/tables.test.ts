// The article table's cells that summarise lists: what each item is shown by.
import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';
import { columnsOf, rowsOf } from '../src/output/tables.js';

describe('the article table', () => {
  const rec = extract('慈湖高新区党工委联合马鞍山市委组织部开展“红色引擎”行动,2023年5月走访企业120家。', { id: 'a' });
  const [row] = rowsOf('articles', rec, columnsOf('articles'));

  test('localities by their codes, zones and organizations by their names, with their number', () => {
    expect(rec.zones.map((z) => z.name)).toEqual(['慈湖高新区']);
    // (a zone's host code stays in the zones table; the cell names the zone)
    expect(row.zones).toBe('慈湖高新区');
    expect(row.n_zones).toBe(1);
    expect(row.localities).toBe(rec.localities.map((l) => l.adcode).join('; '));
    expect(row.localities).toMatch(/^\d{6}/);
    expect(row.organizations).toBe(rec.organizations.map((o) => o.name).join('; '));
  });

  test('counts by figure, unit and subject; programs by name; dates by value', () => {
    expect(row.counts).toBe('120家 企业');
    expect(row.programs).toBe('红色引擎');
    expect(row.dates).toBe('2023-05');
  });
});
