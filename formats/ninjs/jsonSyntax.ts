import { ImportError } from '../../core/import/importTypes';

export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  reason: string;
}

/**
 * JSON.parse with an error a person can act on. The engine's messages differ between Node and the
 * renderer's Chromium and some give no position at all, so on failure the text is scanned again to find
 * where, and why, it stops being JSON.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const found = findJsonSyntaxError(text);
    const where = found ? `line ${found.line}, column ${found.column}` : 'position unknown';
    const reason = found?.reason ?? (error instanceof Error ? error.message : String(error));
    throw new ImportError('invalid_json', `This file is not valid JSON (${where}): ${reason}.`);
  }
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'next' | 'done';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

/** The first syntax error in `text`, or null if it is valid JSON. Iterative, so deep nesting is safe. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const fail = (offset: number, reason: string): JsonSyntaxError => ({ offset, ...lineAndColumn(text, offset), reason });
  const afterValue = (): Expect => (stack.length === 0 ? 'done' : 'next');

  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
    if (i >= text.length) return expect === 'done' ? null : fail(i, 'the file ends before the JSON does');
    const c = text[i]!;
    const shown = describe(c);
    if (expect === 'done') return fail(i, `unexpected ${shown} after the end of the JSON`);
    if (expect === 'colon') {
      if (c !== ':') return fail(i, `expected ":" after a property name, found ${shown}`);
      i += 1;
      expect = 'value';
    } else if (expect === 'next') {
      const open = stack[stack.length - 1];
      const close = open === '{' ? '}' : ']';
      if (c === ',') {
        i += 1;
        expect = open === '{' ? 'key' : 'value';
      } else if (c === close) {
        stack.pop();
        i += 1;
        expect = afterValue();
      } else return fail(i, `expected "," or "${close}", found ${shown}`);
    } else if (expect === 'key' || expect === 'keyOrEnd') {
      if (expect === 'keyOrEnd' && c === '}') {
        stack.pop();
        i += 1;
        expect = afterValue();
      } else if (c !== '"') {
        return fail(i, `a property name must be in double quotes, found ${shown}`);
      } else {
        const end = scanString(text, i);
        if (typeof end !== 'number') return fail(end.offset, end.reason);
        i = end;
        expect = 'colon';
      }
    } else if (expect === 'valueOrEnd' && c === ']') {
      stack.pop();
      i += 1;
      expect = afterValue();
    } else if (c === '{' || c === '[') {
      stack.push(c);
      i += 1;
      expect = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
    } else if (c === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.offset, end.reason);
      i = end;
      expect = afterValue();
    } else {
      const literal = LITERALS.find((word) => text.startsWith(word, i));
      NUMBER.lastIndex = i;
      const number = literal ? null : NUMBER.exec(text);
      if (!literal && !number) return fail(i, `unexpected ${shown} where a value should be`);
      i += literal ? literal.length : number![0].length;
      expect = afterValue();
    }
  }
}

/** Index just past the closing quote, or where and why the string is broken. */
function scanString(text: string, start: number): number | { offset: number; reason: string } {
  for (let i = start + 1; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '"') return i + 1;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5;
      else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 1;
      else return { offset: i, reason: 'invalid escape sequence in a string' };
    } else if (c < ' ') {
      return { offset: i, reason: 'a line break or control character inside a string (use \\n)' };
    }
  }
  return { offset: text.length, reason: 'a string is not closed' };
}

function describe(c: string): string {
  return c < ' ' ? `character U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}` : `"${c}"`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text[i] === '\n') {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
