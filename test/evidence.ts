// Shared by the tests that check spans: every `evidence` object anywhere in a record.
export type EvidenceSpan = { text: string; start: number; end: number; in?: string };

export function evidenceIn(value: unknown, out: EvidenceSpan[] = []): EvidenceSpan[] {
  if (Array.isArray(value)) for (const v of value) evidenceIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'evidence') out.push(v as EvidenceSpan);
      else evidenceIn(v, out);
    }
  }
  return out;
}
