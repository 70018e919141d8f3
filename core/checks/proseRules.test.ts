import { describe, expect, it } from 'vitest';
import { proseFindings } from './proseRules';

const rules = (text: string) => proseFindings(text).map((f) => `${f.ruleId}: ${f.text} → ${f.fix?.replacement ?? '(no fix)'}`);

describe('prose plugins (retext)', () => {
  it('finds a repeated word, a wrong a/an and a missing apostrophe, with fixes', () => {
    expect(rules('It was a honest mistake, and the the minister dont know.')).toEqual(
      expect.arrayContaining(['prose.a-an: a → an', 'prose.repeated-word: the the → the', 'prose.contraction: dont → don’t']),
    );
  });
  it('suggests smart quotes, simpler words and active voice without a fix where there is a choice', () => {
    const found = rules('"They will utilize the plan," he said. The ball was thrown by the goalkeeper.');
    expect(found).toEqual(expect.arrayContaining(['prose.smart-quotes: " → “', 'prose.passive: thrown → (no fix)']));
    expect(found.some((f) => f.startsWith('prose.simpler: utilize'))).toBe(true);
  });
  it('leaves pronouns about named people alone but flags gendered job titles', () => {
    const found = rules('The chairman said his plan would work.');
    expect(found.some((f) => f.includes(': his'))).toBe(false);
    expect(found.some((f) => f.startsWith('prose.inclusive: chairman'))).toBe(true);
  });
  it('returns nothing for a block with no letters', () => {
    expect(proseFindings('— 12 —')).toEqual([]);
  });
});
