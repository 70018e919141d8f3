import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../core/import/importTypes';
import { findJsonSyntaxError, parseJson } from './jsonSyntax';

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a": }', 1, 7, 'where a value should be'],
    ['{\n  "a": 1,\n}', 3, 1, 'property name must be in double quotes'],
    ['{"a" 1}', 1, 6, 'expected ":"'],
    ['[1, 2', 1, 6, 'ends before the JSON does'],
    ['{"a": [1, 2}', 1, 12, 'expected "," or "]"'],
    ['{"a": "x\ny"}', 1, 9, 'control character inside a string'],
    ['{"a": "\\q"}', 1, 8, 'invalid escape'],
    ['{"a": "open', 1, 12, 'string is not closed'],
    ['{} {}', 1, 4, 'after the end of the JSON'],
    ['[01]', 1, 3, 'expected "," or "]"'],
    ['nul', 1, 1, 'where a value should be'],
    ["{'a': 1}", 1, 2, 'double quotes'],
  ])('%j fails at line %i column %i', (text, line, column, reason) => {
    const found = findJsonSyntaxError(text);
    expect(found).toMatchObject({ line, column });
    expect(found!.reason).toContain(reason);
  });

  it('finds nothing wrong in valid JSON, however deep', () => {
    expect(findJsonSyntaxError('{"a": [1, -2.5e3, true, null, "\\u00e9\\n", {}], "b": {"c": []}}')).toBeNull();
    expect(findJsonSyntaxError('['.repeat(100_000) + ']'.repeat(100_000))).toBeNull();
    expect(findJsonSyntaxError('['.repeat(100_000))).toMatchObject({ offset: 100_000 });
  });

  it('agrees with JSON.parse on arbitrary JSON and on arbitrary damage to it', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 2 }), (json, at, junk) => {
        expect(findJsonSyntaxError(json)).toBeNull();
        const cut = at % (json.length + 1);
        const damaged = json.slice(0, cut) + junk + json.slice(cut + 1);
        let valid = true;
        try {
          JSON.parse(damaged);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(damaged) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseJson', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJson('{"a": [1]}')).toEqual({ a: [1] });
  });

  it('names the line and the reason', () => {
    const error = (() => {
      try {
        parseJson('{\n  "uri": "x",\n  "type": text\n}');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('invalid_json');
    expect((error as ImportError).message).toBe('This file is not valid JSON (line 3, column 11): unexpected "t" where a value should be.');
  });
});
