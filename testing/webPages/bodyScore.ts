/**
 * Body F1 over 4-word shingles, the usual measure for extracted article bodies: the extracted text and
 * the expected text are each cut into overlapping runs of four words (lower-cased, punctuation off), and
 * precision and recall count the runs they share, with repeats counted as often as they occur.
 */
export interface BodyScore {
  precision: number;
  recall: number;
  f1: number;
}

export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .split(/[^\p{L}\p{M}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w !== '');
}

export function shingles(text: string, size = 4): Map<string, number> {
  const ws = words(text);
  const out = new Map<string, number>();
  if (ws.length > 0 && ws.length < size) out.set(ws.join(' '), 1);
  for (let i = 0; i + size <= ws.length; i++) {
    const key = ws.slice(i, i + size).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function bodyScore(extracted: string, expected: string): BodyScore {
  const got = shingles(extracted);
  const want = shingles(expected);
  let common = 0;
  let gotTotal = 0;
  let wantTotal = 0;
  for (const n of got.values()) gotTotal += n;
  for (const [key, n] of want) {
    wantTotal += n;
    common += Math.min(n, got.get(key) ?? 0);
  }
  const precision = gotTotal === 0 ? 0 : common / gotTotal;
  const recall = wantTotal === 0 ? 0 : common / wantTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
