import { describe, expect, it } from 'vitest';
import { HOUSE_LIST_TEMPLATE, parseHouseList, type HouseList } from './houseList';
import { Checker } from './runChecks';
import { articleWith, findingsIn, fixes } from './testSupport';

function listOf(source: string): HouseList {
  const result = parseHouseList(source);
  if (!result.ok) throw new Error(result.message);
  return result.list;
}

describe('house list', () => {
  it('reads the template and flags preferred spellings and banned phrases', () => {
    const list = listOf(HOUSE_LIST_TEMPLATE);
    const found = findingsIn('Troops left Kiev. It was very unique, said kiev officials.', 'house', list);
    expect(fixes(found)).toEqual(['Kiev → Kyiv', 'very unique → (no fix)', 'kiev → Kyiv']);
    expect(found.map((f) => f.severity)).toEqual(['error', 'warning', 'error']);
    expect(found[0]!.message).toContain('Ukrainian spelling');
  });

  it('keeps the case of a lower-case replacement and honours caseSensitive', () => {
    const list = listOf('entries:\n  - find: e-mail\n    use: email\n  - find: Apple\n    caseSensitive: true\n    severity: suggestion\n');
    expect(fixes(findingsIn('E-mail the apple seller at Apple.', 'house', list))).toEqual(['E-mail → Email', 'Apple → (no fix)']);
  });

  it('names the line of a YAML error, a bad value and an unknown key', () => {
    expect(parseHouseList('entries:\n  - find: Kiev\n    use: [Kyiv\n')).toMatchObject({ ok: false, line: expect.any(Number) });
    expect(parseHouseList('entries:\n  - find: Kiev\n    severity: fatal\n')).toMatchObject({
      ok: false,
      line: 3,
      message: expect.stringContaining('line 3'),
    });
    expect(parseHouseList('entries:\n  - find: Kiev\n    replace: Kyiv\n')).toMatchObject({
      ok: false,
      line: 2,
      message: expect.stringContaining('unknown key "replace"'),
    });
    expect(parseHouseList('entries:\n  - find: Kiev\n    find: Kyiv\n')).toMatchObject({
      ok: false,
      line: 3,
      message: expect.stringContaining('appears twice'),
    });
    expect(parseHouseList('rules:\n  numbers: loud\n')).toMatchObject({ ok: false, line: 2 });
  });

  it('reports a duplicate entry and uses the later one', () => {
    const list = listOf('entries:\n  - find: Kiev\n    use: Kyiv\n  - find: kiev\n    use: Kyïv\n');
    expect(list.entries).toHaveLength(1);
    expect(list.notices).toEqual(['House list, line 4: "kiev" is already listed at line 2; the later entry is used.']);
  });

  it('turns a rule off or changes its severity, by id or by family', () => {
    const list = listOf('rules:\n  punctuation.inside-quotes: off\n  numbers: error\n');
    const found = new Checker(list).check(articleWith(['He said it was "fine", and 3 ministers agreed.'])).findings;
    expect(found.some((f) => f.ruleId === 'punctuation.inside-quotes')).toBe(false);
    expect(found.find((f) => f.ruleId === 'numbers.spell-one-to-nine')?.severity).toBe('error');
  });

  it('loads and applies a 10,000-entry list quickly', () => {
    const lines = ['entries:'];
    for (let i = 0; i < 10_000; i++) lines.push(`  - find: term${i}`, `    use: Term${i}`);
    const started = performance.now();
    const list = listOf(lines.join('\n'));
    const found = findingsIn('We saw term9999 and term17 and nothing else.', 'house', list);
    expect(list.entries).toHaveLength(10_000);
    expect(fixes(found)).toEqual(['term9999 → Term9999', 'term17 → Term17']);
    // Not a benchmark: a guard against an accidentally quadratic loader (seconds, not milliseconds).
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('refuses an over-long phrase and a file with too many entries, saying why', () => {
    expect(parseHouseList('entries:\n  - find: one two three four five six seven eight nine\n')).toMatchObject({
      ok: false,
      message: expect.stringContaining('at most 8 words'),
    });
    expect(parseHouseList(`entries: [${Array.from({ length: 20_001 }, () => '{find: x}').join(',')}]`)).toMatchObject({
      ok: false,
      message: expect.stringContaining('more than 20000 entries'),
    });
  });
});
